import { LANGUAGE_COOKIE } from "./i18n/languages";

/**
 * Which school pages are served from the static (ISR) cache, and to whom.
 *
 * `app/pages/learn/page.tsx` (the catalog) and `app/pages/learn/[slug]/page.tsx` (a course) are
 * generated once and regenerated after an instructor's edit (`onCourseChanged` in lib/stack.ts)
 * or every `STATIC_REVALIDATE_SECONDS`. A static page is the same for everyone, so it is only
 * right for a visitor who sees nothing personal: no session (the header shows the account), the
 * default language (the page's text and `<html lang>`), and no query string (a filtered or
 * searched catalog must be correct on first render, not the default list). Everyone else is
 * rewritten by `proxy.ts` to `/pages/live/...`, the per-request catch-all route, which renders
 * the same plugin page with their session, language, filters and a nonce CSP.
 */

/** Seconds after which a static school page is regenerated on its next visit, edits or not. */
export const STATIC_REVALIDATE_SECONDS = 300;

/** The URL prefix (first segment under /pages) of the per-request rendering of a school page. */
export const LIVE_SEGMENT = "live";

/** `/pages/learn/<one segment>` names that are personal pages, never a course: always per request. */
const PERSONAL_PAGES = new Set(["me", "instructor", LIVE_SEGMENT]);

/** Does this path land in one of the static routes (catalog, a course)? */
function landsInStaticRoute(pathname: string): "static" | "personal" | null {
	const path = pathname.replace(/\/+$/, "");
	if (path === "/pages/learn") return "static";
	const slug = path.match(/^\/pages\/learn\/([^/]+)$/)?.[1];
	if (!slug) return null;
	return PERSONAL_PAGES.has(decodeURIComponent(slug)) ? "personal" : "static";
}

export interface StaticPageRequest {
	pathname: string;
	search: string;
	/** Cookie names and values of the request. */
	cookies: { name: string; value: string }[];
}

/**
 * What the proxy does with a page request: `static` (serve the cached page, with the static
 * pages' CSP), `live` (rewrite to the per-request route) or `other` (not a static route's path:
 * untouched, with the nonce CSP).
 */
export function staticPageDecision(
	request: StaticPageRequest,
): "static" | "live" | "other" {
	const lands = landsInStaticRoute(request.pathname);
	if (!lands) return "other";
	if (lands === "personal") return "live";
	// Next.js's own `_rsc` (a client navigation's cache key) says nothing about the page.
	const query = new URLSearchParams(request.search);
	query.delete("_rsc");
	if (query.size > 0) return "live";
	const personal = request.cookies.some(
		(c) =>
			// better-auth's session (`better-auth.session_token`, `__Secure-…` over https).
			(c.name.endsWith("session_token") && c.value !== "") ||
			(c.name === LANGUAGE_COOKIE && c.value !== "" && c.value !== "en"),
	);
	return personal ? "live" : "static";
}

/** `/pages/learn/x?y` → `/pages/live/learn/x?y`: the catch-all strips the segment again. */
export function livePath(pathname: string): string {
	return pathname.replace(/^\/pages\//, `/pages/${LIVE_SEGMENT}/`);
}

/**
 * True while `next build` runs. The static pages then skip the database: the embedded PGlite
 * folder may be open in a running server (PGlite allows one process per folder), and the build
 * usually runs before the database exists. With `DATABASE_URL` (PostgreSQL) the build reads it.
 */
export function skipDatabaseAtBuild(): boolean {
	return (
		process.env.NEXT_PHASE === "phase-production-build" &&
		!/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "")
	);
}
