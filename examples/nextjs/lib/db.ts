import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import {
	type DatabaseConnection,
	type Dialect,
	type Driver,
	Kysely,
	PostgresAdapter,
	PostgresDialect,
	PostgresIntrospector,
	PostgresQueryCompiler,
	sql,
	type TransactionSettings,
} from "kysely";

/**
 * The one database of the demo, shared by better-auth, the BTST adapter and the demo's own
 * `demo_purchase` table.
 *
 * - `DATABASE_URL=postgres://...` (or `postgresql://`): a real Postgres through `pg`.
 * - otherwise: embedded PGlite, persisted in `<SCHOOL_DATA_DIR or ./.data>/pglite`.
 *
 * Both speak the Postgres dialect, so the rest of the app only ever sees `"postgres"`.
 */
export type DatabaseType = "postgres";
export const databaseType: DatabaseType = "postgres";

// biome-ignore lint/suspicious/noExplicitAny: tables come from better-auth and the plugin schema at run time
export type Database = Kysely<any>;

/** Folder for the demo's local state (PGlite files, the generated auth secret). */
export function dataDir(): string {
	const fromEnv = process.env.SCHOOL_DATA_DIR;
	return fromEnv ? path.resolve(fromEnv) : path.join(process.cwd(), ".data");
}

export function usesExternalPostgres(): boolean {
	return /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? "");
}

/**
 * Wraps a driver that is only created on first use. Kysely calls `createDriver()` in its
 * constructor but `init()` only before the first query, so importing this module (for example
 * while `next build` collects page data) never opens the database.
 */
class LazyDriver implements Driver {
	#inner: Driver | undefined;
	readonly #create: () => Promise<Driver>;

	constructor(create: () => Promise<Driver>) {
		this.#create = create;
	}

	get #driver(): Driver {
		if (!this.#inner) throw new Error("Database driver used before init()");
		return this.#inner;
	}

	async init(): Promise<void> {
		this.#inner = await this.#create();
		await this.#inner.init();
	}
	acquireConnection(): Promise<DatabaseConnection> {
		return this.#driver.acquireConnection();
	}
	beginTransaction(
		connection: DatabaseConnection,
		settings: TransactionSettings,
	) {
		return this.#driver.beginTransaction(connection, settings);
	}
	commitTransaction(connection: DatabaseConnection) {
		return this.#driver.commitTransaction(connection);
	}
	rollbackTransaction(connection: DatabaseConnection) {
		return this.#driver.rollbackTransaction(connection);
	}
	releaseConnection(connection: DatabaseConnection) {
		return this.#driver.releaseConnection(connection);
	}
	async destroy(): Promise<void> {
		await this.#inner?.destroy();
	}
}

/** A PGlite dialect that starts PGlite (≈3 s) on the first query, not on import. */
class LazyPGliteDialect implements Dialect {
	readonly #dataDir: string;

	constructor(dir: string) {
		this.#dataDir = dir;
	}

	createAdapter() {
		return new PostgresAdapter();
	}
	createDriver(): Driver {
		return new LazyDriver(async () => {
			mkdirSync(this.#dataDir, { recursive: true });
			const [{ PGlite }, { PGliteDialect }] = await Promise.all([
				import("@electric-sql/pglite"),
				import("kysely-pglite-dialect"),
			]);
			const pglite: PGlite = await PGlite.create(this.#dataDir);
			return new PGliteDialect(pglite).createDriver();
		});
	}
	createQueryCompiler() {
		return new PostgresQueryCompiler();
	}
	createIntrospector(db: Kysely<unknown>) {
		return new PostgresIntrospector(db);
	}
}

/**
 * The demo's `pg` pool. Exported for its test: the `error` listener is what keeps a
 * PostgreSQL restart from raising one uncaught exception per idle connection.
 */
export function createPgPool(
	Pool: typeof import("pg").Pool,
	connectionString: string,
): import("pg").Pool {
	const pool = new Pool({
		connectionString,
		max: databasePoolSize(),
		// Without it, a request waits forever for a connection to a server that does not
		// answer; with it, it fails and the route answers 503.
		connectionTimeoutMillis: 5_000,
	});
	// An idle connection dropped by the server (PostgreSQL restarted) is reported here; with no
	// listener it would be an uncaught exception. The pool has already discarded that client
	// and opens a new one on the next query.
	pool.on("error", logIdleConnectionError);
	// pg-pool removes that listener while a client is checked out (Kysely holds one through a
	// transaction), so a connection dropped then would still be thrown: each client logs its own
	// (the fault test in packages/school/test/fault.test.ts found it). The pool discards it.
	pool.on("connect", (client) => client.on("error", logIdleConnectionError));
	return pool;
}

/** Logs a lost idle connection: once per burst, not once per pooled client. */
function logIdleConnectionError(error: Error): void {
	const now = Date.now();
	if (now - lastIdleErrorLog < 10_000) return;
	lastIdleErrorLog = now;
	console.error(
		`[school-demo] idle database connection lost (${error.message}); the pool reconnects on the next query`,
	);
}
let lastIdleErrorLog = 0;

/** Connections to a Postgres server: `DATABASE_POOL_MAX`, default 10. */
export function databasePoolSize(): number {
	const fromEnv = Number(process.env.DATABASE_POOL_MAX);
	return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10;
}

function createDb(): Database {
	if (usesExternalPostgres()) {
		return new Kysely({
			dialect: new PostgresDialect({
				pool: async () => {
					// `pg` is CommonJS: depending on the loader its exports arrive named or on `default`.
					const mod = (await import("pg")) as typeof import("pg") & {
						default?: typeof import("pg");
					};
					const Pool = mod.Pool ?? mod.default?.Pool;
					if (!Pool) throw new Error("Could not load pg.Pool");
					return createPgPool(Pool, process.env.DATABASE_URL ?? "");
				},
			}),
		});
	}
	return new Kysely({
		dialect: new LazyPGliteDialect(path.join(dataDir(), "pglite")),
	});
}

const g = globalThis as typeof globalThis & { __schoolDemoDb?: Database };

/**
 * The shared Kysely instance, pinned on `globalThis`: Next.js may evaluate this module more than
 * once (dev HMR, route handlers and server components in separate bundles), and PGlite allows a
 * single owner of its data folder per process.
 */
export function getDb(): Database {
	g.__schoolDemoDb ??= createDb();
	return g.__schoolDemoDb;
}

/**
 * Does the database answer a trivial query within `timeoutMs`? Used after a failed request to
 * tell "the database is down" (503, retry) from a bug (500).
 */
export async function isDatabaseDown(timeoutMs = 2_000): Promise<boolean> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error("probe timed out")), timeoutMs);
	});
	try {
		await Promise.race([sql`select 1`.execute(getDb()), timeout]);
		return false;
	} catch {
		return true;
	} finally {
		clearTimeout(timer);
	}
}
