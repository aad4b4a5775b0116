#!/usr/bin/env node
/**
 * Production start for the Acme School demo (`npm start` in this folder, or `npm start` at the
 * repository root, which builds first).
 *
 * - runs `next start` on $PORT (default 3000) with SCHOOL_DEMO=1, which lets the app generate
 *   and keep its own auth secret in .data/ when BETTER_AUTH_SECRET is not set;
 * - once the server answers, warms it before saying it is ready: the API once (the database is
 *   started, migrated and seeded, and the static school pages are marked stale so they pick up
 *   its data), then the pages a visitor opens first (the static catalog and a course page are
 *   regenerated, the per-request routes load their code), so the first visitor after "ready"
 *   waits for none of it; then prints the address and the demo accounts;
 * - forwards SIGINT/SIGTERM to the server and exits with its code.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3000";
const require = createRequire(path.join(appDir, "package.json"));

// `next` may be hoisted to the workspace root's node_modules: let Node find it.
const nextBin = path.join(
	path.dirname(require.resolve("next/package.json")),
	"dist/bin/next",
);

// `NEXT_DIST_DIR` (next.config.ts) picks another build folder than `.next`.
if (
	!existsSync(
		path.join(appDir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"),
	)
) {
	console.error(
		"No production build found. Run `npm run build` (in examples/nextjs or at the root) first.",
	);
	process.exit(1);
}

const child = spawn(process.execPath, [nextBin, "start", "-p", port], {
	cwd: appDir,
	stdio: "inherit",
	env: {
		...process.env,
		NODE_ENV: "production",
		NEXT_TELEMETRY_DISABLED: "1",
		SCHOOL_DEMO: "1",
		PORT: port,
	},
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
	process.on(signal, () => {
		stopping = true;
		if (child.exitCode === null) child.kill(signal);
	});
}
child.on("exit", (code, signal) => {
	process.exit(code ?? (signal ? 0 : 1));
});

const base = `http://localhost:${port}`;

async function warmUp() {
	const deadline = Date.now() + 120_000;
	while (!stopping && Date.now() < deadline) {
		try {
			// The API route runs ensureDatabase(): migrations + seed happen on this first call.
			const res = await fetch(`${base}/api/data/school/courses`, {
				signal: AbortSignal.timeout(60_000),
			});
			if (res.ok) return true;
			if (res.status >= 500) {
				console.error(
					`[school-demo] warm-up: the API answered ${res.status}; see the server log above.`,
				);
				return false;
			}
			return true;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
	return false;
}

/**
 * One GET of each page a visitor is likely to open first. The static catalog and course page
 * regenerate here (the API call above marked them stale); the per-request pages load their
 * server code and make their first API calls. Failures only warn: the server still works.
 */
async function warmPages() {
	/** @param {string} path */
	const get = async (path) => {
		try {
			const res = await fetch(`${base}${path}`, {
				signal: AbortSignal.timeout(60_000),
			});
			await res.arrayBuffer();
			return res;
		} catch (error) {
			console.error(`[school-demo] warm-up of ${path} failed: ${error}`);
			return null;
		}
	};
	let slug = null;
	try {
		const res = await fetch(`${base}/api/data/school/courses?limit=1`);
		slug = (await res.json()).items?.[0]?.slug ?? null;
	} catch {
		// No course to open: the course page warms on its first visit.
	}
	const paths = [
		"/pages/learn",
		...(slug ? [`/pages/learn/${encodeURIComponent(slug)}`] : []),
		// The per-request route (a filtered catalog) and the other first pages.
		"/pages/learn?sort=newest",
		"/",
		"/sign-in",
	];
	for (const path of paths) await get(path);
	// Twice: the first visit after a regeneration may still be the one that rendered it.
	for (const path of paths) await get(path);
}

warmUp()
	.then(async (ready) => {
		if (ready && !stopping) await warmPages();
		return ready;
	})
	.then((ready) => {
		if (stopping) return;
		if (!ready) {
			console.error(
				`[school-demo] the server did not become ready; it may still be starting at ${base}`,
			);
			return;
		}
		console.log(`
Acme School is running at ${base}

Demo accounts (password: password1234) — demo only:
  Ivy Instructor  instructor@example.com  (instructor)
  Otto Other      otto@example.com        (instructor)
  Sam Student     student@example.com     (student)
  Ada Admin       admin@example.com       (admin)

Press Ctrl+C to stop.
`);
	});
