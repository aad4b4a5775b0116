import type { Lesson, Note } from "../../types.js";
import { type Db, eq, inList } from "../db-types.js";
import type { Page } from "../pagination.js";
import { findStablePage } from "./stable-page.js";

/**
 * Notes are private to their author: every read here is scoped by `userId`, and the caller
 * passes the viewer's own id (the endpoints never take it from the request).
 */

export function getNoteById(db: Db, id: string): Promise<Note | null> {
	return db.findOne<Note>({ model: "note", where: [eq("id", id)] });
}

/** One page of a learner's notes, in the order they were written (ties by id). */
function listNotes(
	db: Db,
	where: ReturnType<typeof eq>[],
	page: { limit: number; offset: number },
): Promise<Page<Note>> {
	return findStablePage<Note>(
		db,
		{ model: "note", where, sortBy: { field: "createdAt", direction: "asc" } },
		page,
	);
}

/** The learner's notes on one lesson. */
export function listLessonNotes(
	db: Db,
	userId: string,
	lessonId: string,
	page: { limit: number; offset: number },
): Promise<Page<Note>> {
	return listNotes(db, [eq("userId", userId), eq("lessonId", lessonId)], page);
}

/** The learner's notes across one course. */
export function listCourseNotes(
	db: Db,
	userId: string,
	courseId: string,
	page: { limit: number; offset: number },
): Promise<Page<Note>> {
	return listNotes(db, [eq("userId", userId), eq("courseId", courseId)], page);
}

/** How many notes the learner keeps on a lesson: one COUNT, no rows read. */
export function countLessonNotes(
	db: Db,
	userId: string,
	lessonId: string,
): Promise<number> {
	return db.count({
		model: "note",
		where: [eq("userId", userId), eq("lessonId", lessonId)],
	});
}

/** Titles of the lessons some notes belong to, in one read. */
export async function lessonTitlesOf(
	db: Db,
	notes: Note[],
): Promise<Map<string, string>> {
	const ids = [...new Set(notes.map((n) => n.lessonId))];
	if (ids.length === 0) return new Map();
	const lessons = await db.findMany<Lesson>({
		model: "lesson",
		where: [inList("id", ids)],
		limit: ids.length,
	});
	return new Map(lessons.map((l) => [l.id, l.title]));
}
