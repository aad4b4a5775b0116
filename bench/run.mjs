#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: the school plugin under load at real scale, beside BTST's blog plugin.
 *
 *   node bench/run.mjs [--scale 0.1,1,10] [--seconds 10] [--connections 10]
 *                      [--db auto|postgres|pglite] [--out bench/results] [--smoke]
 *
 * For each scale: a fresh database, the demo app started once to create and seed it, the
 * dataset bulk-loaded. Then one app per scale in production mode, every scenario measured at a
 * fixed concurrency at each scale in turn (interleaved), then the blog again with 10,000 posts.
 * Writes `<out>/latest.{md,json,png}`.
 * `--report <dir>/latest.json` only redraws that run's Markdown and chart (e.g. after editing
 * `bench/analysis.md`). `--smoke` (part of `npm test`) runs the same harness at a tiny scale for a few seconds and
 * fails if any request failed or the report could not be written.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { assertBuilt, startApp } from "./lib/app.mjs";
import { openDatabaseServer } from "./lib/database.mjs";
import {
	countRows,
	datasetSize,
	loadPosts,
	loadSchool,
} from "./lib/dataset.mjs";
import { measure } from "./lib/load.mjs";
import { checkPlans } from "./lib/plans.mjs";
import { environment, writeReport } from "./lib/report.mjs";
import {
	benchStudentEmail,
	blogScenarios,
	floorScenarios,
	POOL_SIZE,
	readContext,
	schoolScenarios,
} from "./lib/scenarios.mjs";
import { signIn, signInAll } from "./lib/sessions.mjs";
import { measureStartup } from "./lib/startup.mjs";

const { values: args } = parseArgs({
	options: {
		scale: { type: "string" },
		seconds: { type: "string" },
		// The smoke run checks the harness, not the numbers: 2 connections, so even a slow,
		// busy machine answers some requests of every scenario within its second.
		connections: { type: "string" },
		db: { type: "string", default: "auto" },
		out: { type: "string" },
		port: { type: "string", default: "3300" },
		"pg-port": { type: "string", default: "54339" },
		smoke: { type: "boolean", default: false },
		// The warm-start check on the embedded database; on by default, off in the smoke run.
		startup: { type: "boolean" },
		report: { type: "string" },
	},
});

const smoke = args.smoke;
const scales = (args.scale ?? (smoke ? "0.01" : "0.1,1"))
	.split(",")
	.map(Number);
const seconds = Number(args.seconds ?? (smoke ? 1 : 10));
const warmupSeconds = smoke ? 0.5 : Math.min(3, Math.max(1, seconds / 4));
const connections = Number(args.connections ?? (smoke ? 2 : 10));
const out = args.out ?? (smoke ? "test-results/bench-smoke" : "bench/results");
const port = Number(args.port);
/** The blog's large variant: 10,000 posts (scaled down only in the smoke run). */
const bigBlogPosts = smoke ? 100 : 10_000;
const db = /** @type {"auto" | "postgres" | "pglite"} */ (args.db);

if (scales.some((s) => !(s > 0)) || !(seconds > 0) || !(connections > 0)) {
	console.error("--scale, --seconds and --connections take positive numbers");
	process.exit(2);
}
if (!["auto", "postgres", "pglite"].includes(db)) {
	console.error("--db is one of auto, postgres, pglite");
	process.exit(2);
}

/** @param {string} line */
const log = (line) => console.log(line);
/** @param {number} started */
const since = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** @typedef {import("./lib/report.mjs").ScenarioResult} ScenarioResult */
/** @typedef {import("./lib/report.mjs").ScaleResult} ScaleResult */

/**
 * Checks that a scenario's request succeeds before loading it, so a broken scenario fails with
 * the server's message instead of as a column of 4xx counts.
 * @param {string} base
 * @param {import("./lib/scenarios.mjs").Scenario} scenario
 */
async function preflight(base, scenario) {
	const r = scenario.next();
	const res = await fetch(`${base}${r.path}`, {
		method: r.method ?? "GET",
		headers: {
			...(r.body ? { "content-type": "application/json" } : {}),
			...r.headers,
		},
		body: r.body,
		signal: AbortSignal.timeout(30_000),
	});
	if (!res.ok)
		throw new Error(
			`${scenario.name}: ${r.method ?? "GET"} ${r.path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`,
		);
}

/**
 * A scenario's warm-up, then its loaded window.
 * @param {string} base
 * @param {import("./lib/scenarios.mjs").Scenario} scenario
 */
async function loadedWindow(base, scenario) {
	await measure({
		base,
		next: scenario.next,
		connections,
		seconds: warmupSeconds,
	});
	return measure({ base, next: scenario.next, connections, seconds });
}

