import type { z } from "zod";
import { createNoteSchema, updateNoteSchema } from "../../schemas.js";
import type { Note } from "../../types.js";
import { type Db, eq } from "../db-types.js";
import { SchoolError } from "../errors.js";

/** Where a new note belongs; `userId` is always the signed-in author. */
export interface NoteOwner {
	userId: string;
	courseId: string;
	lessonId: string;
}

/**
 * Bookmarks keep whole seconds: `number` columns are integers in SQL (a fraction is refused
 * there), and a second is as precise as a learner's "jump back here" needs.
 */
const roundPosition = (secs: number | null | undefined) =>
	secs == null ? null : Math.floor(secs);

export function createNote(
	db: Db,
	owner: NoteOwner,
	rawInput: z.input<typeof createNoteSchema>,
): Promise<Note> {
	const input = createNoteSchema.parse(rawInput);
	const now = new Date();
	return db.create<Omit<Note, "id">, Note>({
		model: "note",
		data: {
			...owner,
			body: input.body,
			positionSecs: roundPosition(input.positionSecs),
			createdAt: now,
			updatedAt: now,
		},
	});
}

export async function updateNote(
	db: Db,
	note: Note,
	rawInput: z.input<typeof updateNoteSchema>,
): Promise<Note> {
	const input = updateNoteSchema.parse(rawInput);
	const update: Partial<Note> = { updatedAt: new Date() };
	if (input.body !== undefined) update.body = input.body;
	if (input.positionSecs !== undefined)
		update.positionSecs = roundPosition(input.positionSecs);
	const updated = await db.update<Note>({
		model: "note",
		where: [eq("id", note.id)],
		update,
	});
	if (!updated) throw new SchoolError(404, "Note not found");
	return updated;
}

export async function deleteNote(db: Db, note: Note): Promise<void> {
	await db.delete({ model: "note", where: [eq("id", note.id)] });
}
