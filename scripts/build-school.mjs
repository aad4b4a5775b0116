#!/usr/bin/env node
// Builds packages/school into dist atomically: tsc writes a fresh folder beside it, which then
// replaces dist in two renames. A Next.js build or a test reading dist never sees it half-written
// or empty (the old `rm -rf dist && tsc` left a window where dist did not exist).
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

const pkg = new URL("../packages/school/", import.meta.url).pathname;
const fresh = join(pkg, `dist.build-${process.pid}`);
const old = join(pkg, `dist.old-${process.pid}`);
const tsc = spawnSync(
	"npx",
	["tsc", "-p", "tsconfig.build.json", "--outDir", fresh],
	{ cwd: pkg, stdio: "inherit" },
);
if (tsc.status !== 0) {
	rmSync(fresh, { recursive: true, force: true });
	process.exit(tsc.status ?? 1);
}
const dist = join(pkg, "dist");
if (existsSync(dist)) renameSync(dist, old);
renameSync(fresh, dist);
rmSync(old, { recursive: true, force: true });
