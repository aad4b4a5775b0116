import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import { getCourseById } from "../../src/api/getters";
import {
	type ApiResponse,
	expectError,
	expectStatus,
	type SchoolApiClient,
	type SeededCourse,
	type SeededSchool,
	seededSchool,
} from "../helpers/api";
import { seedCourse, users, type Who } from "../helpers/fixtures";

let db: Adapter;
let api: SchoolApiClient;
let seeded: SeededCourse;
let school: SeededSchool;
beforeEach(async () => {
	school = await seededSchool();
	({ db, api, seeded } = school);
});

describe("instructor endpoints: authorization", () => {
	type Request = {
		name: string;
		send: (who: Who) => Promise<ApiResponse>;
		ok: number;
	};
	/** Every management request against the seeded course, with its success status. */
	const managed = (): Request[] => [
		{
			name: "PUT /school/courses/:id/curriculum",
			send: (who) =>
				api.saveCurriculum(who, seeded.course.id, {
					sections: [
						{
							id: seeded.section.id,
							lessonIds: [seeded.quiz.id, seeded.text.id, seeded.video.id],
						},
					],
				}),
			ok: 200,
		},
		{
			name: "PATCH /school/courses/:id",
			send: (who) =>
				api.updateCourse(who, seeded.course.id, { title: "Renamed" }),
			ok: 200,
		},
		{
			name: "POST /school/courses/:id/sections",
			send: (who) => api.createSection(who, seeded.course.id, { title: "New" }),
			ok: 201,
		},
		{
			name: "PATCH /school/sections/:id",
			send: (who) =>
				api.updateSection(who, seeded.section.id, { title: "Sec" }),
			ok: 200,
		},
		{
			name: "POST /school/courses/:id/lessons",
			send: (who) =>
				api.createLesson(who, seeded.course.id, {
					title: "L",
					type: "text",
					content: "x",
				}),
			ok: 201,
		},
		{
			name: "PATCH /school/lessons/:id",
			send: (who) => api.updateLesson(who, seeded.text.id, { title: "T" }),
			ok: 200,
		},
		{
			name: "GET /school/instructor/courses/:id/students",
			send: (who) => api.roster(who, seeded.course.id),
			ok: 200,
		},
		{
			name: "GET /school/instructor/courses/:id/students?format=csv",
			send: (who) => api.roster(who, seeded.course.id, { format: "csv" }),
			ok: 200,
		},
		{
			name: "GET /school/instructor/courses/:id/analytics",
			send: (who) => api.analytics(who, seeded.course.id),
			ok: 200,
		},
		{
			name: "DELETE /school/lessons/:id",
			send: (who) => api.deleteLesson(who, seeded.video.id),
			ok: 200,
		},
		{
			name: "DELETE /school/sections/:id",
			send: (who) => api.deleteSection(who, seeded.section.id),
			ok: 200,
		},
		{
			name: "DELETE /school/courses/:id",
			send: (who) => api.deleteCourse(who, seeded.course.id),
			ok: 200,
		},
	];

	async function snapshot() {
		return JSON.stringify({
			courses: await db.findMany({
				model: "course",
				sortBy: { field: "id", direction: "asc" },
			}),
			sections: await db.findMany({
				model: "section",
				sortBy: { field: "id", direction: "asc" },
			}),
			lessons: await db.findMany({
				model: "lesson",
				sortBy: { field: "id", direction: "asc" },
			}),
		});
	}

	it("anonymous 401, students 403, other instructor 403, and nothing changes", async () => {
		await school.enrollAs("student");
		const before = await snapshot();
		const expected: [Who, number][] = [
			["anonymous", 401],
			["student", 403],
			["otherStudent", 403],
			["otherInstructor", 403],
		];
		for (const request of managed()) {
			for (const [who, status] of expected) {
				const res = await request.send(who);
				expectError(res, status);
				expect(res.text, `${who} ${request.name}`).not.toContain("Sam Student");
			}
		}
		expect(await snapshot()).toBe(before);
	});

	it("the owner and admins may do everything", async () => {
		for (const who of ["owner", "admin"] as Who[]) {
			seeded = await seedCourse(db, { title: `Course of ${who}` });
			for (const request of managed()) {
				const res = await request.send(who);
				expect(res.status, `${who} ${request.name}: ${res.text}`).toBe(
					request.ok,
				);
			}
			expect(await getCourseById(db, seeded.course.id)).toBeNull();
		}
	});

	it("unknown ids are 404 for the owner", async () => {
		for (const send of [
			() => api.updateCourse("owner", "nope", { title: "x" }),
			() => api.deleteCourse("owner", "nope"),
			() => api.createSection("owner", "nope", { title: "x" }),
			() => api.updateSection("owner", "nope", { title: "x" }),
			() => api.deleteSection("owner", "nope"),
			() => api.createLesson("owner", "nope", { title: "x", type: "text" }),
			() => api.updateLesson("owner", "nope", { title: "x" }),
			() => api.deleteLesson("owner", "nope"),
			() => api.saveCurriculum("owner", "nope", { sections: [] }),
			() => api.roster("owner", "nope"),
			() => api.analytics("owner", "nope"),
		]) {
			expectError(await send(), 404);
		}
	});

	it("POST /school/courses needs an instructor role; the owner is the caller, never the body", async () => {
		expectError(await api.createCourse("anonymous", { title: "X" }), 401);
		expectError(await api.createCourse("student", { title: "X" }), 403);
		const res = await api.createCourse("otherInstructor", { title: "Mine" });
		expectStatus(res, 201);
		expect(res.json).toMatchObject({
			title: "Mine",
			slug: "mine",
			status: "draft",
			instructorId: users.otherInstructor.id,
			instructorName: "Ian Other",
			enrollmentCount: 0,
		});
		for (const field of [
			{ instructorId: users.otherInstructor.id },
			{ instructorName: "Someone" },
			{ enrollmentCount: 1000 },
			{ completionCount: 5 },
			{ lessonCount: 99 },
			{ id: "chosen-id" },
			{ createdAt: "2020-01-01T00:00:00Z" },
			{ searchText: "x" },
		]) {
			const bad = await api.createCourse("owner", {
				title: "Forged",
				...field,
			});
			expectError(bad, 400);
		}
		expect(
			await db.count({
				model: "course",
				where: [{ field: "title", value: "Forged" }],
			}),
		).toBe(0);
	});

	it("PATCH refuses ownership and counter changes (strict bodies)", async () => {
		for (const body of [
			{ instructorId: users.otherInstructor.id },
			{ enrollmentCount: 500 },
			{ completionCount: 1 },
			{ lessonCount: 0 },
		]) {
			expectError(await api.updateCourse("owner", seeded.course.id, body), 400);
		}
		for (const body of [{ courseId: "other" }, { createdAt: "2020-01-01" }]) {
			expectError(await api.updateLesson("owner", seeded.text.id, body), 400);
		}
		expectError(
			await api.createSection("owner", seeded.course.id, {
				title: "S",
				courseId: "other",
			}),
			400,
		);
		const row = await school.courseRow();
		expect(row).toMatchObject({
			instructorId: users.owner.id,
			enrollmentCount: 0,
			lessonCount: 3,
		});
	});

	it("a student cannot move a lesson into their own course or onto someone else's section", async () => {
		const theirs = await seedCourse(db, { title: "Theirs" });
		const res = await api.updateLesson("owner", seeded.text.id, {
			sectionId: theirs.section.id,
		});
		expectError(res, 400);
		const curriculum = await api.saveCurriculum("owner", seeded.course.id, {
			sections: [
				{
					id: seeded.section.id,
					lessonIds: [seeded.video.id, seeded.text.id, theirs.quiz.id],
				},
			],
		});
		expectError(curriculum, 400);
		const other = await api.saveCurriculum(
			"otherInstructor",
			theirs.course.id,
			{
				sections: [],
				unsectionedLessonIds: [],
			},
		);
		expectError(other, 403);
	});
});
