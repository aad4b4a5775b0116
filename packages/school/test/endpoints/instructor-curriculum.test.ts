import { describe, expect, it } from "vitest";
import { getCourseById } from "../../src/api/getters";
import type { Lesson } from "../../src/types";
import { expectError, expectStatus } from "../helpers/api";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("instructor endpoints: deleting, curriculum and slugs", () => {
	it("DELETE a course with learners is refused (409)", async () => {
		await school.enrollAs("student");
		expectError(await api.deleteCourse("owner", seeded.course.id), 409);
		expect(await getCourseById(db, seeded.course.id)).not.toBeNull();
		expectStatus(await api.getCourse("anonymous", "react-basics"), 200);
	});

	it("DELETE a section keeps its lessons; DELETE a lesson recounts", async () => {
		expectStatus(await api.deleteSection("owner", seeded.section.id), 200);
		const page = await api.getCourse("owner", "react-basics");
		expect(page.json.sections).toEqual([]);
		expect(page.json.unsectionedLessons).toHaveLength(3);
		expectStatus(await api.deleteLesson("owner", seeded.video.id), 200);
		expect((await school.courseRow()).lessonCount).toBe(2);
		expectError(await api.getLesson("anonymous", seeded.video.id), 404);
	});

	it("PUT curriculum returns the new outline and refuses incomplete input", async () => {
		const res = await api.saveCurriculum("owner", seeded.course.id, {
			sections: [{ id: seeded.section.id, lessonIds: [seeded.quiz.id] }],
			unsectionedLessonIds: [seeded.video.id, seeded.text.id],
		});
		expectStatus(res, 200);
		expect(res.json.lessonOrder).toEqual([
			seeded.quiz.id,
			seeded.video.id,
			seeded.text.id,
		]);
		expect(res.json.unsectionedLessons.map((l: Lesson) => l.id)).toEqual([
			seeded.video.id,
			seeded.text.id,
		]);
		const bad = await api.saveCurriculum("owner", seeded.course.id, {
			sections: [{ id: seeded.section.id, lessonIds: [seeded.quiz.id] }],
		});
		expectError(bad, 400, /lesson/);
	});

	it("slug conflicts are 409, reserved slugs 400", async () => {
		const other = await api.createCourse("owner", { title: "Second" });
		expectStatus(other, 201);
		const clash = await api.updateCourse("owner", other.json.id, {
			slug: "react-basics",
		});
		expectError(clash, 409, /slug/);
		const dup = await api.createCourse("owner", {
			title: "Third",
			slug: "react-basics",
		});
		expectError(dup, 409);
		for (const slug of ["me", "instructor", "certificates"]) {
			expectError(
				await api.createCourse("owner", { title: "T", slug }),
				400,
				/reserved/,
			);
			expectError(
				await api.updateCourse("owner", other.json.id, { slug }),
				400,
			);
		}
		for (const title of ["Me", "Instructor", "Certificates"]) {
			const res = await api.createCourse("owner", { title });
			expectStatus(res, 201);
			expect(res.json.slug).toBe(`${title.toLowerCase()}-2`);
		}
	});
});
