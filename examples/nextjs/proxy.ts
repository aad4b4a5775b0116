import { type NextRequest, NextResponse } from "next/server";
import { jsonError } from "@/lib/api-errors";
import { API_BASE_PATH } from "@/lib/base-url";
import { isDecodablePath } from "@/lib/request-guard";
import {
	API_POLICY,
	createNonce,
	OPENAPI_POLICY,
	pagePolicy,
	parseOrigins,
	staticPagePolicy,
} from "@/lib/security-headers";
import { livePath, staticPageDecision } from "@/lib/static-pages";

const OPENAPI_PATH = `${API_BASE_PATH}/api/reference`;

function isHttpsSite(): boolean {
	return /^https:/i.test(
		process.env.SITE_URL || process.env.BETTER_AUTH_URL || "",
	);
}

/**
 * Runs before every route (static build files excepted):
 *
 * - a path that is not valid percent-encoded UTF-8 (`/pages/learn/%E9`) would make Next.js
 *   answer a bare 500 while decoding route params: API paths get a 400 JSON error, pages the
 *   site's 404 page;
 * - every answer gets its Content-Security-Policy. Pages get a fresh nonce, passed to the
 *   render in the request's own CSP header (Next.js reads it there and puts it on its scripts)
 *   and in `x-nonce` for the app's own inline script (app/layout.tsx);
 * - the static catalog and course pages (lib/static-pages.ts) go to visitors without a session,
 *   language cookie or query string, with the static pages' CSP (no nonce); everyone else is
 *   rewritten to the per-request route `/pages/live/...`.
 *
 * The other security headers are static and set in next.config.ts.
 */
export function proxy(request: NextRequest) {
	const { pathname } = request.nextUrl;
	const isApi = pathname.startsWith("/api/");

	if (!isDecodablePath(pathname)) {
		if (isApi) {
			const response = jsonError(
				400,
				"invalid_path",
				"The address is not valid percent-encoded UTF-8.",
			);
			response.headers.set("Content-Security-Policy", API_POLICY);
			return response;
		}
		// Any path no route matches renders app/not-found.tsx with status 404.
		return withPagePolicy(request, new URL("/_invalid-address", request.url));
	}

	if (isApi) {
		const response = NextResponse.next();
		const isOpenApi = pathname.replace(/\/+$/, "") === OPENAPI_PATH;
		response.headers.set(
			"Content-Security-Policy",
			isOpenApi && process.env.SCHOOL_OPENAPI === "1"
				? OPENAPI_POLICY
				: API_POLICY,
		);
		return response;
	}
	const decision = staticPageDecision({
		pathname,
		search: request.nextUrl.search,
		cookies: request.cookies.getAll(),
	});
	if (decision === "static") {
		const response = NextResponse.next();
		response.headers.set(
			"Content-Security-Policy",
			staticPagePolicy(policyOptions()),
		);
		return response;
	}
	if (decision === "live") {
		const live = new URL(request.url);
		live.pathname = livePath(pathname);
		return withPagePolicy(request, live);
	}
	return withPagePolicy(request);
}

function policyOptions() {
	return {
		dev: process.env.NODE_ENV === "development",
		mediaOrigins: parseOrigins(process.env.SCHOOL_MEDIA_ORIGINS),
		upgradeInsecure: isHttpsSite(),
	};
}

function withPagePolicy(request: NextRequest, rewriteTo?: URL) {
	const nonce = createNonce();
	const policy = pagePolicy({ nonce, ...policyOptions() });
	const requestHeaders = new Headers(request.headers);
	requestHeaders.set("x-nonce", nonce);
	requestHeaders.set("Content-Security-Policy", policy);
	const init = { request: { headers: requestHeaders } };
	const response = rewriteTo
		? NextResponse.rewrite(rewriteTo, init)
		: NextResponse.next(init);
	response.headers.set("Content-Security-Policy", policy);
	return response;
}

export const config = {
	matcher: ["/((?!_next/static|_next/image).*)"],
};
