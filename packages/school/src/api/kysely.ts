import { sql } from "kysely";
import type { LessonType } from "../types.js";
import type {
	AggregateWhere,
	BestTotal,
	BestTotalsQuery,
	CourseOutline,
	CourseOutlineQuery,
	FacetTotal,
	FacetTotalsQuery,
	GroupTotal,
	GroupTotalsQuery,
	SchoolAggregates,
} from "./aggregates.js";
import type { AnyDb, AnySelect } from "./kysely-db.js";
import { lessonContext } from "./kysely-lesson.js";
import { rosterPage } from "./kysely-roster.js";

function withWhere<Q extends AnySelect>(select: Q, where: AggregateWhere[]): Q {
	let q = select;
	for (const w of where) {
		q =
			w.operator === "in"
				? (q.where(sql.ref(w.field), "in", w.value as string[]) as Q)
				: (q.where(
						sql.ref(w.field),
						w.operator === "gte" ? ">=" : "=",
						w.value,
					) as Q);
	}
	return q;
}

/**
 * `SchoolAggregates` on a Kysely database (`btst-school/api/kysely`): each grouped total is one
 * `SELECT key, count(*), sum(field) … GROUP BY key`. Pass it as `aggregates` to
 * `schoolBackendPlugin` next to `@btst/adapter-kysely`, on the same Kysely instance. Assumes the
 * default schema, where table and column names are the plugin's model and field names.
 * `facetTotals`, `bestTotals`, `rosterPage`, `courseOutline` and `lessonContext` use PostgreSQL
 * (`jsonb`, `bool_or`, `FILTER`, `strpos`, `::` casts); on another dialect drop them from the
 * object and the plugin reads rows for those instead.
 */
export function kyselyAggregates(db: AnyDb): SchoolAggregates {
	return {
		async groupTotals(query: GroupTotalsQuery): Promise<GroupTotal[]> {
			const select = db
				.selectFrom(query.model)
				.select([
					sql<string>`${sql.ref(query.groupBy)}`.as("key"),
					sql<number>`count(*)`.as("count"),
					query.sum
						? sql<number>`coalesce(sum(${sql.ref(query.sum)}), 0)`.as("sum")
						: sql<number>`0`.as("sum"),
				])
				.groupBy(sql.ref(query.groupBy));
			const rows = await withWhere(select, query.where).execute();
			// count/sum arrive as strings from Postgres (bigint/numeric): make them numbers.
			return rows.map((r) => ({
				key: String(r.key),
				count: Number(r.count),
				sum: Number(r.sum),
			}));
		},

		async bestTotals(query: BestTotalsQuery): Promise<BestTotal[]> {
			// Each member's best once per group, then the group's totals over those.
			const perMember = withWhere(
				db
					.selectFrom(query.model)
					.select([
						sql<string>`${sql.ref(query.groupBy)}`.as("key"),
						sql<number>`max(${sql.ref(query.best)})`.as("best"),
						sql<boolean>`bool_or(${sql.ref(query.flag)})`.as("flag"),
						// Every row too (withRows): attempts, their score sum, passes.
						sql<number>`count(*)`.as("rows"),
						sql<number>`sum(${sql.ref(query.best)})`.as("rowsSum"),
						sql<number>`count(*) filter (where ${sql.ref(query.flag)})`.as(
							"rowsFlagged",
						),
					])
					.groupBy([sql.ref(query.groupBy), sql.ref(query.member)]),
				query.where,
			);
			const rows = await db
				.selectFrom(perMember.as("m"))
				.select([
					"m.key",
					sql<number>`count(*)`.as("members"),
					sql<number>`coalesce(sum(m.best), 0)`.as("sumOfBest"),
					sql<number>`count(*) filter (where m.flag)`.as("flagged"),
					sql<number>`coalesce(sum(m.rows), 0)`.as("rows"),
					sql<number>`coalesce(sum(m."rowsSum"), 0)`.as("rowsSum"),
					sql<number>`coalesce(sum(m."rowsFlagged"), 0)`.as("rowsFlagged"),
				])
				.groupBy("m.key")
				.execute();
			return rows.map((r) => ({
				key: String(r.key),
				members: Number(r.members),
				sumOfBest: Number(r.sumOfBest),
				flagged: Number(r.flagged),
				rows: Number(r.rows),
				rowsSum: Number(r.rowsSum),
				rowsFlagged: Number(r.rowsFlagged),
			}));
		},

		async facetTotals(query: FacetTotalsQuery): Promise<FacetTotal[]> {
			// Tags are a JSON array in a text column: one row per string element.
			const value =
				query.facet === "tags" ? sql.ref("t.value") : sql.ref(query.facet);
			let select = db.selectFrom("course");
			if (query.facet === "tags")
				select = select.innerJoin(
					sql<{
						value: string;
					}>`lateral (select e #>> '{}' as value from jsonb_array_elements(coalesce(nullif("course"."tags", ''), '[]')::jsonb) e where jsonb_typeof(e) = 'string')`.as(
						"t",
					),
					(join) => join.onTrue(),
				) as typeof select;
			let q = select
				.select([
					sql<string>`lower(${value})`.as("key"),
					sql<string>`min(${value})`.as("label"),
					sql<number>`count(*)`.as("count"),
				])
				.where(value, "is not", null)
				.where(value, "<>", "")
				.groupBy(sql`lower(${value})`);
			for (const w of query.where) {
				q =
					w.operator === "contains"
						? q.where(
								sql<boolean>`strpos(${sql.ref(`course.${w.field}`)}, ${String(w.value)}) > 0`,
							)
						: q.where(
								sql.ref(`course.${w.field}`),
								w.operator === "gt" ? ">" : "=",
								w.value,
							);
			}
			const rows = await q.execute();
			return rows.map((r) => ({
				key: String(r.key),
				label: String(r.label),
				count: Number(r.count),
			}));
		},

		courseOutline: (query) => courseOutline(db, query),

		lessonContext: (query) => lessonContext(db, query),

		rosterPage: (query) => rosterPage(db, query),
	};
}

