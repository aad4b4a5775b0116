import { sql } from "kysely";
import { schoolSchema } from "../db.js";
import type { LessonContext, LessonContextQuery } from "./aggregates.js";
import type { AnyDb } from "./kysely-db.js";

type Model = "lesson" | "course" | "section" | "enrollment";

/**
 * A row that came as `to_jsonb(table)`, made the record the adapter returns: the schema's fields
 * and `id` only (an app's extra columns are left out, as the adapter leaves them out), dates as
 * `Date` (JSON has them as strings).
 */
function record<T>(
	model: Model,
	json: Record<string, unknown> | null,
): T | null {
	if (!json) return null;
	const fields = schoolSchema.schema[model]?.fields ?? {};
	const out: Record<string, unknown> = { id: String(json.id) };
	for (const [name, field] of Object.entries(fields)) {
		const value = json[field.fieldName ?? name];
		out[name] =
			field.type === "date" && value != null
				? new Date(value as string)
				: value;
	}
	return out as T;
}

/**
 * `lessonContext` on PostgreSQL: the lesson with LEFT JOINs to its course, its section and the
 * user's enrollment (one per course and user: `enrollKey` is unique), each row as `jsonb`.
 */
export async function lessonContext(
	db: AnyDb,
	query: LessonContextQuery,
): Promise<LessonContext | null> {
	const row = await db
		.selectFrom("lesson as l")
		.leftJoin("course as c", "c.id", "l.courseId")
		.leftJoin("section as s", "s.id", "l.sectionId")
		.leftJoin("enrollment as e", (join) =>
			join
				.onRef("e.courseId", "=", "l.courseId")
				// No user: a condition no row meets, so no enrollment is read.
				.on(sql<boolean>`${sql.ref("e.userId")} = ${query.userId}`),
		)
		.select([
			sql<Record<string, unknown>>`to_jsonb(l)`.as("lesson"),
			sql<Record<string, unknown> | null>`to_jsonb(c)`.as("course"),
			sql<Record<string, unknown> | null>`to_jsonb(s)`.as("section"),
			sql<Record<string, unknown> | null>`to_jsonb(e)`.as("enrollment"),
		])
		.where("l.id", "=", query.lessonId)
		.executeTakeFirst();
	if (!row) return null;
	const lesson = record<LessonContext["lesson"]>("lesson", row.lesson);
	if (!lesson) return null;
	return {
		lesson,
		course: record("course", row.course),
		section: record("section", row.section),
		enrollment: record("enrollment", row.enrollment),
	};
}
