import { getMigrations } from "better-auth/db";
import { backfillSearchColumns } from "btst-school/api";
import { sql } from "kysely";
import { authOptions } from "./auth";
import { getDb, usesExternalPostgres } from "./db";
import { createDemoTables, schoolSchemaPlugin } from "./schema";
import { createSchoolIndexes } from "./school-indexes";
import { seed } from "./seed";
import { adapter } from "./stack";

/** Any constant: the key of the Postgres advisory lock that serialises start-up work. */
const MIGRATION_LOCK_KEY = 727_001;

/** Postgres error codes for "someone else just created it": unique_violation, duplicate_table, duplicate_object. */
const RACE_CODES = new Set(["23505", "42P07", "42710"]);

function isCreateRace(error: unknown): boolean {
	const e = error as { code?: string; message?: string } | null;
	if (e?.code && RACE_CODES.has(e.code)) return true;
	return /already exists|duplicate key/i.test(e?.message ?? "");
}

async function migrate(): Promise<void> {
	const { toBeCreated, toBeAdded, runMigrations } = await getMigrations({
		...authOptions(),
		// better-auth's own plugins (admin) first, so their columns are created too.
		plugins: [...authOptions().plugins, schoolSchemaPlugin()],
	});
	if (toBeCreated.length || toBeAdded.length) {
		const tables = [...toBeCreated, ...toBeAdded]
			.map((t) => t.table)
			.join(", ");
		console.log(`[school-demo] migrating tables: ${tables}`);
		await runMigrations();
	}
	await createDemoTables(getDb());
	// Composite indexes the schema DSL cannot declare (lib/school-indexes.ts).
	await createSchoolIndexes(getDb());
	await backfillSearchColumnsIfNeeded();
}

/**
 * Rows written before a search column existed (an upgraded database) hold NULL there and are
 * invisible to search: fill them through the plugin, which reads every row, so only when one
 * such row exists (two cheap `exists` probes on later starts).
 */
async function backfillSearchColumnsIfNeeded(): Promise<void> {
	const { rows } = await sql<{ stale: boolean }>`select
		exists (select 1 from "course" where "searchText" is null)
		or exists (select 1 from "enrollment" where "learnerSearch" is null
			or "learnerNameKey" is null or "learnerEmailKey" is null) as stale`.execute(
		getDb(),
	);
	if (!rows[0]?.stale) return;
	const changed = await backfillSearchColumns(adapter);
	console.log(
		`[school-demo] search columns filled: ${changed.courses} courses, ${changed.enrollments} enrollments`,
	);
}

async function migrateAndSeed(): Promise<void> {
	// Without the lock (PGlite), a second worker can still race us: its CREATE fails with
	// "already exists". The second pass then sees the tables and has nothing left to do.
	for (let attempt = 1; ; attempt++) {
		try {
			await migrate();
			await seed();
			return;
		} catch (error) {
			if (attempt >= 3 || !isCreateRace(error)) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
		}
	}
}

async function run(): Promise<void> {
	if (!usesExternalPostgres()) {
		// PGlite is owned by this one process (and its driver serialises every query), so the
		// in-process memo below is all the locking it needs.
		await migrateAndSeed();
		return;
	}
	// Real Postgres may be shared by several app processes starting together: hold a
	// session-level advisory lock on one pooled connection while the others wait.
	await getDb()
		.connection()
		.execute(async (conn) => {
			await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
			try {
				await migrateAndSeed();
			} finally {
				await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(
					conn,
				);
			}
		});
}

const g = globalThis as typeof globalThis & {
	__schoolDemoReady?: Promise<void>;
};

/**
 * Creates or upgrades every table (better-auth's, the school plugin's, the demo's) and seeds the
 * demo data. Idempotent and memoised per process; a failure is not cached, so the next request
 * tries again.
 */
export function ensureDatabase(): Promise<void> {
	g.__schoolDemoReady ??= run().catch((error: unknown) => {
		g.__schoolDemoReady = undefined;
		console.error("[school-demo] database setup failed", error);
		throw error;
	});
	return g.__schoolDemoReady;
}
