import type { NextConfig } from "next";

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
};

export default nextConfig;
