import { cn } from "./cn.js";

/** FNV-1a: a small, stable hash, so a title gets the same colours on every render and server. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * Up to two initials from a title: the first letter or digit of its first two words, in any
 * script ("Intro to React" → "IT", "日本語入門" → "日", "  " → "").
 */
export function coverInitials(title: string): string {
	const words = title
		.split(/\s+/)
		.map((word) => Array.from(word).find((c) => /[\p{L}\p{N}]/u.test(c)))
		.filter((c): c is string => !!c);
	return words.slice(0, 2).join("").toLocaleUpperCase();
}

/**
 * The gradient for a title: two hues 40° apart and an angle, all from its hash. Both ends are
 * dark enough (30–40 % lightness) for white initials to keep a large-text contrast of 3:1
 * in light and dark themes alike.
 */
export function coverGradient(title: string): string {
	const h = hash(title.trim().toLowerCase());
	const hue = h % 360;
	const angle = 100 + ((h >>> 9) % 5) * 20;
	return `linear-gradient(${angle}deg, hsl(${hue} 60% 30%), hsl(${(hue + 40) % 360} 65% 40%))`;
}

/**
 * The cover of a course without an image: a gradient with the title's initials, filling the box
 * its parent gives (the card's and the course page's 16:9), so a course without a cover keeps
 * the same shape as one with. Decorative: the title is always shown beside it.
 */
export function GeneratedCover({
	title,
	className,
	small = false,
}: {
	title: string;
	className?: string;
	/** A thumbnail (the portal's): smaller initials. */
	small?: boolean;
}) {
	return (
		<div
			aria-hidden="true"
			data-testid="generated-cover"
			className={cn(
				"flex h-full w-full items-center justify-center select-none",
				className,
			)}
			style={{ backgroundImage: coverGradient(title) }}
		>
			<span
				className={cn(
					"font-bold tracking-wider text-white",
					small ? "text-2xl" : "text-5xl",
				)}
			>
				{coverInitials(title)}
			</span>
		</div>
	);
}
