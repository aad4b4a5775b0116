// @ts-check
/**
 * Bulk loading with the indexes out of the way. The demo's migration creates the tables with
 * their keys and indexes (better-auth's single-column ones, the plugin's unique keys, the
 * composite ones of `school-indexes.ts`) before the bench loads its rows, so every inserted
 * row updated ~6 B-trees on `lessonProgress` alone, at random places for the text keys: at scale
 * 10 (10,000,000 progress rows) the load took 974 s. Building each index once over the loaded
 * table is a sort instead of millions of random inserts.
 *
 * The school tables have no foreign keys, so their primary and unique keys can be dropped and
 * added back like the other indexes; the definitions are read from the catalog, so whatever the
 * migration created comes back exactly.
 */

/** @typedef {import("./dataset.mjs").Exec} Exec */
/** @typedef {import("./dataset.mjs").Query} Query */

/** @param {string} name */
const ident = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs `load` with every index and primary/unique key of `tables` dropped, then recreates them.
 * If `load` throws, the indexes are still recreated (on whatever rows it left).
 * @template T
 * @param {Exec} exec
 * @param {Query} query
 * @param {readonly string[]} tables
 * @param {() => Promise<T>} load
 * @returns {Promise<{ result: T, dropSeconds: number, loadSeconds: number, indexSeconds: number }>}
 */
export async function loadWithoutIndexes(exec, query, tables, load) {
	let started = Date.now();
	const constraints =
		/** @type {{ tbl: string, name: string, def: string }[]} */ (
			await query(
				`select t.relname as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def
			 from pg_constraint c join pg_class t on t.oid = c.conrelid
			 join pg_namespace n on n.oid = t.relnamespace
			 where n.nspname = current_schema() and t.relname = any($1) and c.contype in ('p', 'u')
			 order by c.contype, c.conname`,
				[tables],
			)
		);
	const indexes = /** @type {{ name: string, def: string }[]} */ (
		await query(
			`select i.indexname as name, i.indexdef as def from pg_indexes i
			 where i.schemaname = current_schema() and i.tablename = any($1)
			   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
			 order by i.indexname`,
			[tables],
		)
	);
	for (const i of indexes) await exec(`drop index ${ident(i.name)}`);
	for (const c of constraints)
		await exec(`alter table ${ident(c.tbl)} drop constraint ${ident(c.name)}`);
	const dropSeconds = (Date.now() - started) / 1000;

	started = Date.now();
	let loadSeconds = 0;
	/** @type {T} */
	let result;
	try {
		result = await load();
	} finally {
		loadSeconds = (Date.now() - started) / 1000;
		started = Date.now();
		// Index builds sort in memory when they can.
		await exec("set maintenance_work_mem = '256MB'");
		for (const c of constraints)
			await exec(
				`alter table ${ident(c.tbl)} add constraint ${ident(c.name)} ${c.def}`,
			);
		for (const i of indexes) await exec(i.def);
		await exec("reset maintenance_work_mem");
	}
	const indexSeconds = (Date.now() - started) / 1000;
	return { result, dropSeconds, loadSeconds, indexSeconds };
}
