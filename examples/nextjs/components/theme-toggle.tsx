"use client";

import { useSyncExternalStore } from "react";

const STORAGE_KEY = "theme";

function isDark(): boolean {
	return document.documentElement.classList.contains("dark");
}

function apply(dark: boolean) {
	const root = document.documentElement;
	root.classList.toggle("dark", dark);
	root.style.colorScheme = dark ? "dark" : "light";
}

function subscribe(onChange: () => void) {
	const observer = new MutationObserver(onChange);
	observer.observe(document.documentElement, {
		attributes: true,
		attributeFilter: ["class"],
	});
	// Follow the system setting live, until the visitor picks a theme themselves.
	const media = window.matchMedia("(prefers-color-scheme: dark)");
	const onSystemChange = () => {
		if (!localStorage.getItem(STORAGE_KEY)) apply(media.matches);
	};
	media.addEventListener("change", onSystemChange);
	return () => {
		observer.disconnect();
		media.removeEventListener("change", onSystemChange);
	};
}

/** Light/dark switch. The choice is kept in localStorage; ThemeScript applies it on load. */
export function ThemeToggle({
	labels = {
		dark: "Dark theme",
		toLight: "Switch to light theme",
		toDark: "Switch to dark theme",
	},
}: {
	labels?: { dark: string; toLight: string; toDark: string };
}) {
	// null while hydrating: the server cannot know the theme.
	const dark = useSyncExternalStore<boolean | null>(
		subscribe,
		isDark,
		() => null,
	);

	return (
		<button
			type="button"
			data-testid="theme-toggle"
			aria-pressed={dark ?? undefined}
			title={dark ? labels.toLight : labels.toDark}
			onClick={() => {
				const next = !isDark();
				localStorage.setItem(STORAGE_KEY, next ? "dark" : "light");
				apply(next);
			}}
			className="inline-flex size-9 items-center justify-center rounded-md border border-border bg-background text-foreground hover:bg-muted"
		>
			<span className="sr-only">{labels.dark}</span>
			{/* Sun in dark mode, moon in light mode; both hidden from screen readers. */}
			<svg
				aria-hidden="true"
				viewBox="0 0 24 24"
				className="size-4 dark:hidden"
				fill="none"
				stroke="currentColor"
				strokeWidth="2"
				strokeLinecap="round"
				strokeLinejoin="round"
			>
				<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
			</svg>
			<svg
				aria-hidden="true"
				viewBox="0 0 24 24"
				className="hidden size-4 dark:block"
				fill="none"
				stroke="currentColor"
				strokeWidth="2"
				strokeLinecap="round"
				strokeLinejoin="round"
			>
				<circle cx="12" cy="12" r="4" />
				<path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
			</svg>
		</button>
	);
}
