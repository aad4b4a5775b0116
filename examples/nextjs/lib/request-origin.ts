/**
 * Did this state-changing request come from one of the site's own pages?
 *
 * `Origin` is compared with the site's configured public origins (`allowed`), never with
 * `request.url`: behind `next start` or a proxy that always says `http://localhost:<port>`,
 * whatever address the visitor used. Without `Origin` (non-browser clients, which carry no
 * victim's cookies), `Sec-Fetch-Site` decides when present.
 */
export function isFromOwnSite(
	headers: Pick<Headers, "get">,
	allowed: readonly string[],
): boolean {
	const origin = headers.get("origin");
	if (origin) {
		if (origin === "null") return false;
		const own = new Set(allowed.map(originOf).filter(Boolean));
		return own.has(originOf(origin));
	}
	const site = headers.get("sec-fetch-site");
	return !site || site === "same-origin" || site === "none";
}

function originOf(value: string): string {
	try {
		return new URL(value).origin;
	} catch {
		return "";
	}
}
