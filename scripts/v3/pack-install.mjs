// Issue 13's install promise, checked: the PACKED btst-school (`npm pack -w btst-school` of the
// scratch copy, after its build) installs with a plain `npm install` (no --legacy-peer-deps)
// into a fresh BTST 1.1.11 app and a fresh BTST 3 app, and answers through each app's own
// @btst/stack and better-call (whatever versions npm chose there). The apps live beside the
// scratch copy, not inside it, so they are not part of its workspace.
import { spawnSync } from "node:child_process";
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { join } from "node:path";

/** Through the app's own stack: a personal endpoint without identity, and bad input. */
const SMOKE_TEST = `import * as api from "@btst/stack/api";
import { schoolBackendPlugin } from "btst-school/api";
import { expect, test } from "vitest";

// betterStack on 1.1.11, stack on 3. No adapter calls happen on these two paths.
const create = api.stack ?? api.betterStack;
const app = create({
	basePath: "/api/data",
	plugins: { school: schoolBackendPlugin({ getUser: () => null }) },
	adapter: () => ({}),
});
const call = (method, path, body) =>
	app.handler(new Request("http://localhost/api/data" + path, {
		method,
		body,
		headers: body ? { "content-type": "application/json" } : {},
	}));

test("a personal endpoint without identity answers 401 with a message", async () => {
	const res = await call("GET", "/school/me/enrollments");
	expect(res.status).toBe(401);
	expect(typeof (await res.json()).message).toBe("string");
});
test("a write without identity or with bad input is refused (4xx, not 500)", async () => {
	const res = await call("POST", "/school/courses", JSON.stringify({ title: 5 }));
	expect([400, 401]).toContain(res.status);
});
`;

// The package's dist uses extensionless relative imports (bundlers resolve them; plain Node
// does not), so Vitest bundles it instead of handing it to Node.
const VITEST_CONFIG = `export default { test: { server: { deps: { inline: ["btst-school"] } } } };\n`;

function run(cmd, args, cwd) {
	const res = spawnSync(cmd, args, { cwd, encoding: "utf8" });
	return {
		ok: res.status === 0,
		out: `${res.stdout ?? ""}${res.stderr ?? ""}`,
	};
}

function versionIn(appDir, name) {
	try {
		const file = join(appDir, "node_modules", name, "package.json");
		return JSON.parse(readFileSync(file, "utf8")).version;
	} catch {
		return "missing";
	}
}

/**
 * Packs the plugin of `workDir` and installs it into two fresh apps under `appsDir`.
 * @returns {{ name: string, ok: boolean, detail: string }[]} one result per check
 */
export function packAndInstall({ workDir, appsDir, tarballs, log }) {
	rmSync(appsDir, { recursive: true, force: true });
	mkdirSync(appsDir, { recursive: true });
	const packed = run(
		"npm",
		["pack", "-w", "btst-school", "--pack-destination", appsDir],
		workDir,
	);
	const tgz = readdirSync(appsDir).find((f) => f.endsWith(".tgz"));
	if (!packed.ok || !tgz)
		return [{ name: "npm pack", ok: false, detail: packed.out.slice(-500) }];
	const school = `file:${join(appsDir, tgz)}`;
	const react = { react: "^19.2.0", "react-dom": "^19.2.0" };
	const apps = {
		"BTST 1.1.11 app": {
			dependencies: {
				"@btst/stack": "1.1.11",
				"btst-school": school,
				...react,
			},
		},
		"BTST 3 app": {
			dependencies: {
				"@btst/stack": `file:${tarballs.stack}`,
				"@btst/yar": `file:${tarballs.yar}`,
				"btst-school": school,
				...react,
			},
			// From ../shared/btst-v3/README.md: v3's @btst/db 2.2.2 is not on the registry here.
			overrides: {
				"@btst/stack": { ".": "$@btst/stack", "@btst/db": "2.1.1" },
				"@btst/yar": "$@btst/yar",
			},
		},
	};
	const vitest = join(workDir, "node_modules", ".bin", "vitest");
	const results = [];
	for (const [label, pkg] of Object.entries(apps)) {
		const appDir = join(appsDir, label.replaceAll(/\W+/g, "-"));
		mkdirSync(appDir, { recursive: true });
		writeFileSync(
			join(appDir, "package.json"),
			`${JSON.stringify({ name: "app", private: true, type: "module", ...pkg }, null, 2)}\n`,
		);
		log(`${label}: npm install of the packed btst-school`);
		const install = run("npm", ["install", "--no-audit", "--no-fund"], appDir);
		const versions = `@btst/stack ${versionIn(appDir, "@btst/stack")}, better-call ${versionIn(appDir, "better-call")}`;
		results.push({
			name: `${label}: plain npm install of the packed package`,
			ok: install.ok,
			detail: install.ok ? versions : install.out.slice(-1500),
		});
		if (!install.ok) continue;
		writeFileSync(join(appDir, "smoke.test.mjs"), SMOKE_TEST);
		writeFileSync(join(appDir, "vitest.config.mjs"), VITEST_CONFIG);
		const smoke = run(vitest, ["run", "--root", appDir], appDir);
		results.push({
			name: `${label}: the school answers through the app's stack`,
			ok: smoke.ok,
			detail: smoke.ok ? "" : smoke.out.slice(-1500),
		});
	}
	// ~1 GB of node_modules: kept only when something failed, for a look.
	if (results.every((r) => r.ok))
		rmSync(appsDir, { recursive: true, force: true });
	return results;
}
