import type { Adapter } from "@btst/stack/plugins/api";

/** The adapter, or the adapter handed to a transaction callback (which has no `transaction`). */
export type Db = Omit<Adapter, "transaction">;

export type Where = NonNullable<Parameters<Db["findMany"]>[0]["where"]>[number];

export const eq = (field: string, value: Where["value"]): Where => ({
	field,
	value,
	operator: "eq",
});
export const inList = (field: string, value: string[]): Where => ({
	field,
	value,
	operator: "in",
});

type FindManyQuery = Parameters<Db["findMany"]>[0];

/** Rows per page for `findAll`. */
export const FIND_ALL_PAGE = 1000;

/**
 * Every matching row. `findMany` without a limit returns only the adapter factory's default
 * (100 rows), so reads that must see all rows (progress recounts, seats, quiz scores) page here:
 * one query per 1,000 rows, ordered by `id` unless a sort is given so pages neither skip nor repeat.
 */
export async function findAll<T>(
	db: Db,
	query: Omit<FindManyQuery, "limit" | "offset">,
): Promise<T[]> {
	const rows: T[] = [];
	for (let offset = 0; ; offset += FIND_ALL_PAGE) {
		const page = await db.findMany<T>({
			...query,
			sortBy: query.sortBy ?? { field: "id", direction: "asc" },
			limit: FIND_ALL_PAGE,
			offset,
		});
		rows.push(...page);
		if (page.length < FIND_ALL_PAGE) return rows;
	}
}

/** The adapter itself, for writes that need a transaction. */
export type TxDb = Db & {
	transaction: <R>(fn: (trx: Db) => Promise<R>) => Promise<R>;
};