/**
 * One scenario against one app: warm-up, the loaded window, then the same with one connection.
 * With `peer` (the API endpoints' blog peer), that peer's loaded window first, back to back:
 * the machine's speed drifts over minutes, so the ratio to the blog compares two windows taken
 * within seconds of each other (`peerNow`).
 * @param {string} base
 * @param {import("./lib/scenarios.mjs").Scenario} scenario
 * @param {string} label  which scale, for the log
 * @param {import("./lib/scenarios.mjs").Scenario} [peer]
 * @returns {Promise<ScenarioResult>}
 */
async function measureOne(base, scenario, label, peer) {
	await preflight(base, scenario);
	for (const primed of scenario.prime ?? [])
		await (await fetch(`${base}${primed}`)).arrayBuffer();
	const peerNow = peer ? await loadedWindow(base, peer) : undefined;
	const result = await loadedWindow(base, scenario);
	const { next: _next, prime: _prime, ...about } = scenario;
	// Every endpoint once more with one connection: the cost of one request on an idle
	// server, apart from the time it queued behind the others.
	const alone = await measure({
		base,
		next: scenario.next,
		connections: 1,
		seconds: smoke ? 0.5 : Math.max(1, seconds / 2),
	});
	log(
		`  ${`${scenario.name} @${label}`.padEnd(52)} p50 ${result.p50.toFixed(1).padStart(7)} ms  p95 ${result.p95.toFixed(1).padStart(7)} ms  p99 ${result.p99.toFixed(1).padStart(7)} ms  ${result.rps.toFixed(0).padStart(6)} req/s  (1 connection: p50 ${alone.p50.toFixed(1)} ms, p95 ${alone.p95.toFixed(1)} ms)${result.failures ? `  FAILURES: ${result.failureSummary}` : ""}${peerNow ? `  (${peer?.id} just before: p50 ${peerNow.p50.toFixed(1)} ms${peerNow.failures ? `, FAILURES: ${peerNow.failureSummary}` : ""})` : ""}`,
	);
	return {
		...about,
		...result,
		alone: { p50: alone.p50, p95: alone.p95 },
		...(peer && peerNow
			? {
					peerNow: {
						id: peer.id,
						p50: peerNow.p50,
						p95: peerNow.p95,
						failures: peerNow.failures,
					},
				}
			: {}),
		// The peer window's failures count too: a blog request stuck on a timeout would raise the
		// peer's p50 and flatter the ratio.
		failures: result.failures + alone.failures + (peerNow?.failures ?? 0),
		...(result.failureSummary || alone.failureSummary || peerNow?.failureSummary
			? {
					failureSummary: [
						result.failureSummary,
						alone.failureSummary,
						peerNow?.failureSummary && `${peer?.id}: ${peerNow.failureSummary}`,
					]
						.filter(Boolean)
						.join(", "),
				}
			: {}),
	};
}

/**
 * Every scenario at every scale, the scales interleaved: scenario 1 at each scale in turn, then
 * scenario 2, and so on (every other scenario in reverse order of scale). The machine's speed
 * drifts over minutes (its 2 cores are shared), so measuring one scale after the other made
 * growth partly a comparison of two periods; this way each endpoint's measurements at the
 * different scales are taken within a minute of each other.
 * @param {{ label: string, base: string, scenarios: import("./lib/scenarios.mjs").Scenario[] }[]} targets
 * @returns {Promise<ScenarioResult[][]>} per target, in the order of its scenarios
 */
async function measureInterleaved(targets) {
	const ids = targets[0]?.scenarios.map((s) => s.id) ?? [];
	/** @type {ScenarioResult[][]} */
	const results = targets.map(() => []);
	for (const [i, id] of ids.entries()) {
		const order = targets.map((_, t) => t);
		if (i % 2) order.reverse();
		for (const t of order) {
			const target = /** @type {(typeof targets)[number]} */ (targets[t]);
			const scenario = target.scenarios.find((s) => s.id === id);
			if (!scenario) throw new Error(`${id} is missing at ${target.label}`);
			// The issue's ratio is over the API endpoints: their peer is measured beside them.
			const peer =
				scenario.group === "school"
					? target.scenarios.find((s) => s.id === scenario.peer)
					: undefined;
			if (scenario.group === "school" && scenario.peer && !peer)
				throw new Error(
					`${id}'s peer ${scenario.peer} is missing at ${target.label}`,
				);
			results[t]?.push(
				await measureOne(target.base, scenario, target.label, peer),
			);
		}
	}
	return results;
}

/**
 * A scale's database, created, seeded by the app, bulk-loaded and analysed.
 * @param {import("./lib/database.mjs").DatabaseServer} server
 * @param {number} scale
 */
