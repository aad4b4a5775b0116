import type { BetterAuthPlugin } from "better-auth";
import { sql } from "kysely";
import type { Database } from "./db";
import { stack } from "./stack";

/**
 * The school tables, expressed the way `getMigrations` (better-auth/db) understands them:
 * a better-auth plugin whose `schema` is the composed BTST schema. @btst/db has no migration
 * tool of its own; this plans idempotent CREATE TABLE / ALTER TABLE ADD COLUMN statements for
 * the plugin's models next to better-auth's own user/session/account/verification tables.
 */
export function schoolSchemaPlugin(): BetterAuthPlugin {
	return {
		id: "school",
		schema: stack.dbSchema.getSchema() as BetterAuthPlugin["schema"],
	};
}

/**
 * The demo's own table: a record of "payments" made on the offline demo checkout. The
 * `onBeforeEnroll` hook in `lib/stack.ts` lets a learner into a paid course only when a row
 * exists here. Not part of the plugin: a real app would look at its payment provider instead.
 */
export async function createDemoTables(db: Database): Promise<void> {
	await sql`
		create table if not exists demo_purchase (
			user_id text not null,
			course_id text not null,
			ref text not null,
			created_at timestamptz not null default now(),
			primary key (user_id, course_id)
		)
	`.execute(db);
	// The outbox (lib/outbox.ts): what the school's hooks would have mailed, shown at /outbox.
	await sql`
		create table if not exists demo_outbox (
			id text primary key,
			user_id text not null,
			to_email text,
			kind text not null,
			subject text not null,
			body text not null,
			created_at timestamptz not null default now()
		)
	`.execute(db);
	await sql`
		create index if not exists demo_outbox_user_created
		on demo_outbox (user_id, created_at desc)
	`.execute(db);
}
