import {
	createCourse,
	createLesson,
	createSection,
	updateCourse,
} from "btst-school/api";
import type { SeedCourse } from "./seed-content";

type Db = Parameters<typeof createCourse>[0];

/**
 * Writes one course of `seed-content.ts` (course, sections, lessons in reading order, then
 * published if it says so) through the school's mutations. The demo's seed calls it for each
 * missing course; the export/import round-trip test writes the demo courses with it too.
 */
export async function writeSeedCourse(
	db: Db,
	course: SeedCourse,
	instructor: { id: string; name?: string | null },
) {
	const created = await createCourse(
		db,
		{
			title: course.title,
			slug: course.slug,
			description: course.description,
			coverImage: `/covers/${course.slug}.svg`,
			category: course.category,
			tags: course.tags,
			difficulty: course.difficulty,
			durationMins:
				course.durationMins ??
				course.sections
					.flatMap((s) => s.lessons)
					.reduce((sum, l) => sum + (l.durationMins ?? 0), 0),
			price: course.price ?? 0,
			currency: course.currency ?? "USD",
			maxStudents: course.maxStudents ?? null,
		},
		{ id: instructor.id, name: instructor.name ?? null },
	);
	let lessonOrder = 0;
	for (const [sectionIndex, section] of course.sections.entries()) {
		const createdSection = await createSection(db, created.id, {
			title: section.title,
			order: sectionIndex,
		});
		for (const lesson of section.lessons) {
			await createLesson(db, created.id, {
				title: lesson.title,
				type: lesson.type,
				sectionId: createdSection.id,
				content: lesson.quiz
					? JSON.stringify(lesson.quiz)
					: (lesson.content ?? null),
				videoUrl: lesson.videoUrl ?? null,
				captionsUrl: lesson.captionsUrl ?? null,
				durationMins: lesson.durationMins ?? null,
				order: lessonOrder++,
				isFreePreview: lesson.isFreePreview ?? false,
				resources: lesson.resources ?? [],
			});
		}
	}
	if (course.status === "published")
		await updateCourse(db, created, { status: "published" });
	return created;
}
