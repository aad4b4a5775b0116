import type { z } from "zod";
import {
	type createNoteSchema,
	NOTES_PER_LESSON_MAX,
	type pageQuerySchema,
	type updateNoteSchema,
} from "../../schemas.js";
import type { Note, SerializedNote } from "../../types.js";
import { can, loadLesson, requireViewer, type Viewer } from "../access.js";
import { type Db, eq, findAll } from "../db-types.js";
import { SchoolError } from "../errors.js";
import {
	getCourseById,
	getCurriculum,
	orderLessons,
} from "../getters/catalog.js";
import {
	countLessonNotes,
	getNoteById,
	lessonTitlesOf,
	listCourseNotes,
	listLessonNotes,
} from "../getters/notes.js";
import * as notes from "../mutations/notes.js";
import type { Page } from "../pagination.js";
import { parsePage } from "../pagination.js";
import { type Actor, type OperationDeps, settingsOf } from "./context.js";

/**
 * Notes and bookmarks. Only the author ever reads or changes a note: not the course's
 * instructor, not an admin. Someone else's note answers 404, so its existence stays private.
 */

const iso = (d: Date | string) => new Date(d).toISOString();

export function serializeNote(
	note: Note,
	lessonTitle: string | null = null,
): SerializedNote {
	return {
		id: note.id,
		courseId: note.courseId,
		lessonId: note.lessonId,
		lessonTitle,
		body: note.body,
		positionSecs: note.positionSecs ?? null,
		createdAt: iso(note.createdAt),
		updatedAt: iso(note.updatedAt),
	};
}

/** One's own note: 401 without identity, 404 for a missing note or anyone else's. */
export async function loadOwnNote(
	db: Db,
	viewer: Viewer | null,
	noteId: string,
): Promise<Note> {
	const author = requireViewer(viewer);
	const note = await getNoteById(db, noteId);
	if (!note || !can(author, "note.own", note))
		throw new SchoolError(404, "Note not found");
	return note;
}

type PageQuery = z.input<typeof pageQuerySchema>;

/** A lesson the author may open now (the app's clock, so pacing answers as the player does). */
const openLesson = (deps: OperationDeps, author: Viewer, lessonId: string) =>
	loadLesson(
		deps.db,
		author,
		lessonId,
		settingsOf(deps.options).clock(),
		deps.options.aggregates,
	);

/** The viewer's notes on a lesson they may open (the lesson's own 401/403/404 rules). */
export async function lessonNotes(
	deps: OperationDeps,
	viewer: Viewer | null,
	lessonId: string,
	query: PageQuery,
): Promise<Page<SerializedNote>> {
	const author = requireViewer(viewer);
	const { lesson } = await openLesson(deps, author, lessonId);
	const page = await listLessonNotes(
		deps.db,
		author.id,
		lesson.id,
		parsePage(query),
	);
	return {
		...page,
		items: page.items.map((n) => serializeNote(n, lesson.title)),
	};
}

/** The viewer's notes in a course, with lesson titles. Empty for a course they wrote none in. */
export async function courseNotes(
	db: Db,
	viewer: Viewer | null,
	courseId: string,
	query: PageQuery,
): Promise<Page<SerializedNote>> {
	const author = requireViewer(viewer);
	const page = await listCourseNotes(db, author.id, courseId, parsePage(query));
	const titles = await lessonTitlesOf(db, page.items);
	return {
		...page,
		items: page.items.map((n) =>
			serializeNote(n, titles.get(n.lessonId) ?? null),
		),
	};
}

/** Adds a note to a lesson the actor may open; 409 `note_limit` past the per-lesson bound. */
export async function addNote(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: z.input<typeof createNoteSchema>,
): Promise<SerializedNote> {
	const { lesson } = await openLesson(deps, actor.viewer, lessonId);
	const count = await countLessonNotes(deps.db, actor.viewer.id, lesson.id);
	if (count >= NOTES_PER_LESSON_MAX)
		throw new SchoolError(
			409,
			`A lesson holds at most ${NOTES_PER_LESSON_MAX} notes`,
			"note_limit",
		);
	const note = await notes.createNote(
		deps.db,
		{ userId: actor.viewer.id, courseId: lesson.courseId, lessonId: lesson.id },
		input,
	);
	return serializeNote(note, lesson.title);
}

export async function editNote(
	deps: OperationDeps,
	actor: Actor,
	noteId: string,
	input: z.input<typeof updateNoteSchema>,
): Promise<SerializedNote> {
	const note = await loadOwnNote(deps.db, actor.viewer, noteId);
	return serializeNote(await notes.updateNote(deps.db, note, input));
}

export async function removeNote(
	deps: OperationDeps,
	actor: Actor,
	noteId: string,
): Promise<void> {
	await notes.deleteNote(
		deps.db,
		await loadOwnNote(deps.db, actor.viewer, noteId),
	);
}

const clock = (secs: number) => {
	const s = Math.floor(secs);
	const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
	const [h, m, sec] = hms.map((n) => String(n).padStart(2, "0"));
	return h === "00" ? `${m}:${sec}` : `${h}:${m}:${sec}`;
};

/**
 * Notes as Markdown: one heading per lesson (in the order given), each note a list item with
 * its video time. Note bodies are the learner's own Markdown and are kept as they are.
 */
export function notesToMarkdown(
	title: string,
	items: SerializedNote[],
): string {
	const lines = [`# ${title}`, ""];
	let lessonId: string | null = null;
	for (const note of items) {
		if (note.lessonId !== lessonId) {
			if (lessonId !== null) lines.push("");
			lessonId = note.lessonId;
			lines.push(`## ${note.lessonTitle ?? "Lesson"}`, "");
		}
		const at =
			note.positionSecs != null ? `**${clock(note.positionSecs)}** ` : "";
		const [first = "", ...rest] = note.body.split("\n");
		lines.push(`- ${at}${first}`, ...rest.map((l) => `  ${l}`));
	}
	return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * All of the viewer's notes in a course as Markdown, lessons in reading order and notes by
 * video time then writing time. 404 only when the course does not exist; a course the viewer
 * can no longer see still exports what they wrote there (the notes are theirs).
 */
export async function exportCourseNotes(
	db: Db,
	viewer: Viewer | null,
	courseId: string,
): Promise<{ filename: string; markdown: string }> {
	const author = requireViewer(viewer);
	const course = await getCourseById(db, courseId);
	if (!course) throw new SchoolError(404, "Course not found");
	const [rows, { sections, lessons }] = await Promise.all([
		findAll<Note>(db, {
			model: "note",
			where: [eq("userId", author.id), eq("courseId", course.id)],
		}),
		getCurriculum(db, course.id),
	]);
	const ordered = orderLessons(sections, lessons);
	const rank = new Map(ordered.map((l, i) => [l.id, i]));
	const title = new Map(ordered.map((l) => [l.id, l.title]));
	const sorted = rows
		.map((n) => serializeNote(n, title.get(n.lessonId) ?? null))
		.sort(
			(a, b) =>
				(rank.get(a.lessonId) ?? 1e9) - (rank.get(b.lessonId) ?? 1e9) ||
				(a.positionSecs ?? -1) - (b.positionSecs ?? -1) ||
				a.createdAt.localeCompare(b.createdAt),
		);
	return {
		filename: `${course.slug}-notes.md`,
		markdown: notesToMarkdown(course.title, sorted),
	};
}
