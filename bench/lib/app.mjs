// @ts-check
/**
 * The demo app in production mode (`next start`, through the demo's own start script), with
 * BTST's blog plugin mounted beside the school (`SCHOOL_DEMO_BLOG=1`).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	"../../examples/nextjs",
);

/** One secret per bench run: sessions stay valid across the app's restarts within the run. */
const secret = randomBytes(32).toString("hex");

/** The build folder the app starts from (`NEXT_DIST_DIR`, as in next.config.ts). */
const distDir = process.env.NEXT_DIST_DIR || ".next";

export function assertBuilt() {
	if (!existsSync(path.join(appDir, distDir, "BUILD_ID")))
		throw new Error(
			`The demo app is not built in ${distDir}: run \`npm run build\` first (\`npm run bench\` does).`,
		);
}

/**
 * A copy of the build for the app on `port`, without the pages Next.js generated into it
 * (`cache`, `server/route-cache`): apps started side by side on different data (one per scale,
 * whose course slugs are the same) would otherwise read and revalidate each other's pages.
 * @param {number} port
 */
function ownBuild(port) {
	const own = `${path.normalize(distDir).replace(/[\\/]+$/, "")}-bench-${port}`;
	const from = path.join(appDir, distDir);
	const to = path.join(appDir, own);
	const skipped = [
		path.join(from, "cache"),
		path.join(from, "server", "route-cache"),
	];
	const remove = () =>
		rmSync(to, { recursive: true, force: true, maxRetries: 5 });
	remove();
	cpSync(from, to, {
		recursive: true,
		filter: (src) => !skipped.includes(src),
	});
	return { dir: own, remove };
}

/**
 * Starts the app and resolves once it reports ready: its start script has then migrated and
 * seeded the database and warmed the pages (scripts/start.mjs).
 * `ownBuild: false` runs from the build folder itself (an app that runs alone).
 * @param {{ port: number, connections: number, env: Record<string, string>, log: (line: string) => void, ownBuild?: boolean }} options
 */
export async function startApp({
	port,
	connections,
	env,
	log,
	ownBuild: own = true,
}) {
	const build = own ? ownBuild(port) : { dir: distDir, remove: () => {} };
	const child = spawn(process.execPath, ["scripts/start.mjs"], {
		cwd: appDir,
		stdio: ["ignore", "pipe", "pipe"],
		env: {
			...process.env,
			...env,
			PORT: String(port),
			BETTER_AUTH_SECRET: secret,
			BETTER_AUTH_URL: `http://localhost:${port}`,
			SCHOOL_DEMO_BLOG: "1",
			// The floors (app/api/bench/[floor]/route.ts).
			SCHOOL_BENCH: "1",
			// The bench signs in many learners from one address.
			AUTH_RATE_LIMIT: "off",
			// Twice the load's connections. The blog plugin's update holds a connection for its
			// transaction and needs a second one for its tag lookup, so the demo lets blog updates
			// take at most half the pool (examples/nextjs/lib/blog-update-gate.ts): with this pool
			// all `connections` updates of the load can run at once, as every other scenario does.
			// (The server may see more than `connections` requests at once: those a window ended
			// without waiting for still run when the next window starts; the gate queues them.)
			DATABASE_POOL_MAX: String(2 * connections),
			NEXT_TELEMETRY_DISABLED: "1",
			NEXT_DIST_DIR: build.dir,
		},
	});
	/** @type {string[]} */
	const output = [];
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding("utf8");
		stream.on("data", (/** @type {string} */ chunk) => {
			for (const line of chunk.split("\n")) {
				if (!line.trim()) continue;
				output.push(line);
				if (output.length > 200) output.shift();
				// Server errors during the run are worth seeing at once.
				if (/error/i.test(line)) log(`[app] ${line}`);
			}
		});
	}
	const exited = new Promise((resolve) => child.once("exit", resolve));
	const ready = () => output.some((line) => line.includes("is running at"));
	const base = `http://localhost:${port}`;
	const deadline = Date.now() + 180_000;
	/** Stops the app, then removes its copy of the build (the server writes into it until it exits). */
	const shutdown = async () => {
		if (child.exitCode === null) child.kill("SIGTERM");
		await exited;
		try {
			build.remove();
		} catch (error) {
			log(`could not remove ${build.dir}: ${error}`);
		}
	};
	for (;;) {
		if (child.exitCode !== null) {
			await shutdown();
			throw new Error(
				`The app exited (${child.exitCode}):\n${output.join("\n")}`,
			);
		}
		if (ready()) break;
		if (output.some((line) => line.includes("did not become ready"))) {
			await shutdown();
			throw new Error(`The app did not start:\n${output.join("\n")}`);
		}
		if (Date.now() > deadline) {
			await shutdown();
			throw new Error(`The app did not start:\n${output.join("\n")}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	return {
		base,
		pid: child.pid,
		stop: shutdown,
	};
}

/** @typedef {Awaited<ReturnType<typeof startApp>>} App */
