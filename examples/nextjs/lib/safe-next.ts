/** Any origin works as the parsing base: only whether the result stays on it matters. */
const BASE = "http://same-origin.invalid";

/**
 * Tabs and newlines are dropped by the browser's URL parser (so `/%09/evil.example` becomes
 * `//evil.example`, another host), and control characters cannot go into a `Location` header
 * at all (Next.js answers 500). Spaces and backslashes have no business in our paths either.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\\]/;

/** A second `/` or `\` right after the first makes a path protocol-relative: another host. */
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

/**
 * A `?next=` redirect target, only if it is a path on this site: `/pages/learn`, not
 * `https://evil.example`, `//evil.example`, `/%09/evil.example` or `/\evil.example`
 * (open-redirect protection).
 *
 * The value is parsed the way a browser would resolve it against this site, and accepted only
 * when the result is still on this site. What is returned is the parser's own serialization
 * (ASCII only, so it is always a valid `Location` header), checked once more, because
 * normalizing dot segments can itself produce `//`: `/.//evil.example` serializes to
 * `//evil.example`.
 */
export function safeNext(value: unknown, fallback = "/pages/learn"): string {
	if (typeof value !== "string" || value.length > 2048) return fallback;
	if (!value.startsWith("/") || PROTOCOL_RELATIVE.test(value)) return fallback;
	if (FORBIDDEN.test(value)) return fallback;
	let url: URL;
	try {
		url = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	const path = `${url.pathname}${url.search}${url.hash}`;
	if (!path.startsWith("/") || PROTOCOL_RELATIVE.test(path)) return fallback;
	// Encoded slashes or backslashes at the start (`/%2F/evil.example`, `/%5C/evil.example`)
	// stay encoded in a Location header, but some proxies decode them: refuse them too.
	if (/^\/%(2f|5c)/i.test(path)) return fallback;
	return path;
}
