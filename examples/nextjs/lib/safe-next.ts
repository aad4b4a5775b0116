/**
 * A `?next=` redirect target, only if it is a path on this site: `/pages/learn`, not
 * `https://evil.example` or `//evil.example` (open-redirect protection).
 */
export function safeNext(value: unknown, fallback = "/pages/learn"): string {
	if (typeof value !== "string") return fallback;
	if (
		!value.startsWith("/") ||
		value.startsWith("//") ||
		value.startsWith("/\\")
	)
		return fallback;
	return value;
}
