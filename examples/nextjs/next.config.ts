import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
	// PGlite loads WebAssembly and data files from its own package folder, so it must stay a
	// plain Node.js dependency, never bundled; the same goes for `pg` (optional native bindings).
	serverExternalPackages: [
		"@electric-sql/pglite",
		"kysely-pglite-dialect",
		"pg",
	],
	// Next.js keeps generated pages in an in-memory LRU cache (50 MB by default) and reads the
	// rest from disk. A course page takes about 90 KB there (HTML, RSC payload, segments), so
	// the default holds ~550 courses; past that, visitors going through many course pages find
	// them evicted and each is read and parsed from disk again (the benchmark's course page at
	// 1,000 courses answered 2.5× slower). 256 MB holds ~2,800 courses; memory is only taken as
	// pages are generated. `SCHOOL_PAGE_CACHE_MB` changes it (0 turns the memory cache off).
	cacheMaxMemorySize: pageCacheMegabytes() * 2 ** 20,
	reactStrictMode: true,
	poweredByHeader: false,
	// The static security headers on every answer, static files included; the
	// Content-Security-Policy comes from proxy.ts (pages need a nonce per request).
	async headers() {
		return [
			{
				source: "/:path*",
				headers: Object.entries(STATIC_SECURITY_HEADERS).map(
					([key, value]) => ({ key, value }),
				),
			},
		];
	},
	// Browsers ask for /favicon.ico on their own (before or without reading the page's icon link);
	// answer it with the app's icon rather than a 404 that shows up as a console error.
	async rewrites() {
		return [{ source: "/favicon.ico", destination: "/icon.svg" }];
	},
	// Lets a second build live beside the main one (e.g. `NEXT_DIST_DIR=.next-e2e`), so a build
	// never replaces the files of a server that is running from `.next`.
	distDir: process.env.NEXT_DIST_DIR || ".next",
};

/** `SCHOOL_PAGE_CACHE_MB` as a number of megabytes, 256 when unset or not a number. */
function pageCacheMegabytes(): number {
	const mb = Number(process.env.SCHOOL_PAGE_CACHE_MB?.trim() || "256");
	return Number.isFinite(mb) && mb >= 0 ? mb : 256;
}

export default nextConfig;
