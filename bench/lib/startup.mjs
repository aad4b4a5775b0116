// @ts-check
/**
 * "Warm at start": the demo on its embedded database (PGlite, a fresh data folder), started
 * the way a user starts it (`npm start` → scripts/start.mjs). Measures how long it takes to
 * report ready (it creates, migrates and seeds the database and warms the pages first), then
 * the first request of each page a visitor opens, one after the other, after that.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "./app.mjs";

/**
 * @param {{ port: number, log: (line: string) => void }} options
 * @returns {Promise<{ readyMs: number, first: { path: string, ms: number, status: number }[] }>}
 */
export async function measureStartup({ port, log }) {
	const dir = mkdtempSync(path.join(tmpdir(), "school-bench-startup-"));
	const started = Date.now();
	const app = await startApp({
		port,
		connections: 1,
		// No DATABASE_URL: the embedded database, as `npm start` uses it out of the box.
		env: { SCHOOL_DATA_DIR: dir, DATABASE_URL: "" },
		log,
		// It runs alone: no copy of the build, whose time would count as start-up.
		ownBuild: false,
	});
	const readyMs = Date.now() - started;
	try {
		/** @type {{ path: string, ms: number, status: number }[]} */
		const first = [];
		/** @param {string} p */
		const timed = async (p) => {
			const t = performance.now();
			const res = await fetch(`${app.base}${p}`);
			const body = await res.text();
			first.push({ path: p, ms: performance.now() - t, status: res.status });
			return body;
		};
		// The very first request after "ready" is the catalog page, as for a visitor.
		await timed("/pages/learn");
		const list = JSON.parse(await timed("/api/data/school/courses?limit=1"));
		const slug = list.items?.[0]?.slug ?? "no-course";
		for (const p of [
			`/pages/learn/${slug}`,
			"/pages/learn?q=python",
			`/pages/live/learn/${slug}`,
			"/",
		])
			await timed(p);
		return { readyMs, first };
	} finally {
		await app.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
