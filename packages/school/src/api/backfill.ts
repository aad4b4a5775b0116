import type { Course, Enrollment } from "../types.js";
import { type Db, eq } from "./db-types.js";
import { learnerSearchFields } from "./learner-search.js";
import { courseSearchText } from "./search-index.js";
import { parseTags } from "./serializers.js";

/**
 * Fills the maintained search columns for rows written before those columns existed (or by
 * something other than the plugin): the catalog's `course.searchText` and the roster's
 * `enrollment.learnerSearch` / `learnerNameKey` / `learnerEmailKey`. The plugin writes them on
 * every create and update, so this is a one-off after an upgrade adds the columns: a row whose
 * column is empty is invisible to search and sorts last by name.
 *
 * Reads every course and enrollment in pages of 500 (ordered by `id`) and rewrites only the rows
 * whose stored values differ from what the plugin would write, so running it again is cheap in
 * writes and harmless. Works on every adapter (no SQL), which is why it reads rather than asks
 * for `IS NULL` rows: the adapters turn `eq null` into `= NULL`, which matches nothing.
 */

const PAGE = 500;

async function eachRow<T>(
	db: Db,
	model: string,
	visit: (row: T) => Promise<boolean>,
): Promise<number> {
	let changed = 0;
	for (let offset = 0; ; offset += PAGE) {
		const rows = await db.findMany<T>({
			model,
			sortBy: { field: "id", direction: "asc" },
			limit: PAGE,
			offset,
		});
		for (const row of rows) if (await visit(row)) changed += 1;
		if (rows.length < PAGE) return changed;
	}
}

/** Rows rewritten per model. */
export interface BackfillResult {
	courses: number;
	enrollments: number;
}

export async function backfillSearchColumns(db: Db): Promise<BackfillResult> {
	const courses = await eachRow<Course>(db, "course", async (course) => {
		const searchText = courseSearchText({
			...course,
			tags: parseTags(course.tags),
		});
		if (course.searchText === searchText) return false;
		await db.update({
			model: "course",
			where: [eq("id", course.id)],
			update: { searchText },
		});
		return true;
	});
	const enrollments = await eachRow<Enrollment>(
		db,
		"enrollment",
		async (enrollment) => {
			const fields = learnerSearchFields(
				enrollment.learnerName,
				enrollment.learnerEmail,
			);
			if (
				enrollment.learnerSearch === fields.learnerSearch &&
				(enrollment.learnerNameKey ?? null) === fields.learnerNameKey &&
				(enrollment.learnerEmailKey ?? null) === fields.learnerEmailKey
			)
				return false;
			await db.update({
				model: "enrollment",
				where: [eq("id", enrollment.id)],
				update: fields,
			});
			return true;
		},
	);
	return { courses, enrollments };
}
