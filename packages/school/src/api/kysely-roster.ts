import { sql } from "kysely";
import type { QuizBest, RosterPage, RosterPageQuery } from "./aggregates.js";
import type { AnyDb, AnySelect } from "./kysely-db.js";

const COMPARISON = { eq: "=", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

function withRosterWhere<Q extends AnySelect>(
	select: Q,
	query: RosterPageQuery,
): Q {
	let q = select;
	for (const w of query.where)
		q = (
			w.operator === "contains"
				? q.where(
						sql<boolean>`strpos(${sql.ref(w.field)}, ${String(w.value)}) > 0`,
					)
				: q.where(sql.ref(w.field), COMPARISON[w.operator], w.value)
		) as Q;
	return q;
}

/** That learner's best score and any pass per quiz lesson of the course, as a JSON array. */
const quizBestsOfRow = (courseId: string) => sql<QuizBest[]>`(
	select coalesce(jsonb_agg(jsonb_build_object(
		'userId', b."userId", 'lessonId', b."lessonId", 'best', b.best, 'passed', b.passed)), '[]'::jsonb)
	from (
		select a."userId", a."lessonId", max(a.score) as best, bool_or(a.passed) as passed
		from "quizAttempt" a
		join "lesson" l on l.id = a."lessonId"
		where a."userId" = "page"."userId" and l."courseId" = ${courseId} and l.type = 'quiz'
		group by a."userId", a."lessonId"
	) b
)`;

/**
 * `rosterPage` on PostgreSQL: the page with its total in a CTE; with
 * `quizBestsOf`, each of the page's rows (at most `limit`) groups its learner's attempts in a
 * subquery, so the scores ride along in the same round trip.
 */
export async function rosterPage(
	db: AnyDb,
	query: RosterPageQuery,
): Promise<RosterPage> {
	const { field, direction } = query.sortBy;
	const order = sql`${sql.ref(field)} ${sql.raw(direction === "desc" ? "desc" : "asc")} nulls last`;
	// The total as its own subquery, which the planner runs once (an index-only count), where
	// `count(*) over ()` would read every matching row to count them.
	const total = withRosterWhere(
		db.selectFrom(query.model).select(sql<number>`count(*)`.as("n")),
		query,
	);
	const page = withRosterWhere(
		db.selectFrom(query.model).selectAll().select(total.as("__total")),
		query,
	)
		.orderBy(order)
		.orderBy("id", "asc")
		.limit(query.limit)
		.offset(query.offset);
	const rows = await db
		.with("page", () => page)
		.selectFrom("page")
		.selectAll("page")
		.$if(!!query.quizBestsOf, (q) =>
			q.select(quizBestsOfRow(query.quizBestsOf ?? "").as("__quizBests")),
		)
		// A CTE's output order is not guaranteed: sort again (the page is at most `limit` rows).
		.orderBy(order)
		.orderBy("id", "asc")
		.execute();
	if (rows.length === 0 && query.offset > 0) {
		// Past the end: the total came with no row, so count on its own.
		const [counted] = await total.execute();
		return {
			rows: [],
			total: Number(counted?.n ?? 0),
			quizBests: query.quizBestsOf ? [] : undefined,
		};
	}
	return {
		rows: rows.map(({ __total: _t, __quizBests: _q, ...row }) => row),
		total: Number(rows[0]?.__total ?? 0),
		quizBests: query.quizBestsOf
			? rows.flatMap((r) => r.__quizBests as QuizBest[])
			: undefined,
	};
}
