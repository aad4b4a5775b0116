import { describe, expect, it } from "vitest";
import { seedCourses } from "../../../examples/nextjs/lib/seed-content";
import {
	createCourse,
	createLesson,
	createSection,
	updateCourse,
} from "../src/api/mutations";
import { createSchoolApi } from "../src/api/server-api";
import { memoryAdapter } from "./helpers/databases";
import { users } from "./helpers/fixtures";

/**
 * Every course of the demo (written as `examples/nextjs/lib/seed.ts` writes it) survives
 * export → import → export unchanged: the files compare equal but for the slug the import had
 * to make free.
 */
describe("demo courses round-trip through export and import", () => {
	for (const seed of seedCourses) {
		it(seed.slug, async () => {
			const db = memoryAdapter();
			const school = createSchoolApi(db);
			const course = await createCourse(
				db,
				{
					title: seed.title,
					slug: seed.slug,
					description: seed.description,
					coverImage: `/covers/${seed.slug}.svg`,
					category: seed.category,
					tags: seed.tags,
					difficulty: seed.difficulty,
					durationMins: seed.durationMins ?? null,
					price: seed.price ?? 0,
					currency: seed.currency ?? "USD",
					maxStudents: seed.maxStudents ?? null,
				},
				users.owner,
			);
			let order = 0;
			for (const [i, section] of seed.sections.entries()) {
				const row = await createSection(db, course.id, {
					title: section.title,
					order: i,
				});
				for (const lesson of section.lessons)
					await createLesson(db, course.id, {
						title: lesson.title,
						type: lesson.type,
						sectionId: row.id,
						content: lesson.quiz
							? JSON.stringify(lesson.quiz)
							: (lesson.content ?? null),
						videoUrl: lesson.videoUrl ?? null,
						captionsUrl: lesson.captionsUrl ?? null,
						durationMins: lesson.durationMins ?? null,
						order: order++,
						isFreePreview: lesson.isFreePreview ?? false,
						resources: lesson.resources ?? [],
					});
			}
			if (seed.status === "published")
				await updateCourse(db, course, { status: "published" });

			const file = await school.exportCourse(users.owner, course.id);
			expect(file.sections).toHaveLength(seed.sections.length);
			const copy = await school.importCourse(users.owner, file);
			expect(copy.slug).toBe(`${seed.slug}-2`);
			const again = await school.exportCourse(users.owner, copy.id);
			expect(again).toEqual({
				...file,
				course: { ...file.course, slug: copy.slug },
			});
		});
	}
});
