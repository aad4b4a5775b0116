/**
 * Where the app can reach its own API, and its public address.
 *
 * In the browser both are the page's origin. On the server, loaders fetch the API over
 * loopback (`http://localhost:$PORT`, or `INTERNAL_API_URL`), while links in metadata and the
 * sitemap use the public address (`SITE_URL`, else `BETTER_AUTH_URL`, else loopback).
 */
function loopback(): string {
	return `http://localhost:${process.env.PORT || "3000"}`;
}

export function getApiBaseURL(): string {
	if (typeof window !== "undefined") return window.location.origin;
	return process.env.INTERNAL_API_URL || loopback();
}

export function getSiteBaseURL(): string {
	if (typeof window !== "undefined") return window.location.origin;
	return process.env.SITE_URL || process.env.BETTER_AUTH_URL || loopback();
}

export const API_BASE_PATH = "/api/data";
export const SITE_BASE_PATH = "/pages";
