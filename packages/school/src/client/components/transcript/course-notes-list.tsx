"use client";
import type { SerializedNote } from "../../../types.js";
import { useCourseNotes } from "../../hooks/notes-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { SchoolLink } from "../shared/link.js";
import { clockTime } from "./clock.js";

interface LessonGroup {
	lessonId: string;
	title: string;
	notes: SerializedNote[];
}

/** Notes grouped by lesson, lessons in the order their first note arrives from the API. */
function groupByLesson(
	notes: SerializedNote[],
	untitled: string,
): LessonGroup[] {
	const groups = new Map<string, LessonGroup>();
	for (const note of notes) {
		const group = groups.get(note.lessonId) ?? {
			lessonId: note.lessonId,
			// The API sends no title when the lesson row is gone (or was never found).
			title: note.lessonTitle ?? untitled,
			notes: [],
		};
		groups.set(note.lessonId, group);
		group.notes.push(note);
	}
	return [...groups.values()];
}

/**
 * The learner's notes across the whole course, read-only, grouped by lesson. Each note links to
 * its lesson page; editing happens on that lesson. Bookmarks show their time in the link, but
 * the link opens the lesson where the learner left it: the lesson page reads no start-time
 * parameter, so a `?t=` would be a promise the page does not keep.
 */
export function CourseNotesList({
	courseId,
	courseSlug,
}: {
	courseId: string;
	courseSlug: string;
}) {
	const { t, paths } = useSchool();
	const notes = useCourseNotes(courseId);
	if (notes.isError) {
		return (
			<p role="alert" className="text-sm text-destructive">
				{t.notesLoadError}
			</p>
		);
	}
	if (!notes.data) return null;
	if (notes.data.items.length === 0) {
		return (
			<p className="text-sm text-muted-foreground">{t.courseNotesEmpty}</p>
		);
	}
	const { items, total } = notes.data;
	return (
		<div data-testid="course-notes-list" className="flex flex-col gap-3">
			{groupByLesson(items, t.courseNotesUntitled).map((group) => (
				<section
					key={group.lessonId}
					data-testid="course-notes-group"
					aria-label={group.title}
				>
					<h3 className="text-sm font-semibold">{group.title}</h3>
					<ul>
						{group.notes.map((note) => (
							<li
								key={note.id}
								className="border-b border-border py-2 last:border-0"
							>
								<SchoolLink
									href={paths.lesson(courseSlug, note.lessonId)}
									data-testid="course-note-link"
									className="flex flex-col gap-0.5 rounded text-sm hover:underline"
								>
									{note.positionSecs != null ? (
										<span className="font-medium tabular-nums text-primary">
											{clockTime(note.positionSecs)}
										</span>
									) : null}
									<span className="whitespace-pre-wrap line-clamp-3">
										{note.body}
									</span>
								</SchoolLink>
							</li>
						))}
					</ul>
				</section>
			))}
			{total > items.length ? (
				<p className="text-sm text-muted-foreground">
					{t.courseNotesMore(items.length, total)}
				</p>
			) : null}
		</div>
	);
}
