import type { Adapter } from "@btst/stack/plugins/api";
import { z } from "zod";
import {
	createNoteSchema,
	pageQuerySchema,
	updateNoteSchema,
} from "../../schemas.js";
import * as notes from "../operations/notes.js";
import type { routeFactory } from "../pipeline.js";

/** `?format=md` downloads the whole course's notes as Markdown instead of a JSON page. */
const courseNotesQuerySchema = pageQuerySchema.extend({
	format: z.enum(["json", "md"]).default("json"),
});

/**
 * Notes and bookmarks: `GET/POST /school/lessons/:id/notes`, `PATCH/DELETE /school/notes/:id`,
 * `GET /school/courses/:id/notes`. Every one answers the signed-in author's own notes only.
 */
export function noteRoutes(
	route: ReturnType<typeof routeFactory>,
	db: Adapter,
) {
	return {
		listLessonNotes: route(
			"/school/lessons/:id/notes",
			{ method: "GET", query: pageQuerySchema },
			async ({ params, query, deps, viewer }) =>
				notes.lessonNotes(deps, await viewer(), params.id ?? "", query),
		),

		createNote: route(
			"/school/lessons/:id/notes",
			{ method: "POST", body: createNoteSchema, status: 201 },
			async ({ params, body, deps, actor }) =>
				notes.addNote(deps, await actor(), params.id ?? "", body),
		),

		updateNote: route(
			"/school/notes/:id",
			{ method: "PATCH", body: updateNoteSchema },
			async ({ params, body, deps, actor }) =>
				notes.editNote(deps, await actor(), params.id ?? "", body),
		),

		deleteNote: route(
			"/school/notes/:id",
			{ method: "DELETE" },
			async ({ params, deps, actor }) => {
				await notes.removeNote(deps, await actor(), params.id ?? "");
				return { ok: true };
			},
		),

		listCourseNotes: route(
			"/school/courses/:id/notes",
			{ method: "GET", query: courseNotesQuerySchema },
			async ({ params, query, viewer }) => {
				const { format, ...page } = query;
				if (format === "json")
					return notes.courseNotes(db, await viewer(), params.id ?? "", page);
				const file = await notes.exportCourseNotes(
					db,
					await viewer(),
					params.id ?? "",
				);
				return new Response(file.markdown, {
					headers: {
						"content-type": "text/markdown; charset=utf-8",
						"content-disposition": `attachment; filename="${file.filename}"`,
						// Private notes: never kept by a shared cache.
						"cache-control": "private, no-store",
					},
				});
			},
		),
	};
}