async function prepareScale(server, scale) {
	const size = datasetSize(scale);
	log(
		`\n== scale ${scale}: ${size.courses} courses, ${size.students} students, ${size.enrollments} enrollments, ${size.lessonProgress} progress rows`,
	);
	const database = await server.create(
		`school_bench_${String(scale).replace(".", "_")}`,
	);
	try {
		return { ...(await loadScale(database, scale, size)), database };
	} catch (error) {
		await database.drop();
		throw error;
	}
}

/**
 * Seeds a scale's fresh database through the app, bulk-loads it and checks the query plans.
 * @param {import("./lib/database.mjs").BenchDatabase} database
 * @param {number} scale
 * @param {ReturnType<typeof datasetSize>} size
 */
async function loadScale(database, scale, size) {
	// 1. The app creates its tables and seeds the demo (accounts, a few courses).
	let started = Date.now();
	const app = await startApp({ port, connections, env: database.appEnv, log });
	await app.stop();
	log(`  schema + demo seed: ${since(started)}`);

	// 2. Bulk load (not measured), then statistics for the planner.
	started = Date.now();
	const poolSize = Math.min(smoke ? 10 : POOL_SIZE, size.students);
	const { rows, ctx, plans } = await database.withConnection(
		async (exec, query) => {
			const school = await loadSchool(exec, query, size);
			log(
				`  school rows: ${school.loadSeconds.toFixed(1)} s, then indexes rebuilt in ${school.indexSeconds.toFixed(1)} s`,
			);
			await loadPosts(exec, 0, size.posts);
			// Statistics for the planner, and the visibility map autovacuum would have set on
			// a live database (without it no index-only scan pays off on fresh bulk data); then
			// a checkpoint, so the load's writes are not still being flushed while measuring.
			await exec("vacuum analyze");
			await exec("checkpoint").catch((/** @type {Error} */ error) =>
				// Needs superuser or pg_checkpoint: a managed server's user may lack both.
				log(`  no checkpoint (${error.message}); measuring anyway`),
			);
			const ctx = await readContext(query, poolSize);
			return {
				rows: await countRows(query),
				ctx,
				plans: await checkPlans(query, ctx, { scale }),
			};
		},
	);
	const loadSeconds = (Date.now() - started) / 1000;
	log(`  bulk load: ${loadSeconds.toFixed(1)} s  ${JSON.stringify(rows)}`);
	for (const p of plans)
		log(
			`  plan ${p.ok ? "ok " : "BAD"} ${p.name}: ${p.top}, ${p.indexes.join(", ") || "no index"}${p.forced ? " (seq scans off)" : ""}, ${p.ms.toFixed(1)} ms`,
		);
	return { scale, size, rows, ctx, plans, loadSeconds };
}

/** @typedef {Awaited<ReturnType<typeof prepareScale>>} PreparedScale */

/**
 * The app on a scale's loaded data, on its own port, with real sessions for the learners, Ivy
 * and the admin; or with `sessions` signed in before (they stay valid across restarts: same
 * secret, same rows).
 * @param {PreparedScale} prepared
 * @param {number} appPort
 * @param {Sessions} [sessions]
 */
async function startScale(prepared, appPort, sessions) {
	const app = await startApp({
		port: appPort,
		connections,
		env: prepared.database.appEnv,
		log,
	});
	if (sessions) return { app, ...sessions };
	try {
		const started = Date.now();
		const { ctx } = prepared;
		const emails = ctx.pool.map((_, i) => benchStudentEmail(i));
		const studentCookies = await signInAll(app.base, emails);
		const cookies = {
			students: new Map(ctx.pool.map((id, i) => [id, studentCookies[i] ?? ""])),
			instructor: await signIn(app.base, "instructor@example.com"),
		};
		const admin = await signIn(app.base, "admin@example.com");
		log(
			`  scale ${prepared.scale} on ${app.base}: signed in ${emails.length + 2} accounts in ${since(started)}`,
		);
		return { app, cookies, admin };
	} catch (error) {
		await app.stop();
		throw error;
	}
}

/** @typedef {{ cookies: { students: Map<string, string>, instructor: string }, admin: string }} Sessions */

/** @param {number} n */
const postIds = (n) => Array.from({ length: n }, (_, i) => `bench-post-${i}`);

/**
 * Starts every scale's app (ports `port`, `port + 1`, …), runs `work` with them, stops them.
 * @template T
 * @param {PreparedScale[]} prepared
 * @param {(started: Awaited<ReturnType<typeof startScale>>[]) => Promise<T>} work
 * @param {Sessions[]} [sessions]  per scale, from an earlier start
 */
