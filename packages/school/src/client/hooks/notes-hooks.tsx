"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateNoteInput, UpdateNoteInput } from "../../schemas.js";
import type { SerializedNote } from "../../types.js";
import { apiUrl, schoolFetch } from "../fetcher.js";
import { useApiTarget } from "./use-school.js";

/**
 * Notes and bookmarks of the signed-in learner. Private data: never prefetched on the server,
 * never shared between users (the keys live under `school/notes`, and signing out clears the
 * app's query client along with everything else it holds).
 */

const enc = encodeURIComponent;

interface NotePage {
	items: SerializedNote[];
	total: number;
	limit: number;
	offset: number;
}

export const noteKeys = {
	all: ["school", "notes"] as const,
	lesson: (lessonId: string) =>
		["school", "notes", "lesson", lessonId] as const,
	course: (courseId: string) =>
		["school", "notes", "course", courseId] as const,
};

/** One scope's notes (the first 100, in writing order): `/school/{lessons|courses}/:id/notes`. */
function useNotes(
	scope: "lesson" | "course",
	id: string,
	{ enabled = true }: { enabled?: boolean },
) {
	const target = useApiTarget();
	const path = `/school/${scope === "lesson" ? "lessons" : "courses"}/${enc(id)}/notes`;
	return useQuery({
		queryKey: noteKeys[scope](id),
		enabled,
		queryFn: ({ signal }) =>
			schoolFetch<NotePage>(target, path, { query: { limit: 100 }, signal }),
	});
}

/** The learner's notes on a lesson (the first 100, in writing order). */
export function useLessonNotes(
	lessonId: string,
	options: { enabled?: boolean } = {},
) {
	return useNotes("lesson", lessonId, options);
}

/** The learner's notes across a course, with lesson titles. */
export function useCourseNotes(
	courseId: string,
	options: { enabled?: boolean } = {},
) {
	return useNotes("course", courseId, options);
}

/** Where the course's notes download as Markdown (a plain link: the browser saves the file). */
export function useNotesExportUrl(courseId: string): string {
	return apiUrl(useApiTarget(), `/school/courses/${enc(courseId)}/notes`, {
		format: "md",
	});
}

/** Add, edit and delete notes; every change refreshes the learner's note lists. */
export function useNoteMutations(lessonId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	const refresh = () =>
		queryClient.invalidateQueries({ queryKey: noteKeys.all });
	return {
		add: useMutation({
			mutationFn: (input: CreateNoteInput) =>
				schoolFetch<SerializedNote>(
					target,
					`/school/lessons/${enc(lessonId)}/notes`,
					{ method: "POST", body: input },
				),
			onSuccess: refresh,
		}),
		update: useMutation({
			mutationFn: ({ id, ...input }: UpdateNoteInput & { id: string }) =>
				schoolFetch<SerializedNote>(target, `/school/notes/${enc(id)}`, {
					method: "PATCH",
					body: input,
				}),
			onSuccess: refresh,
		}),
		remove: useMutation({
			mutationFn: (id: string) =>
				schoolFetch<{ ok: true }>(target, `/school/notes/${enc(id)}`, {
					method: "DELETE",
				}),
			onSuccess: refresh,
		}),
	};
}
