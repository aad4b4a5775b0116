// A scratch copy of this repository with BTST 3 installed in place of 1.1.11, outside the
// repository (the real checkout, its node_modules and its shared dist stay untouched).
// The v3 tarballs are test fixtures in ../shared/btst-v3 beside the repository (never copied
// into it); the install follows that folder's README (overrides pin v3's @btst/db to 2.1.1).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";

/**
 * better-call for the copy: v3's own tested version (its devDependency; its peer range asks for
 * >= 1.3.5). `BTST_V3_BETTER_CALL=2.0.6` tries what a fresh v3 app resolves instead.
 */
export const V3_BETTER_CALL = process.env.BTST_V3_BETTER_CALL || "1.3.6";
/** The newest @btst/db on the registry; v3 asks for 2.2.2 (see the fixtures' README). */
const V3_DB = "2.1.1";

/** Never copied into the scratch copy: installs, builds, local data, reports. */
const SKIP = new Set([
	"node_modules",
	".git",
	".next",
	".data",
	"dist",
	"test-results",
	"playwright-report",
]);

export const repoRoot = resolve(new URL("../..", import.meta.url).pathname);

/** The fixtures folder: $BTST_V3_DIR, else ../shared/btst-v3 beside the repository. */
export function fixturesDir() {
	return resolve(
		process.env.BTST_V3_DIR || join(repoRoot, "..", "shared", "btst-v3"),
	);
}

/** The tarballs, after checking them against the folder's SHA256SUMS. */
export function fixtures(dir) {
	const files = {
		stack: join(dir, "btst-stack-3.0.0.tgz"),
		yar: join(dir, "btst-yar-1.3.0.tgz"),
	};
	const sums = join(dir, "SHA256SUMS");
	if (existsSync(sums)) {
		for (const line of readFileSync(sums, "utf8").split("\n")) {
			const [hash, name] = line.trim().split(/\s+\*?/);
			if (!hash || !name) continue;
			const file = join(dir, name);
			const actual = createHash("sha256")
				.update(readFileSync(file))
				.digest("hex");
			if (actual !== hash) throw new Error(`checksum mismatch: ${file}`);
		}
	}
	for (const file of Object.values(files)) {
		if (!existsSync(file)) throw new Error(`missing fixture: ${file}`);
	}
	return files;
}

/** One scratch folder per checkout, so a re-run can reuse its install. */
export function defaultWorkDir() {
	const id = createHash("sha256").update(repoRoot).digest("hex").slice(0, 8);
	return process.env.BTST_V3_WORKDIR || join(tmpdir(), `btst-school-v3-${id}`);
}

/** Deletes everything under `dir` except node_modules folders (kept to reuse the install). */
function clearKeepingInstall(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (name === "node_modules") continue;
		if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
			clearKeepingInstall(path);
			if (readdirSync(path).length === 0) rmdirSync(path);
		} else {
			rmSync(path, { force: true });
		}
	}
}

/**
 * Copies the working tree (uncommitted edits included) without installs and build output; or,
 * with `ref`, that commit's tree (`git archive`), for a consistent snapshot of a checkout that
 * others are editing.
 */
function copyTree(workDir, ref) {
	if (existsSync(workDir)) clearKeepingInstall(workDir);
	mkdirSync(workDir, { recursive: true });
	if (ref) {
		const res = spawnSync(
			"sh",
			[
				"-c",
				'git -C "$1" archive "$2" | tar -x -C "$3"',
				"sh",
				repoRoot,
				ref,
				workDir,
			],
			{ stdio: "inherit" },
		);
		if (res.status !== 0) throw new Error(`git archive ${ref} failed`);
		return;
	}
	cpSync(repoRoot, workDir, {
		recursive: true,
		filter: (src) =>
			!SKIP.has(basename(src)) &&
			!src.endsWith(".tsbuildinfo") &&
			!relative(repoRoot, src).startsWith(".."),
	});
}

