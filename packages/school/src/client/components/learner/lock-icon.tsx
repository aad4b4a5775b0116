/** A padlock drawn as SVG (an emoji needs a font the device may not have), in the text colour. */
export function LockIcon({ className = "h-4 w-4" }: { className?: string }) {
	return (
		<svg
			aria-hidden="true"
			viewBox="0 0 16 16"
			fill="none"
			stroke="currentColor"
			strokeWidth="1.6"
			strokeLinecap="round"
			className={`inline-block shrink-0 align-[-2px] ${className}`}
		>
			<rect x="3" y="7" width="10" height="7" rx="1.5" />
			<path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
		</svg>
	);
}
