/**
 * The demo's security headers, in one place: `proxy.ts` sets the Content-Security-Policy (pages
 * need a fresh nonce per request), `next.config.ts` sets the rest on every answer, static files
 * included.
 */

/** Where lesson videos may be embedded from: the player turns YouTube/Vimeo links into these. */
export const VIDEO_EMBED_ORIGINS = [
	"https://www.youtube-nocookie.com",
	"https://www.youtube.com",
	"https://player.vimeo.com",
];

/** Headers that are the same on every answer. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
	"X-Content-Type-Options": "nosniff",
	// For browsers that predate CSP's `frame-ancestors`: no page of the school may be framed
	// (the "Pay" and instructor buttons would be clickjackable).
	"X-Frame-Options": "DENY",
	"Referrer-Policy": "strict-origin-when-cross-origin",
	"Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
	"Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * Origins from a comma-separated list (e.g. `SCHOOL_MEDIA_ORIGINS="https://cdn.example"`),
 * each reduced to its origin so nothing else can slip into the header.
 */
export function parseOrigins(list: string | undefined): string[] {
	const origins: string[] = [];
	for (const item of (list ?? "").split(",")) {
		const trimmed = item.trim();
		if (!trimmed) continue;
		try {
			const { origin, protocol } = new URL(trimmed);
			if (protocol === "https:" || protocol === "http:") origins.push(origin);
		} catch {
			// Not a URL: ignored rather than written into the policy.
		}
	}
	return [...new Set(origins)];
}

export interface PagePolicyOptions {
	nonce: string;
	/** `next dev` needs `eval` (React's error overlays) and a WebSocket for hot reload. */
	dev?: boolean;
	/** Extra origins for covers, videos and captions hosted elsewhere (a CDN). */
	mediaOrigins?: string[];
	/** Ask browsers to fetch `http:` subresources over `https:` (when the site is served over https). */
	upgradeInsecure?: boolean;
}

/**
 * The policy of every HTML page. Scripts run only with this request's nonce (Next.js puts it
 * on its own scripts when it finds it in the request's CSP header), and what those load
 * (`'strict-dynamic'`). Styles allow inline `style=""` attributes, which the plugin's progress
 * bars use and a nonce cannot cover; style injection cannot run code.
 */
export function pagePolicy({
	nonce,
	dev = false,
	mediaOrigins = [],
	upgradeInsecure = false,
}: PagePolicyOptions): string {
	const media = mediaOrigins.join(" ");
	const directives = [
		"default-src 'self'",
		`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
		"style-src 'self' 'unsafe-inline'",
		`img-src 'self' data: blob: ${media}`,
		`media-src 'self' blob: ${media}`,
		"font-src 'self' data:",
		`connect-src 'self'${dev ? " ws: wss:" : ""}`,
		`frame-src ${VIDEO_EMBED_ORIGINS.join(" ")}`,
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		...(upgradeInsecure ? ["upgrade-insecure-requests"] : []),
	];
	return directives.map((d) => d.trim()).join("; ");
}

/**
 * The policy of a statically generated page (the catalog and course pages, lib/static-pages.ts):
 * the page policy except for scripts. A cached page cannot carry a per-request nonce, and
 * Next.js inlines the page's data in scripts whose hashes change with every regeneration, so
 * scripts may be inline or from this origin (`'self' 'unsafe-inline'`, no `'strict-dynamic'`,
 * no eval). Static pages are served only to visitors without a session (lib/static-pages.ts),
 * so a script slipped into one runs where there is no account to act for; every page a signed-in
 * visitor gets keeps the nonce policy.
 */
export function staticPagePolicy(
	options: Omit<PagePolicyOptions, "nonce"> = {},
): string {
	return pagePolicy({ ...options, nonce: "none" }).replace(
		/script-src [^;]*/,
		`script-src 'self' 'unsafe-inline'${options.dev ? " 'unsafe-eval'" : ""}`,
	);
}

/** API answers are data, never documents: nothing may load from or frame them. */
export const API_POLICY =
	"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * better-call's OpenAPI page (only when `SCHOOL_OPENAPI=1`): an inline script and the Scalar
 * viewer from jsDelivr. Still never framed.
 */
export const OPENAPI_POLICY =
	"default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'unsafe-inline' https://cdn.jsdelivr.net; img-src data: https:; font-src data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

/** A fresh random nonce (128 bits, base64). */
export function createNonce(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return btoa(String.fromCharCode(...bytes));
}
