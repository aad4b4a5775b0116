#!/usr/bin/env node
// `npm test`: every check in the repository, in order, each one's output shown as it runs.
// Typecheck, lint, unit + integration tests (PGlite always, real Postgres when
// TEST_DATABASE_URL is set), the production build, the browser tests (all on BTST 1.1.11, the
// workspace's install), then the BTST 3 job (scripts/v3-check.mjs: the same plugin tests,
// typecheck, demo build and a started demo on BTST 3, in a scratch copy; skipped, and said so,
// when ../shared/btst-v3 is absent). Ends with each job's test counts and one total line, and
// exits non-zero if any step failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const reports = join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
const V3_STEP = "BTST 3 job";
const steps = [
	// The demo and the docs type-check against the built package, so it is built first.
	["build plugin", "npm", ["run", "build", "-w", "btst-school"]],
	["typecheck", "npm", ["run", "typecheck"]],
	["lint", "npx", ["biome", "ci", "."]],
	["docs examples", "npm", ["run", "check:docs", "--if-present"]],
	// The packed package imports under plain Node ESM (no bundler): a seed script's view of it.
	["package (Node ESM)", "node", ["scripts/check-package.mjs"]],
	[
		"unit + integration",
		"npx",
		[
			"vitest",
			"run",
			"--reporter=default",
			"--reporter=json",
			`--outputFile.json=${join(reports, "vitest.json")}`,
		],
	],
	["build demo", "npm", ["run", "build", "-w", "school-demo"]],
	["bench (tiny scale)", "npm", ["run", "bench:smoke", "--if-present"]],
	["browser", "npm", ["test", "-w", "school-e2e"]],
	[V3_STEP, "node", ["scripts/v3-check.mjs"]],
];

if (!process.env.TEST_DATABASE_URL) {
	console.log(
		"note: TEST_DATABASE_URL is not set, so integration tests run on PGlite only (.ci/run also starts a real Postgres).",
	);
}
if (!existsSync(chrome)) {
	console.error(
		`Chromium was not found at ${chrome}. The browser tests need it: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary.`,
	);
	process.exit(1);
}

const failed = [];
for (const [name, cmd, args] of steps) {
	console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
	const started = Date.now();
	const result = spawnSync(cmd, args, {
		cwd: root,
		stdio: "inherit",
		env: {
			...process.env,
			CHROME_PATH: chrome,
			PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, "playwright.json"),
		},
	});
	const secs = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		failed.push(name);
		console.log(`=== ${name}: FAILED (${secs}s)`);
	} else if (readReport("v3.json")?.status === "skipped" && name === V3_STEP) {
		console.log(`=== ${name}: SKIPPED (${secs}s)`);
	} else {
		console.log(`=== ${name}: ok (${secs}s)`);
	}
}

/** A JSON report a step wrote to test-results/reports, or null. */
function readReport(file) {
	const path = join(reports, file);
	return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/** Playwright's failed tests as "file › title", so the summary (all CI keeps) names them. */
function failedSpecs(suites) {
	return suites.flatMap((suite) => [
		...(suite.specs ?? [])
			.filter((spec) => !spec.ok)
			.map((spec) => `${spec.file}:${spec.line} › ${spec.title}`),
		...failedSpecs(suite.suites ?? []),
	]);
}

function counts() {
	let passed = 0;
	let fail = 0;
	let skipped = 0;
	const vitestFile = join(reports, "vitest.json");
	if (existsSync(vitestFile)) {
		const v = JSON.parse(readFileSync(vitestFile, "utf8"));
		passed += v.numPassedTests ?? 0;
		fail += v.numFailedTests ?? 0;
		skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
		console.log(
			`vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed`,
		);
		for (const file of v.testResults ?? []) {
			for (const t of file.assertionResults ?? []) {
				if (t.status === "failed") console.log(`  failed: ${t.fullName}`);
			}
		}
	}
	const pwFile = join(reports, "playwright.json");
	if (existsSync(pwFile)) {
		const p = JSON.parse(readFileSync(pwFile, "utf8"));
		const s = p.stats ?? {};
		passed += s.expected ?? 0;
		fail += (s.unexpected ?? 0) + (s.flaky ?? 0);
		skipped += s.skipped ?? 0;
		console.log(
			`playwright: ${s.expected ?? 0} passed, ${(s.unexpected ?? 0) + (s.flaky ?? 0)} failed`,
		);
		for (const name of failedSpecs(p.suites ?? []))
			console.log(`  failed: ${name}`);
	}
	console.log(`BTST 1.1.11 job: ${passed} passed, ${fail} failed`);
	const v3 = readReport("v3.json");
	if (v3?.status === "ran") {
		passed += v3.passed;
		fail += v3.failed;
		console.log(
			`BTST 3 job: ${v3.passed} passed, ${v3.failed} failed (vitest ${v3.vitest.passed}/${v3.vitest.failed}, demo + install checks ${v3.demo.passed}/${v3.demo.failed})`,
		);
	} else {
		console.log(`BTST 3 job: skipped (${v3?.reason ?? "it did not run"})`);
	}
	return { passed, fail, skipped };
}

console.log("\n=== summary");
const { passed, fail, skipped } = counts();
if (failed.length) console.log(`failed steps: ${failed.join(", ")}`);
console.log(
	`tests: ${passed} passed, ${fail + (failed.length && !fail ? failed.length : 0)} failed, ${skipped} skipped`,
);
process.exit(failed.length ? 1 : 0);