async function withApps(prepared, work, sessions) {
	/** @type {Awaited<ReturnType<typeof startScale>>[]} */
	const started = [];
	try {
		for (const [i, p] of prepared.entries())
			started.push(await startScale(p, port + i, sessions?.[i]));
		return await work(started);
	} finally {
		for (const s of started) await s.app.stop();
	}
}

/**
 * Every scale loaded first, then measured side by side (`measureInterleaved`), then the blog
 * again with 10,000 posts in each database.
 * @param {import("./lib/database.mjs").DatabaseServer} server
 * @returns {Promise<ScaleResult[]>}
 */
async function runScales(server) {
	/** @type {PreparedScale[]} */
	const prepared = [];
	try {
		for (const scale of scales)
			prepared.push(await prepareScale(server, scale));
		log("\n== measuring, the scales interleaved");
		/** @type {Sessions[]} */
		const sessions = [];
		const main = await withApps(prepared, (apps) => {
			sessions.push(...apps.map(({ cookies, admin }) => ({ cookies, admin })));
			return measureInterleaved(
				apps.map((a, i) => {
					const p = /** @type {PreparedScale} */ (prepared[i]);
					return {
						label: String(p.scale),
						base: a.app.base,
						scenarios: [
							...floorScenarios(),
							...blogScenarios({ ids: postIds(p.size.posts), admin: a.admin }),
							...schoolScenarios(a.app, p.ctx, a.cookies),
						],
					};
				}),
			);
		});
		// The machine's load while the scales were measured (other work shares the 2 cores).
		const loadavg = os.loadavg();

		log(`\n== the blog with ${bigBlogPosts.toLocaleString("en-US")} posts`);
		for (const p of prepared)
			await p.database.withConnection(async (exec) => {
				await loadPosts(exec, p.size.posts, bigBlogPosts);
				await exec("analyze");
			});
		const suffix = `${bigBlogPosts.toLocaleString("en-US")} posts`;
		const big = await withApps(
			prepared,
			(apps) =>
				measureInterleaved(
					apps.map((a, i) => ({
						label: String(prepared[i]?.scale),
						base: a.app.base,
						scenarios: blogScenarios({
							ids: postIds(bigBlogPosts),
							admin: a.admin,
							suffix,
						}),
					})),
				),
			sessions,
		);
		return prepared.map((p, i) => ({
			scale: p.scale,
			size: p.size,
			rows: p.rows,
			loadSeconds: p.loadSeconds,
			results: [...(main[i] ?? []), ...(big[i] ?? [])],
			plans: p.plans,
			loadavg,
		}));
	} finally {
		for (const p of prepared)
			await p.database
				.drop()
				.catch((/** @type {Error} */ error) =>
					log(`could not drop the scale ${p.scale} database: ${error.message}`),
				);
	}
}

async function main() {
	if (args.report) {
		const { env, runs } = JSON.parse(readFileSync(args.report, "utf8"));
		const written = await writeReport({
			out: path.dirname(args.report),
			env,
			runs,
		});
		log(`wrote ${written.join(", ")}`);
		return;
	}
	assertBuilt();
	const server = await openDatabaseServer({
		db,
		port: Number(args["pg-port"]),
	});
	if (server.kind === "pglite" && scales.some((s) => s > 0.1))
		throw new Error(
			"PGlite is for small scales (≤ 0.1): set DATABASE_URL or install PostgreSQL for more",
		);
	log(
		`bench: ${server.version}; ${connections} connections, ${seconds} s per scenario (+${warmupSeconds} s warm-up)`,
	);
	/** @type {ScaleResult[]} */
	const runs = [];
	try {
		runs.push(...(await runScales(server)));
	} finally {
		await server.stop();
	}
	const startup =
		(args.startup ?? !smoke)
			? await measureStartup({ port: port + 1, log })
			: undefined;
	if (startup)
		log(
			`\n== start on the embedded database: ready after ${(startup.readyMs / 1000).toFixed(1)} s; first requests ${startup.first.map((f) => `${f.path} ${f.ms.toFixed(0)} ms`).join(", ")}`,
		);
	const env = await environment({
		database: server.version,
		connections,
		seconds,
		interleaved: true,
		loadavg: os.loadavg(),
		...(startup ? { startup } : {}),
	});
	const written = await writeReport({ out, env, runs });
	log(`\nwrote ${written.join(", ")}`);
	const failed = runs.flatMap((r) =>
		r.results
			.filter((x) => x.failures)
			.map((x) => `${x.name} @${r.scale}: ${x.failureSummary}`),
	);
	if (failed.length) {
		console.error(`failed requests:\n  ${failed.join("\n  ")}`);
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
