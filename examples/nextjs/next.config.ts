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

export default nextConfig;
