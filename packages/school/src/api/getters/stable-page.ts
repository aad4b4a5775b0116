import type { Db, Where } from "../db-types.js";
import type { Page } from "../pagination.js";

/**
 * Offset paging in a total order: the sort field, then `id` as the tie-breaker.
 *
 * BTST's adapter sorts by one field only, and SQL returns rows that tie on it in any order — a
 * different one per query — so pages sorted by price or popularity repeated some courses and
 * skipped others. The values at each position are well defined even when the rows are not, so
 * the page query tells which values the page holds; only the runs of equal values cut by the
 * page's edges are ambiguous, and those are re-read with an equality filter, sorted by `id`, at
 * the right offset inside the run. Runs in the middle of the page are complete and sorted here.
 *
 * Cost: the page and its total, one count and one read per cut run, and one read per tied run
 * inside the page: bounded by the page size, whatever the catalog's size.
 */

type Row = { id: string };
const sortValue = (row: Row | undefined, name: string) =>
	(row as Record<string, unknown> | undefined)?.[name];

interface StableQuery {
	model: string;
	where: Where[];
	sortBy: { field: string; direction: "asc" | "desc" };
}

/** A comparable form of a sort value: dates by their time, everything else as is. */
const keyOf = (value: unknown) =>
	value instanceof Date ? value.getTime() : value;

/**
 * Equality as `>= and <=`: the memory adapter compares dates with `===`, which never holds for
 * two Date objects, while both range operators work on every adapter and type.
 */
const equalTo = (field: string, value: unknown): Where[] => [
	{ field, value: value as Where["value"], operator: "gte" },
	{ field, value: value as Where["value"], operator: "lte" },
];

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Splits sorted rows into runs of equal sort values. */
function runsOf(rows: Row[], field: string): Row[][] {
	const runs: Row[][] = [];
	for (const row of rows) {
		const last = runs.at(-1);
		if (
			last &&
			keyOf(sortValue(last[0], field)) === keyOf(sortValue(row, field))
		)
			last.push(row);
		else runs.push([row]);
	}
	return runs;
}

/** Whether two rows hold the same sort value. */
const same = (a: Row | undefined, b: Row | undefined, field: string) =>
	!!a && !!b && keyOf(sortValue(a, field)) === keyOf(sortValue(b, field));

/**
 * `peek`: read one row more on each side of the page. When neither neighbour ties with the
 * page's edge and no two rows of the page tie, the page is already in its total order and no
 * run is re-read (the page and its total, nothing else). Opt-in, so callers whose query-count
 * tests seed rows that tie by accident keep a call count that does not depend on the data.
 * `shortTotal` (with `peek`): a first page with no row after it is its own total, so it is
 * counted only when it is full — one query fewer for lists that usually fit a page (an
 * instructor's courses), one round trip later for those that do not.
 */
export async function findStablePage<T extends Row>(
	db: Db,
	query: StableQuery,
	page: { limit: number; offset: number },
	options: { peek?: boolean; shortTotal?: boolean } = {},
): Promise<Page<T>> {
	const { field, direction } = query.sortBy;
	const before = options.peek && page.offset > 0 ? 1 : 0;
	const after = options.peek ? 1 : 0;
	const read = db.findMany<T>({
		...query,
		limit: page.limit + before + after,
		offset: page.offset - before,
	});
	const count = () => db.count({ model: query.model, where: query.where });
	let fetched: T[];
	let total: number;
	if (options.peek && options.shortTotal && page.offset === 0) {
		fetched = await read;
		total = fetched.length <= page.limit ? fetched.length : await count();
	} else [fetched, total] = await Promise.all([read, count()]);
	const rows = fetched.slice(before, before + page.limit);
	const result = { total, limit: page.limit, offset: page.offset };
	if (rows.length === 0) return { ...result, items: rows };

	const runs = runsOf(rows, field);
	if (
		options.peek &&
		runs.length === rows.length &&
		!(before && same(fetched[0], rows[0], field)) &&
		!same(fetched[before + page.limit], rows.at(-1), field)
	)
		return { ...result, items: rows };
	const first = runs[0] as Row[];
	const last = runs.at(-1) as Row[];
	const readRun = (run: Row[], start: number) =>
		db.findMany<T>({
			model: query.model,
			where: [...query.where, ...equalTo(field, sortValue(run[0], field))],
			sortBy: { field: "id", direction: "asc" },
			limit: run.length,
			offset: Math.max(0, start),
		});

	const firstStart = async (): Promise<number> => {
		if (page.offset === 0) return 0;
		const reachesEnd = page.offset + rows.length >= total;
		if (runs.length > 1 || reachesEnd) {
			// The run ends inside this page: its rows here are the last ones of the run.
			const size = await db.count({
				model: query.model,
				where: [...query.where, ...equalTo(field, sortValue(first[0], field))],
			});
			return size - first.length;
		}
		// One run fills the page and continues on both sides: count what sorts before it.
		const before = await db.count({
			model: query.model,
			where: [
				...query.where,
				{
					field,
					value: sortValue(first[0], field) as Where["value"],
					operator: direction === "asc" ? "lt" : "gt",
				},
			],
		});
		return page.offset - before;
	};

	// Middle runs are whole; the ones with ties are re-read too, so ties are ordered by the
	// adapter's own `id` order (the memory adapter's differs from JavaScript's `<`).
	const middle = runs.slice(1, -1);
	const [firstRows, lastRows, ...middleRows] = await Promise.all([
		firstStart().then((start) => readRun(first, start)),
		runs.length > 1 ? readRun(last, 0) : Promise.resolve([] as T[]),
		...middle.map((run) =>
			run.length > 1 ? readRun(run, 0) : Promise.resolve(run as T[]),
		),
	]);
	// If rows changed between the queries, keep what the page query returned.
	const settle = (fresh: T[] | undefined, run: Row[]) =>
		fresh?.length === run.length ? fresh : ([...run].sort(byId) as T[]);
	const items =
		runs.length === 1
			? settle(firstRows, first)
			: [
					...settle(firstRows, first),
					...middle.flatMap((run, i) => settle(middleRows[i], run)),
					...settle(lastRows, last),
				];
	return { ...result, items };
}
