#!/usr/bin/env node
// The BTST 3 job. In a scratch copy of the repository (outside it, under $TMPDIR) with BTST 3
// installed from ../shared/btst-v3 as that folder's README says: the plugin's unit + endpoint
// tests (vitest), its typecheck, the demo build, a started demo's catalog, course page and a
// signed-in lesson, and the packed package installed into a fresh 1.1.11 app and a fresh v3
// app. Prints `v3: N passed, M failed` and writes test-results/reports/v3.json
// for `npm test`'s summary. Without the fixtures folder it says so and records "skipped".
//
//   node scripts/v3-check.mjs            the job (reuses the scratch install when unchanged)
//   node scripts/v3-check.mjs --fresh    the job from a clean scratch folder
//   node scripts/v3-check.mjs --serve    build the demo on BTST 3 and keep it running on $PORT
//   --ref <commit>                       copy that commit instead of the working tree
import { spawnSync } from "node:child_process";
import {
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import {
	freePort,
	runDemoChecks,
	startDemo,
	waitReady,
} from "./v3/demo-checks.mjs";
import { packAndInstall } from "./v3/pack-install.mjs";
import {
	defaultWorkDir,
	fixtures,
	fixturesDir,
	prepareWorkspace,
	repoRoot,
	resolvedVersions,
} from "./v3/workspace.mjs";

const argv = process.argv.slice(2);
const args = new Set(argv);
const refAt = argv.indexOf("--ref");
const ref = refAt >= 0 ? argv[refAt + 1] : undefined;
const serve = args.has("--serve");
const reports = join(repoRoot, "test-results", "reports");
const reportFile = join(reports, "v3.json");
const log = (line) => console.log(`[v3] ${line}`);

function writeReport(report) {
	mkdirSync(reports, { recursive: true });
	writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
}

const dir = fixturesDir();
if (!existsSync(dir)) {
	const shown = relative(repoRoot, dir) || dir;
	if (serve) {
		console.error(`BTST 3 demo unavailable: ${shown} not found.`);
		process.exit(1);
	}
	console.log(
		`v3 job skipped: ${shown} not found (set BTST_V3_DIR to the folder with the BTST 3 tarballs)`,
	);
	writeReport({ status: "skipped", reason: `${shown} not found` });
	process.exit(0);
}

const workDir = defaultWorkDir();
const steps = [];

/** Runs one command in the scratch copy, recording it as a step. */
function step(name, cmd, cmdArgs, env = process.env) {
	log(`=== ${name}: ${cmd} ${cmdArgs.join(" ")}`);
	const started = Date.now();
	const res = spawnSync(cmd, cmdArgs, { cwd: workDir, stdio: "inherit", env });
	const secs = Number(((Date.now() - started) / 1000).toFixed(1));
	const ok = res.status === 0;
	steps.push({ name, ok, secs });
	log(`=== ${name}: ${ok ? "ok" : "FAILED"} (${secs}s)`);
	return ok;
}

function timed(name, fn) {
	const started = Date.now();
	let ok = false;
	try {
		ok = fn() !== false;
	} catch (error) {
		console.error(`[v3] ${name}: ${error.message}`);
	}
	const secs = Number(((Date.now() - started) / 1000).toFixed(1));
	steps.push({ name, ok, secs });
	log(`=== ${name}: ${ok ? "ok" : "FAILED"} (${secs}s)`);
	return ok;
}

const prepared = timed("install BTST 3 in a scratch copy", () => {
	prepareWorkspace({
		workDir,
		tarballs: fixtures(dir),
		fresh: args.has("--fresh"),
		ref,
		log,
	});
	const versions = resolvedVersions(workDir);
	log(`resolved: ${JSON.stringify(versions)}`);
	// Both the plugin and the demo must see v3, or the run would test 1.1.11 again.
	return versions.plugin.stack === "3.0.0" && versions.demo.stack === "3.0.0";
});

if (serve) {
	if (!prepared) process.exit(1);
	const built =
		step("build plugin", "npm", ["run", "build", "-w", "btst-school"]) &&
		step("build demo", "npm", ["run", "build", "-w", "school-demo"]);
	if (!built) process.exit(1);
	const port = Number(process.env.PORT || 3000);
	log(
		`starting the demo on BTST 3 at http://localhost:${port} (Ctrl+C stops it)`,
	);
	const demo = startDemo(workDir, port, { stdio: "inherit" });
	for (const signal of ["SIGINT", "SIGTERM"])
		process.on(signal, () => demo.stop().then(() => process.exit(0)));
	demo.child.on("exit", (code) => process.exit(code ?? 0));
} else {
	await runJob();
}

async function runJob() {
	const vitestJson = join(reports, "v3-vitest.json");
	// A previous run's report must not be counted if this run's tests do not get to run.
	rmSync(vitestJson, { force: true });
	let checks = [];
	if (prepared) {
		// PGlite only: the 1.1.11 job already covers the real Postgres server.
		const env = { ...process.env };
		delete env.TEST_DATABASE_URL;
		step(
			"unit + endpoint tests",
			"npx",
			[
				"vitest",
				"run",
				"--reporter=default",
				"--reporter=json",
				`--outputFile.json=${vitestJson}`,
			],
			env,
		);
		step("typecheck plugin", "npx", [
			"tsc",
			"-p",
			"packages/school/tsconfig.json",
			"--noEmit",
		]);
		const plugin = step("build plugin", "npm", [
			"run",
			"build",
			"-w",
			"btst-school",
		]);
		if (
			plugin &&
			step("build demo", "npm", ["run", "build", "-w", "school-demo"])
		)
			checks = await demoChecks();
		if (plugin) checks.push(...packChecks());
	}
	summarize(vitestJson, checks);
}

/** The packed package in a fresh 1.1.11 app and a fresh v3 app (scripts/v3/pack-install.mjs). */
function packChecks() {
	log(
		"=== packed package: install into a fresh BTST 1.1.11 app and a fresh BTST 3 app",
	);
	const started = Date.now();
	const results = packAndInstall({
		workDir,
		appsDir: `${workDir}-apps`,
		tarballs: fixtures(dir),
		log,
	});
	for (const c of results)
		log(
			`${c.ok ? "ok  " : "FAIL"} ${c.name}${c.detail ? ` — ${c.detail}` : ""}`,
		);
	const secs = Number(((Date.now() - started) / 1000).toFixed(1));
	steps.push({
		name: "packed package installs",
		ok: results.every((c) => c.ok),
		secs,
	});
	return results;
}

async function demoChecks() {
	const port = await freePort();
	const base = `http://localhost:${port}`;
	log(`=== demo: starting on ${base}`);
	const started = Date.now();
	const demo = startDemo(workDir, port, { blog: true });
	let checks = [];
	try {
		if (await waitReady(base)) {
			checks = await runDemoChecks(base, { blog: true });
		} else {
			checks = [{ name: "demo starts", ok: false, detail: "not ready" }];
		}
	} finally {
		await demo.stop();
	}
	for (const c of checks)
		log(
			`${c.ok ? "ok  " : "FAIL"} demo: ${c.name}${c.detail ? ` — ${c.detail}` : ""}`,
		);
	if (checks.some((c) => !c.ok)) console.log(demo.output().slice(-4000));
	const secs = Number(((Date.now() - started) / 1000).toFixed(1));
	steps.push({ name: "demo checks", ok: checks.every((c) => c.ok), secs });
	return checks;
}

function summarize(vitestJson, checks) {
	const vitest = { passed: 0, failed: 0, failures: [] };
	if (existsSync(vitestJson)) {
		const v = JSON.parse(readFileSync(vitestJson, "utf8"));
		vitest.passed = v.numPassedTests ?? 0;
		vitest.failed = v.numFailedTests ?? 0;
		for (const file of v.testResults ?? [])
			for (const t of file.assertionResults ?? [])
				if (t.status === "failed")
					vitest.failures.push(
						`${relative(workDir, file.name)} > ${t.fullName}`,
					);
	}
	const demo = {
		passed: checks.filter((c) => c.ok).length,
		failed: checks.filter((c) => !c.ok).length,
	};
	const failedSteps = steps.filter((s) => !s.ok).map((s) => s.name);
	const passed = vitest.passed + demo.passed;
	const failed = vitest.failed + demo.failed;
	writeReport({
		status: "ran",
		passed,
		failed,
		vitest,
		demo: { ...demo, checks },
		steps,
		failedSteps,
	});
	console.log("\n[v3] === summary");
	for (const s of steps)
		console.log(`[v3] ${s.ok ? "ok    " : "FAILED"} ${s.name} (${s.secs}s)`);
	for (const f of vitest.failures.slice(0, 40))
		console.log(`[v3] failed test: ${f}`);
	if (vitest.failures.length > 40)
		console.log(`[v3] … and ${vitest.failures.length - 40} more failed tests`);
	console.log(
		`v3: ${passed} passed, ${failed} failed (vitest ${vitest.passed}/${vitest.failed}, demo + install checks ${demo.passed}/${demo.failed})`,
	);
	if (failedSteps.length)
		console.log(`v3 failed steps: ${failedSteps.join(", ")}`);
	process.exit(failedSteps.length || failed ? 1 : 0);
}
