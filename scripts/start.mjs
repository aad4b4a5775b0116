#!/usr/bin/env node
// `npm start` at the root: build the plugin and the demo, then start the demo on BTST 1.1.11
// (the workspace's own install). `SCHOOL_BTST=3 npm start` starts the same demo on BTST 3
// instead, from a scratch copy with BTST 3 installed (scripts/v3-check.mjs --serve; the
// tarballs come from ../shared/btst-v3). Either way on $PORT (default 3000).
import { spawnSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const version = process.env.SCHOOL_BTST || "1";

function run(cmd, args) {
	const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
	if (res.status !== 0) process.exit(res.status ?? 1);
}

if (version === "3") {
	run(process.execPath, ["scripts/v3-check.mjs", "--serve"]);
} else if (version === "1") {
	run("npm", ["run", "build"]);
	run("npm", ["run", "start", "-w", "school-demo"]);
} else {
	console.error(
		`SCHOOL_BTST=${version}: use 1 (BTST 1.1.11, the default) or 3.`,
	);
	process.exit(1);
}
