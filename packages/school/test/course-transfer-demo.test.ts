import { describe, expect, it } from "vitest";
import { seedCourses } from "../../../examples/nextjs/lib/seed-content";
import { writeSeedCourse } from "../../../examples/nextjs/lib/seed-course";
import { createSchoolApi } from "../src/api/server-api";
import { memoryAdapter } from "./helpers/databases";
import { users } from "./helpers/fixtures";

/**
 * Every course of the demo (written by the demo seed's own `writeSeedCourse`) survives
 * export → import → export unchanged: the files compare equal but for the slug the import had
 * to make free.
 */
describe("demo courses round-trip through export and import", () => {
	for (const seed of seedCourses) {
		it(seed.slug, async () => {
			const db = memoryAdapter();
			const school = createSchoolApi(db);
			const course = await writeSeedCourse(db, seed, users.owner);

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
