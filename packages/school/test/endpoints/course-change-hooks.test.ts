import { describe, expect, it, vi } from "vitest";
import type {
	SchoolCourseChange,
	SchoolHookContext,
} from "../../src/api/options";
import { expectStatus, schoolApiWith, seededSchool } from "../helpers/api";
import { users } from "../helpers/fixtures";

/**
 * `onCourseChanged`: every successful instructor write to a course tells the app once, with
 * the course, so it can refresh static pages; refused writes tell nothing, and a failing hook
 * never fails the write.
 */

async function hooked() {
	const school = await seededSchool();
	const changes: SchoolCourseChange[] = [];
	const onCourseChanged = vi.fn(
		(change: SchoolCourseChange, _context: SchoolHookContext) => {
			changes.push(change);
		},
	);
	const api = schoolApiWith(school.db, { hooks: { onCourseChanged } });
	return { ...school, api, changes, onCourseChanged };
}

const types = (changes: SchoolCourseChange[]) => changes.map((c) => c.type);

describe("onCourseChanged", () => {
	it("reports created, updated, unpublished, published, archived and deleted with the course", async () => {
		const { api, changes, onCourseChanged } = await hooked();
		const created = await api.createCourse("owner", { title: "Hooked" });
		expectStatus(created, 201);
		const id = created.json.id as string;
		expect(changes[0]).toMatchObject({
			type: "created",
			course: { id, title: "Hooked" },
		});
		expect(onCourseChanged.mock.calls[0]?.[1]).toMatchObject({
			user: { id: users.owner.id },
			headers: expect.any(Headers),
		});

		expectStatus(
			await api.updateCourse("owner", id, {
				title: "Hooked 2",
				slug: "hooked-2",
			}),
			200,
		);
		expect(changes[1]).toMatchObject({
			type: "updated",
			course: { title: "Hooked 2", slug: "hooked-2" },
			// The old slug's page needs refreshing too.
			previous: { title: "Hooked" },
		});
		expect(changes[1]?.previous?.slug).not.toBe("hooked-2");

		await api.createSection("owner", id, { title: "S" });
		await api.createLesson("owner", id, {
			title: "L",
			type: "text",
			content: "Hi",
		});
		await api.updateCourse("owner", id, { status: "published" });
		await api.updateCourse("owner", id, { status: "draft" });
		await api.updateCourse("owner", id, { status: "archived" });
		await api.deleteCourse("owner", id);
		expect(types(changes)).toEqual([
			"created",
			"updated",
			"curriculumChanged",
			"curriculumChanged",
			"published",
			"unpublished",
			"archived",
			"deleted",
		]);
		expect(changes.every((c) => c.course.id === id)).toBe(true);
	});

	it("reports every curriculum write (sections, lessons, order) with its course", async () => {
		const { api, changes, seeded } = await hooked();
		const courseId = seeded.course.id;
		const section = await api.createSection("owner", courseId, {
			title: "New",
		});
		expectStatus(section, 201);
		await api.updateSection("owner", section.json.id, { title: "Renamed" });
		const lesson = await api.createLesson("owner", courseId, {
			title: "Extra",
			type: "text",
			content: "x",
		});
		expectStatus(lesson, 201);
		await api.updateLesson("owner", lesson.json.id, { title: "Extra 2" });
		await api.deleteLesson("owner", lesson.json.id);
		await api.deleteSection("owner", section.json.id);
		expect(types(changes)).toEqual(Array(6).fill("curriculumChanged"));
		expect(changes.every((c) => c.course.id === courseId)).toBe(true);
	});

	it("says nothing about refused writes or reads", async () => {
		const { api, changes, seeded } = await hooked();
		const refused = await api.updateCourse(
			"otherInstructor",
			seeded.course.id,
			{ title: "Mine now" },
		);
		expectStatus(refused, 403);
		expectStatus(await api.createCourse("student", { title: "No" }), 403);
		expectStatus(
			await api.updateCourse("owner", seeded.course.id, { title: "" }),
			400,
		);
		await api.getCourse("anonymous", seeded.course.slug);
		await api.instructorCourses("owner");
		expect(changes).toEqual([]);
	});

	it("a failing hook is logged and the write still succeeds", async () => {
		const school = await seededSchool();
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const api = schoolApiWith(school.db, {
			hooks: {
				onCourseChanged: () => {
					throw new Error("cache purge down");
				},
			},
		});
		const res = await api.updateCourse("owner", school.seeded.course.id, {
			title: "Still saved",
		});
		expectStatus(res, 200);
		expect((await school.courseRow()).title).toBe("Still saved");
		expect(errors).toHaveBeenCalledTimes(1);
		errors.mockRestore();
	});
});
