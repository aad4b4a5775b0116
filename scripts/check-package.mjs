#!/usr/bin/env node
// Packs `btst-school` as npm would publish it and imports every entry point with plain Node ESM
// (no bundler), the way a seed script or a non-bundled server would. Fails if a file is missing
// from the tarball, an import has no extension, or an entry point loses its main exports.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// Inside the repository, so the packed package resolves its dependencies from the workspace's
// node_modules (Node walks up the folders), exactly as an installed copy would.
const scratch = join(root, ".pack-check");
rmSync(scratch, { recursive: true, force: true });
const target = join(scratch, "node_modules", "btst-school");
mkdirSync(target, { recursive: true });

const out = execFileSync(
	"npm",
	["pack", "-w", "btst-school", "--pack-destination", scratch, "--json"],
	{ cwd: root, encoding: "utf8" },
);
const [{ filename }] = JSON.parse(out);
execFileSync("tar", [
	"-xzf",
	join(scratch, filename),
	"-C",
	target,
	"--strip-components=1",
]);

const entries = {
	"btst-school/api": ["schoolBackendPlugin", "createSchoolApi", "schoolSchema"],
	"btst-school/api/kysely": ["kyselyAggregates"],
	"btst-school/client": ["schoolClientPlugin"],
	"btst-school/client/hooks": ["useCourse"],
};
const script = `
const entries = ${JSON.stringify(entries)};
let failed = 0;
for (const [entry, names] of Object.entries(entries)) {
	try {
		const mod = await import(entry);
		const missing = names.filter((n) => !(n in mod));
		if (missing.length) { failed++; console.error(entry + ": missing " + missing.join(", ")); }
		else console.log("ok " + entry + " (" + Object.keys(mod).length + " exports)");
	} catch (error) { failed++; console.error(entry + ": " + error.message); }
}
process.exit(failed ? 1 : 0);
`;
try {
	execFileSync(process.execPath, ["--input-type=module", "-e", script], {
		cwd: scratch,
		stdio: "inherit",
	});
	console.log(
		"check:package: the packed btst-school imports under plain Node ESM",
	);
} catch {
	console.error(
		"check:package: the packed btst-school does not import under plain Node ESM",
	);
	process.exitCode = 1;
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