/** The outline union's columns, in order, and the SQL type each part's missing ones take. */
const OUTLINE_COLUMNS = {
	courseId: "text",
	sectionId: "text",
	order: "integer",
	title: "text",
	type: "text",
	enrollmentId: "text",
	durationMins: "integer",
	isFreePreview: "boolean",
	dripDays: "integer",
	// Untyped: the section and lesson parts give it their own column's type (timestamp with or
	// without time zone, whichever the app's migration made); a cast here would shift values.
	dripDate: null,
} as const;
type OutlineColumn = keyof typeof OUTLINE_COLUMNS;

/**
 * The courses' sections and lessons (no bodies) and the enrollments' completed lessons as one
 * `UNION ALL`, its rows told apart by `kind` (the plugin sorts them: see `getters/outline.ts`).
 */
async function courseOutline(
	db: AnyDb,
	query: CourseOutlineQuery,
): Promise<CourseOutline> {
	/** One part of the union: `kind`, `id`, then every outline column, the table's own or null. */
	const part = (
		table: string,
		kind: string,
		id: string,
		own: OutlineColumn[],
	) =>
		db
			.selectFrom(table)
			.select([
				sql<string>`${kind}::text`.as("kind"),
				sql<string>`${sql.ref(id)}`.as("id"),
				...Object.entries(OUTLINE_COLUMNS).map(([column, type]) =>
					(own.includes(column as OutlineColumn)
						? sql`${sql.ref(column)}`
						: type
							? sql`null::${sql.raw(type)}`
							: sql`null`
					).as(column),
				),
			]);
	const drip: OutlineColumn[] = ["dripDays", "dripDate"];
	let outline = part("section", "section", "id", [
		"courseId",
		"order",
		"title",
		...drip,
	])
		.where("courseId", "in", query.courseIds)
		.unionAll(
			part("lesson", "lesson", "id", [
				"courseId",
				"sectionId",
				"order",
				"title",
				"type",
				"durationMins",
				"isFreePreview",
				...drip,
			]).where("courseId", "in", query.courseIds),
		);
	if (query.completedBy.length)
		outline = outline.unionAll(
			part("lessonProgress", "completed", "lessonId", ["enrollmentId"])
				.where("enrollmentId", "in", query.completedBy)
				.where("completed", "=", true),
		);
	const rows = await outline.execute();
	const result: CourseOutline = { sections: [], lessons: [], completed: [] };
	const numberOrNull = (v: unknown) => (v == null ? null : Number(v));
	const dateOrNull = (v: unknown) =>
		v == null ? null : new Date(v as string | Date);
	for (const row of rows) {
		// The union's rows, as the columns above name them.
		const r = row as Record<"kind" | "id" | OutlineColumn, unknown>;
		const text = (v: unknown) => String(v);
		if (r.kind === "section")
			result.sections.push({
				id: text(r.id),
				courseId: text(r.courseId),
				order: Number(r.order),
				title: text(r.title),
				dripDays: numberOrNull(r.dripDays),
				dripDate: dateOrNull(r.dripDate),
			});
		else if (r.kind === "lesson")
			result.lessons.push({
				id: text(r.id),
				courseId: text(r.courseId),
				sectionId: r.sectionId == null ? null : text(r.sectionId),
				order: Number(r.order),
				title: text(r.title),
				type: text(r.type) as LessonType,
				durationMins: numberOrNull(r.durationMins),
				isFreePreview: !!r.isFreePreview,
				dripDays: numberOrNull(r.dripDays),
				dripDate: dateOrNull(r.dripDate),
			});
		else
			result.completed.push({
				enrollmentId: text(r.enrollmentId),
				lessonId: text(r.id),
			});
	}
	return result;
}