/** The root package.json of the copy, switched to the v3 tarballs as the README says. */
function patchRootPackage(workDir, tarballs) {
	const file = join(workDir, "package.json");
	const pkg = JSON.parse(readFileSync(file, "utf8"));
	pkg.dependencies = {
		...pkg.dependencies,
		"@btst/stack": `file:${tarballs.stack}`,
		"@btst/yar": `file:${tarballs.yar}`,
	};
	// The workspace pins better-call 1.1.4 for better-auth 1.4.5; v3 needs >= 1.3.5, so the
	// pin moves (a root override must equal the root's own dependency spec).
	if (pkg.devDependencies?.["better-call"])
		pkg.devDependencies["better-call"] = V3_BETTER_CALL;
	pkg.overrides = {
		...pkg.overrides,
		"better-call": V3_BETTER_CALL,
		"@btst/stack": { ".": "$@btst/stack", "@btst/db": V3_DB },
		"@btst/yar": "$@btst/yar",
	};
	const text = `${JSON.stringify(pkg, null, "\t")}\n`;
	writeFileSync(file, text);
	return text;
}

/** The fields of a package.json that change what `npm install` does. */
function installFields(text) {
	const pkg = JSON.parse(text);
	return JSON.stringify([
		pkg.dependencies,
		pkg.devDependencies,
		pkg.peerDependencies,
		pkg.optionalDependencies,
		pkg.overrides,
		pkg.workspaces,
	]);
}

/** What the install depends on: every package.json's dependencies plus the tarballs. */
function installStamp(workDir, rootPackage, tarballs) {
	const hash = createHash("sha256").update(installFields(rootPackage));
	for (const dir of ["packages", "examples", "e2e", "bench"]) {
		const base = join(workDir, dir);
		if (!existsSync(base)) continue;
		const pkgs = existsSync(join(base, "package.json"))
			? [join(base, "package.json")]
			: readdirSync(base).map((name) => join(base, name, "package.json"));
		for (const p of pkgs.filter((f) => existsSync(f)).sort())
			hash
				.update(relative(workDir, p))
				.update(installFields(readFileSync(p, "utf8")));
	}
	for (const t of Object.values(tarballs)) hash.update(readFileSync(t));
	return hash.digest("hex");
}

/**
 * Makes (or refreshes) the scratch copy and installs v3 into it. Reuses the previous install
 * when no package.json and no tarball changed, unless `fresh`.
 * @returns {{ workDir: string, installed: boolean, log: (s: string) => void }}
 */
export function prepareWorkspace({ workDir, tarballs, fresh, ref, log }) {
	if (fresh) rmSync(workDir, { recursive: true, force: true });
	log(`copying the repository${ref ? ` at ${ref}` : ""} to ${workDir}`);
	copyTree(workDir, ref);
	const rootPackage = patchRootPackage(workDir, tarballs);
	const stamp = installStamp(workDir, rootPackage, tarballs);
	const stampFile = join(workDir, "node_modules", ".btst-v3-stamp");
	const current =
		existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
	if (current) {
		log("install unchanged since the last run: reusing node_modules");
		return { installed: false };
	}
	log("npm install with BTST 3 (a few minutes)");
	const res = spawnSync(
		"npm",
		["install", "--no-audit", "--no-fund", "--loglevel=error"],
		{ cwd: workDir, stdio: "inherit", env: process.env },
	);
	if (res.status !== 0)
		throw new Error("npm install failed in the scratch copy");
	writeFileSync(stampFile, stamp);
	return { installed: true };
}

/** The version of package `name` that Node resolves from `dir` (nearest node_modules up). */
function versionFrom(dir, name, stop) {
	for (let d = dir; ; d = dirname(d)) {
		const file = join(d, "node_modules", name, "package.json");
		if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")).version;
		if (d === stop || d === dirname(d)) return "missing";
	}
}

/** The versions the copy resolves, seen from the plugin and from the demo. */
export function resolvedVersions(workDir) {
	const names = {
		stack: "@btst/stack",
		yar: "@btst/yar",
		betterCall: "better-call",
		zod: "zod",
	};
	const at = (dir) =>
		Object.fromEntries(
			Object.entries(names).map(([key, name]) => [
				key,
				versionFrom(join(workDir, dir), name, workDir),
			]),
		);
	return { plugin: at("packages/school"), demo: at("examples/nextjs") };
}
