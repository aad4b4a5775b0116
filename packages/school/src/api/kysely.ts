import { type Kysely, sql } from "kysely";
import type {
	GroupTotal,
	GroupTotalsQuery,
	SchoolAggregates,
} from "./aggregates.js";

/**
 * `SchoolAggregates` on a Kysely database (`btst-school/api/kysely`): each grouped total is one
 * `SELECT key, count(*), sum(field) … GROUP BY key`. Pass it as `aggregates` to
 * `schoolBackendPlugin` next to `@btst/adapter-kysely`, on the same Kysely instance. Assumes the
 * default schema, where table and column names are the plugin's model and field names.
 */
export function kyselyAggregates(
	// biome-ignore lint/suspicious/noExplicitAny: the plugin's tables are not in the app's Kysely types
	db: Kysely<any>,
): SchoolAggregates {
	return {
		async groupTotals(query: GroupTotalsQuery): Promise<GroupTotal[]> {
			let select = db
				.selectFrom(query.model)
				.select([
					sql<string>`${sql.ref(query.groupBy)}`.as("key"),
					sql<number>`count(*)`.as("count"),
					query.sum
						? sql<number>`coalesce(sum(${sql.ref(query.sum)}), 0)`.as("sum")
						: sql<number>`0`.as("sum"),
				])
				.groupBy(sql.ref(query.groupBy));
			for (const w of query.where) {
				select =
					w.operator === "in"
						? select.where(sql.ref(w.field), "in", w.value as string[])
						: select.where(
								sql.ref(w.field),
								w.operator === "gte" ? ">=" : "=",
								w.value,
							);
			}
			const rows = await select.execute();
			// count/sum arrive as strings from Postgres (bigint/numeric): make them numbers.
			return rows.map((r) => ({
				key: String(r.key),
				count: Number(r.count),
				sum: Number(r.sum),
			}));
		},
	};
}
