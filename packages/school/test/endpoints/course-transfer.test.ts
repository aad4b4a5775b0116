import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import { createSchoolApi } from "../../src/api/server-api";
import {
	expectStatus,
	type SchoolApiClient,
	type SeededCourse,
	schoolApiClient,
} from "../helpers/api";
import { memoryAdapter } from "../helpers/databases";
import { makeStack, seedCourse, users } from "../helpers/fixtures";

/** Duplicate, export and import (#19). */

let db: Adapter;
let api: SchoolApiClient;
let call: ReturnType<typeof makeStack>["call"];
let seeded: SeededCourse;

beforeEach(async () => {
	db = memoryAdapter();
	call = makeStack(db).call;
	api = schoolApiClient(call);
	seeded = await seedCourse(db);
	// Pacing fields travel too.
	await api.updateCourse("owner", seeded.course.id, {
		sequential: true,
		accessDays: 30,
	});
	await api.updateLesson("owner", seeded.text.id, { dripDays: 2 });
	await api.updateSection("owner", seeded.section.id, {
		dripDate: "2026-05-01",
	});
	await api.createLesson("owner", seeded.course.id, {
		title: "Loose lesson",
		type: "text",
		content: "outside any section",
	});
});

const exportOf = (id: string) =>
	call("owner", "GET", `/school/courses/${id}/export`);
const importFile = (file: unknown) =>
	call("owner", "POST", "/school/courses/import", file);

describe("export and import", () => {
	it("round-trips exactly: export, import, export again", async () => {
		const first = await exportOf(seeded.course.id);
		expectStatus(first, 200);
		expect(first.json).toMatchObject({
			format: "btst-school/course",
			version: 1,
		});
		expect(first.json.sections[0].lessons).toHaveLength(3);
		expect(first.json.lessons).toHaveLength(1);
		const imported = await importFile(first.json);
		expectStatus(imported, 201);
		expect(imported.json.status).toBe("draft");
		expect(imported.json.slug).toBe("react-basics-2");
		const second = await exportOf(imported.json.id);
		expect({
			...second.json,
			course: { ...second.json.course, slug: "x" },
		}).toEqual({
			...first.json,
			course: { ...first.json.course, slug: "x" },
		});
		// Answer keys and resources came along.
		expect(JSON.stringify(second.json)).toContain("useState keeps state");
		expect(JSON.stringify(second.json)).toContain("https://react.dev");
	});

	it("managers only; imports are owned by the importer", async () => {
		expectStatus(
			await call(
				"otherInstructor",
				"GET",
				`/school/courses/${seeded.course.id}/export`,
			),
			403,
		);
		expectStatus(
			await call("student", "POST", "/school/courses/import", {}),
			403,
		);
		const file = (await exportOf(seeded.course.id)).json;
		const res = await call(
			"otherInstructor",
			"POST",
			"/school/courses/import",
			file,
		);
		expectStatus(res, 201);
		expect(res.json.instructorId).toBe(users.otherInstructor.id);
	});

	it("refuses bad files with paths and writes nothing", async () => {
		const courses = await db.count({ model: "course" });
		const lessons = await db.count({ model: "lesson" });
		expect((await importFile({ hello: 1 })).json.code).toBe("VALIDATION_ERROR");
		const wrongVersion = (await exportOf(seeded.course.id)).json;
		wrongVersion.version = 2;
		expectStatus(await importFile(wrongVersion), 400);

		const file = (await exportOf(seeded.course.id)).json;
		file.sections[0].lessons[2].content = "{not json";
		file.course.prerequisites = ["no-such-course"];
		const bad = await importFile(file);
		expectStatus(bad, 400);
		const paths = bad.json.issues.map((i: { path: string[] }) =>
			i.path.join("."),
		);
		expect(paths).toContain("sections.0.lessons.2.content");
		expect(paths).toContain("course.prerequisites.0");
		expect(await db.count({ model: "course" })).toBe(courses);
		expect(await db.count({ model: "lesson" })).toBe(lessons);
	});

	it("works through createSchoolApi", async () => {
		const school = createSchoolApi(db);
		const file = await school.exportCourse(users.owner, seeded.course.id);
		const copy = await school.importCourse(users.admin, file);
		expect(copy.status).toBe("draft");
		expect(await school.exportCourse(users.admin, copy.id)).toEqual({
			...file,
			course: { ...file.course, slug: copy.slug },
		});
	});
});

describe("duplicate", () => {
	it("deep-copies as a draft with a free slug and no learners", async () => {
		await api.enroll("student", seeded.course.id);
		expectStatus(
			await call(
				"otherInstructor",
				"POST",
				`/school/courses/${seeded.course.id}/duplicate`,
			),
			403,
		);
		const res = await call(
			"owner",
			"POST",
			`/school/courses/${seeded.course.id}/duplicate`,
		);
		expectStatus(res, 201);
		expect(res.json).toMatchObject({
			title: "React Basics (copy)",
			slug: "react-basics-copy",
			status: "draft",
			enrollmentCount: 0,
			lessonCount: 4,
		});
		const again = await call(
			"owner",
			"POST",
			`/school/courses/${seeded.course.id}/duplicate`,
		);
		expect(again.json.slug).toBe("react-basics-copy-2");
		const original = (await exportOf(seeded.course.id)).json;
		const copy = (await exportOf(res.json.id)).json;
		expect(copy.sections).toEqual(original.sections);
		expect(copy.lessons).toEqual(original.lessons);
		expect(
			await db.count({
				model: "enrollment",
				where: [{ field: "courseId", value: res.json.id }],
			}),
		).toBe(0);
	});
});
