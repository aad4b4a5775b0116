import { createKyselyAdapter } from "@btst/adapter-kysely";
import { createMemoryAdapter } from "@btst/adapter-memory";
import { defineDb } from "@btst/db";
import type { Adapter } from "@btst/stack/plugins/api";
import { PGlite } from "@electric-sql/pglite";
import { getMigrations } from "better-auth/db";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { schoolSchema } from "../../src/db";

// biome-ignore lint/suspicious/noExplicitAny: the tables come from the plugin schema at run time
type Tables = any;

export const schoolDb = () => defineDb({}).use(schoolSchema);

/** A fresh in-memory adapter (does not enforce unique keys: concurrency tests need SQL). */
export function memoryAdapter(): Adapter {
	return createMemoryAdapter(schoolDb() as never)({}) as unknown as Adapter;
}

export interface SqlDatabase {
	name: string;
	kysely: Kysely<Tables>;
	adapter: Adapter;
	/** Empties the school tables between tests. */
	reset(): Promise<void>;
	close(): Promise<void>;
}

async function prepare(
	name: string,
	kysely: Kysely<Tables>,
	close: () => Promise<void>,
): Promise<SqlDatabase> {
	const { runMigrations } = await getMigrations({
		database: { db: kysely, type: "postgres" },
		plugins: [{ id: "school", schema: schoolDb().getSchema() }],
	} as never);
	await runMigrations();
	const adapter = createKyselyAdapter(kysely, schoolDb() as never, {
		type: "postgres",
		transaction: true,
	})({}) as unknown as Adapter;
	return {
		name,
		kysely,
		adapter,
		async reset() {
			for (const table of [
				"quizAttempt",
				"lessonProgress",
				"enrollment",
				"lesson",
				"section",
				"course",
			]) {
				await kysely.deleteFrom(table).execute();
			}
		},
		close,
	};
}

/** Embedded Postgres: always available. Start one per test file (~3 s). */
export async function pgliteDatabase(): Promise<SqlDatabase> {
	const client = new PGlite();
	const kysely = new Kysely<Tables>({ dialect: new PGliteDialect(client) });
	return prepare("pglite", kysely, async () => {
		await kysely.destroy();
	});
}

/**
 * A real Postgres server when TEST_DATABASE_URL is set. Each test file gets its own schema so
 * files can run in parallel against one server.
 */
export async function postgresDatabase(
	schemaName: string,
): Promise<SqlDatabase | null> {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) return null;
	const setup = new pg.Client({ connectionString: url });
	await setup.connect();
	await setup.query(
		`drop schema if exists "${schemaName}" cascade; create schema "${schemaName}"`,
	);
	await setup.end();
	const pool = new pg.Pool({
		connectionString: url,
		max: 20,
		options: `-c search_path=${schemaName}`,
	});
	const kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
	return prepare("postgres", kysely, async () => {
		await kysely.destroy();
	});
}

/** The SQL databases to run integration tests on: PGlite always, Postgres when configured. */
export function sqlTargets(): {
	name: string;
	open: (schema: string) => Promise<SqlDatabase | null>;
}[] {
	const targets: {
		name: string;
		open: (schema: string) => Promise<SqlDatabase | null>;
	}[] = [{ name: "pglite", open: () => pgliteDatabase() }];
	if (process.env.TEST_DATABASE_URL)
		targets.push({ name: "postgres", open: (s) => postgresDatabase(s) });
	return targets;
}

/**
 * The database of one SQL target for a `describe` block: opened once before its tests, emptied
 * before each test, closed after. The returned handle reads the opened database lazily, so it
 * can be taken at collection time and used inside the tests.
 */
export function useSqlDatabase(
	target: ReturnType<typeof sqlTargets>[number],
	schema: string,
): SqlDatabase {
	let opened: SqlDatabase | null = null;
	const current = () => {
		if (!opened) throw new Error(`${target.name} is not available`);
		return opened;
	};
	beforeAll(async () => {
		opened = await target.open(schema);
		current();
	});
	afterAll(async () => {
		await opened?.close();
	});
	beforeEach(async () => {
		await current().reset();
	});
	return {
		name: target.name,
		get kysely() {
			return current().kysely;
		},
		get adapter() {
			return current().adapter;
		},
		reset: () => current().reset(),
		close: () => current().close(),
	};
}

/** The adapter with every read it serves (`findMany`, `findOne`) recorded by model. */
export function recordingReads(db: Adapter) {
	const reads: string[] = [];
	const counting = new Proxy(db, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (key !== "findMany" && key !== "findOne") return value;
			return (query: { model: string }) => {
				reads.push(query.model);
				return value.call(target, query);
			};
		},
	});
	return { counting, reads };
}
