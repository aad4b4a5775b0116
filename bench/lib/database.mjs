// @ts-check
/**
 * Where the benchmark's data lives, one fresh database per scale:
 *
 * - `DATABASE_URL=postgres://…`: that server. The bench creates (and drops again) its own
 *   databases `school_bench_*` there, so it never touches the database the URL names.
 * - otherwise, when Debian's PostgreSQL is installed: a throw-away server on 127.0.0.1, started
 *   and stopped by the bench (like `scripts/with-postgres.sh`).
 * - `--db pglite`: embedded PGlite in a temporary folder (small scales only: one process owns it,
 *   so the app is stopped while the bench loads data).
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/** @typedef {import("./dataset.mjs").Exec} Exec */
/** @typedef {import("./dataset.mjs").Query} Query */

/**
 * A database the app can use, and a way for the bench to run SQL on it while the app is stopped.
 * @typedef {object} BenchDatabase
 * @property {string} label            what the report calls it
 * @property {Record<string, string>} appEnv  environment for the demo app
 * @property {<T>(work: (exec: Exec, query: Query) => Promise<T>) => Promise<T>} withConnection
 * @property {() => Promise<void>} drop
 */

/**
 * @typedef {object} DatabaseServer
 * @property {string} kind
 * @property {string} version
 * @property {(name: string) => Promise<BenchDatabase>} create
 * @property {() => Promise<void>} stop
 */

function postgresBinDir() {
	const root = "/usr/lib/postgresql";
	if (!existsSync(root)) return null;
	const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
	const last = versions.at(-1);
	return last ? path.join(root, last, "bin") : null;
}

/**
 * @param {string} url
 * @returns {Promise<Omit<DatabaseServer, "stop"> & { close: () => Promise<void> }>}
 */
async function serverAt(url) {
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	const { rows } = await admin.query("show server_version");
	/** @param {string} name */
	const urlFor = (name) => {
		const u = new URL(url);
		u.pathname = `/${name}`;
		return u.toString();
	};
	return {
		kind: "postgres",
		version: `PostgreSQL ${rows[0].server_version}`,
		close: () => admin.end(),
		async create(name) {
			await admin.query(`drop database if exists ${name}`);
			await admin.query(`create database ${name}`);
			const dbUrl = urlFor(name);
			return {
				label: `PostgreSQL ${rows[0].server_version}`,
				appEnv: { DATABASE_URL: dbUrl },
				async withConnection(work) {
					const client = new pg.Client({ connectionString: dbUrl });
					await client.connect();
					try {
						return await work(
							async (sql) => client.query(sql),
							async (sql, params) =>
								(await client.query(sql, /** @type {any[]} */ (params))).rows,
						);
					} finally {
						await client.end();
					}
				},
				async drop() {
					await admin.query(`drop database if exists ${name} with (force)`);
				},
			};
		},
	};
}

/**
 * A throw-away PostgreSQL server on 127.0.0.1 (fsync off: the data is disposable).
 * @param {number} port
 * @returns {Promise<DatabaseServer>}
 */
async function startThrowAwayPostgres(port) {
	const bin = postgresBinDir();
	if (!bin) throw new Error("PostgreSQL is not installed");
	const work = mkdtempSync(path.join(tmpdir(), "school-bench-pg-"));
	const asRoot = process.getuid?.() === 0;
	/** @param {string} cmd @param {string[]} args */
	const run = (cmd, args) => {
		const full = path.join(bin, cmd);
		const result = asRoot
			? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], {
					encoding: "utf8",
				})
			: spawnSync(full, args, { encoding: "utf8" });
		if (result.status !== 0)
			throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
	};
	if (asRoot) execFileSync("chown", ["postgres:postgres", work]);
	run("initdb", [
		"-D",
		`${work}/data`,
		"-U",
		"bench",
		"--auth=trust",
		"-E",
		"UTF8",
	]);
	run("pg_ctl", [
		"-D",
		`${work}/data`,
		"-l",
		`${work}/server.log`,
		"-w",
		"-t",
		"60",
		"-o",
		`-h 127.0.0.1 -p ${port} -k ${work} -c max_connections=100 -c fsync=off -c shared_buffers=1GB`,
		"start",
	]);
	const server = await serverAt(`postgres://bench@127.0.0.1:${port}/postgres`);
	return {
		...server,
		version: `${server.version} (throw-away server on 127.0.0.1)`,
		async stop() {
			await server.close();
			try {
				run("pg_ctl", ["-D", `${work}/data`, "-m", "fast", "-w", "stop"]);
			} finally {
				rmSync(work, { recursive: true, force: true });
			}
		},
	};
}

/** @returns {Promise<DatabaseServer>} */
async function pgliteServer() {
	const { PGlite } = await import("@electric-sql/pglite");
	const { version } = JSON.parse(
		readFileSync(
			path.join(
				path.dirname(
					fileURLToPath(import.meta.resolve("@electric-sql/pglite")),
				),
				"../package.json",
			),
			"utf8",
		),
	);
	return {
		kind: "pglite",
		version: `PGlite ${version} (embedded, in the app's process)`,
		async stop() {},
		async create(name) {
			const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
			return {
				label: `PGlite ${version}`,
				appEnv: { SCHOOL_DATA_DIR: dir },
				async withConnection(work) {
					// The app keeps PGlite in <SCHOOL_DATA_DIR>/pglite.
					const db = await PGlite.create(path.join(dir, "pglite"));
					try {
						return await work(
							async (sql) => db.exec(sql),
							async (sql, params) => (await db.query(sql, params)).rows,
						);
					} finally {
						await db.close();
					}
				},
				async drop() {
					rmSync(dir, { recursive: true, force: true });
				},
			};
		},
	};
}

/**
 * @param {{ db: "auto" | "postgres" | "pglite", port: number }} options
 * @returns {Promise<DatabaseServer>}
 */
export async function openDatabaseServer({ db, port }) {
	if (db === "pglite") return pgliteServer();
	const url = process.env.DATABASE_URL;
	if (url && /^postgres(ql)?:\/\//.test(url)) {
		const server = await serverAt(url);
		return { ...server, stop: server.close };
	}
	if (postgresBinDir()) return startThrowAwayPostgres(port);
	if (db === "postgres")
		throw new Error(
			"No PostgreSQL: set DATABASE_URL or install PostgreSQL (apt-get install postgresql)",
		);
	return pgliteServer();
}
