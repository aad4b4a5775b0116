import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import { memoryAdapter } from "./helpers/databases";
import { makeStack, seedCourse, users } from "./helpers/fixtures";

/**
 * Two rules every endpoint keeps: identity before lookup (an anonymous caller of a personal or
 * instructor endpoint gets 401 whether or not the id exists), and one error shape for every 4xx
 * (`{ code, message, issues? }`).
 */

let db: Adapter;
let seeded: Awaited<ReturnType<typeof seedCourse>>;
let call: ReturnType<typeof makeStack>["call"];

beforeEach(async () => {
	db = memoryAdapter();
	seeded = await seedCourse(db);
	call = makeStack(db).call;
});

/** Every personal and instructor endpoint, with a real id and a missing one. */
const personalEndpoints = (): [string, string, unknown?][] => {
	const ids = {
		course: seeded.course.id,
		section: seeded.section.id,
		lesson: seeded.text.id,
		quiz: seeded.quiz.id,
	};
	const routes: [string, (id: Record<string, string>) => string, unknown?][] = [
		["POST", (i) => `/school/courses/${i.course}/enroll`],
		["GET", (i) => `/school/courses/${i.course}/enrollment`],
		["POST", (i) => `/school/enrollments/${i.course}/cancel`],
		["POST", (i) => `/school/lessons/${i.lesson}/complete`],
		["PUT", (i) => `/school/lessons/${i.lesson}/position`, { positionSecs: 1 }],
		["POST", (i) => `/school/lessons/${i.quiz}/attempts`, { answers: [] }],
		["GET", (i) => `/school/lessons/${i.quiz}/attempts`],
		["GET", (i) => `/school/instructor/courses/${i.course}`],
		["GET", (i) => `/school/instructor/courses/${i.course}/students`],
		["GET", (i) => `/school/instructor/courses/${i.course}/analytics`],
		["PATCH", (i) => `/school/courses/${i.course}`, { title: "X" }],
		["DELETE", (i) => `/school/courses/${i.course}`],
		["POST", (i) => `/school/courses/${i.course}/sections`, { title: "S" }],
		["PATCH", (i) => `/school/sections/${i.section}`, { title: "S" }],
		["DELETE", (i) => `/school/sections/${i.section}`],
		[
			"POST",
			(i) => `/school/courses/${i.course}/lessons`,
			{ title: "L", type: "text" },
		],
		["PATCH", (i) => `/school/lessons/${i.lesson}`, { title: "L" }],
		["DELETE", (i) => `/school/lessons/${i.lesson}`],
		["PUT", (i) => `/school/courses/${i.course}/curriculum`, { sections: [] }],
	];
	const missing = {
		course: "nope",
		section: "nope",
		lesson: "nope",
		quiz: "nope",
	};
	return routes.flatMap(([method, path, body]) => [
		[method, path(ids), body],
		[method, path(missing), body],
	]);
};

describe("identity before lookup", () => {
	it("anonymous callers get 401 from every personal and instructor endpoint, existing id or not", async () => {
		for (const [method, path, body] of personalEndpoints()) {
			const res = await call("anonymous", method, path, body);
			expect(res.status, `${method} ${path}`).toBe(401);
			expect(res.json, `${method} ${path}`).toMatchObject({
				code: "unauthorized",
				message: expect.any(String),
			});
		}
		expect(
			(await call("anonymous", "GET", "/school/me/enrollments")).status,
		).toBe(401);
		expect(
			(await call("anonymous", "GET", "/school/instructor/courses")).status,
		).toBe(401);
	});

	it("a learner gets 403 from instructor endpoints, existing id or not", async () => {
		for (const path of [
			`/school/lessons/${seeded.text.id}`,
			"/school/lessons/nope",
			"/school/sections/nope",
		]) {
			const res = await call("student", "PATCH", path, { title: "X" });
			expect(res.status, path).toBe(403);
			expect(res.json.code).toBe("forbidden");
		}
	});
});

describe("one error shape", () => {
	it("body validation: VALIDATION_ERROR with issues whose paths are relative to the body", async () => {
		const res = await call(
			"owner",
			"POST",
			`/school/courses/${seeded.course.id}/lessons`,
			{ title: "", type: "nope" },
		);
		expect(res.status).toBe(400);
		expect(res.json.code).toBe("VALIDATION_ERROR");
		expect(res.json.message).toMatch(/title/);
		const paths = res.json.issues.map((i: { path: string[] }) => i.path);
		expect(paths).toEqual(expect.arrayContaining([["title"], ["type"]]));
		for (const issue of res.json.issues) {
			expect(typeof issue.message).toBe("string");
			expect(issue.path.every((p: unknown) => typeof p === "string")).toBe(
				true,
			);
		}
	});

	it("quiz content problems point into the content", async () => {
		const quiz = {
			questions: [
				{ id: "q1", type: "single", prompt: "", options: [], correct: [] },
			],
		};
		const res = await call(
			"owner",
			"POST",
			`/school/courses/${seeded.course.id}/lessons`,
			{ title: "Q", type: "quiz", content: JSON.stringify(quiz) },
		);
		expect(res.status).toBe(400);
		expect(res.json.code).toBe("VALIDATION_ERROR");
		expect(res.json.issues).toContainEqual({
			path: ["content", "questions", "0", "prompt"],
			message: expect.any(String),
		});
		const update = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.text.id}`,
			{
				type: "quiz",
			},
		);
		expect(update.status).toBe(400);
		expect(update.json).toMatchObject({
			code: "VALIDATION_ERROR",
			issues: [{ path: ["content"], message: expect.any(String) }],
		});
		const badJson = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.quiz.id}`,
			{
				content: "{nope",
			},
		);
		expect(badJson.json).toMatchObject({
			code: "VALIDATION_ERROR",
			issues: [
				{ path: ["content"], message: "Quiz content must be valid JSON" },
			],
		});
	});

	it("query validation has the same shape", async () => {
		const res = await call(
			"anonymous",
			"GET",
			"/school/courses?limit=1000&sort=x",
		);
		expect(res.status).toBe(400);
		expect(res.json.code).toBe("VALIDATION_ERROR");
		const paths = res.json.issues.map((i: { path: string[] }) => i.path);
		expect(paths).toEqual(expect.arrayContaining([["limit"], ["sort"]]));
	});

	it("every other 4xx has a code and a message", async () => {
		const enrolled = await call(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expect(enrolled.status).toBe(201);
		const cases: [
			number,
			string,
			Promise<{ status: number; json: { code: string; message: string } }>,
		][] = [
			[404, "not_found", call("anonymous", "GET", "/school/courses/nope")],
			[404, "not_found", call("student", "GET", "/school/certificates/nope")],
			[
				403,
				"forbidden",
				call("student", "POST", "/school/courses", { title: "X" }),
			],
			[
				403,
				"forbidden",
				call(
					"otherInstructor",
					"PATCH",
					`/school/courses/${seeded.course.id}`,
					{ title: "X" },
				),
			],
			[
				400,
				"quiz_lesson",
				call("student", "POST", `/school/lessons/${seeded.quiz.id}/complete`),
			],
			[
				409,
				"has_learners",
				call("owner", "DELETE", `/school/courses/${seeded.course.id}`),
			],
			[
				400,
				"VALIDATION_ERROR",
				call("owner", "PUT", `/school/courses/${seeded.course.id}/curriculum`, {
					sections: [],
				}),
			],
		];
		for (const [status, code, pending] of cases) {
			const res = await pending;
			expect([res.status, res.json.code], code).toEqual([status, code]);
			expect(res.json.message.length, code).toBeGreaterThan(0);
		}
	});

	it("the instructor course endpoint gives managers the full curriculum with answer keys", async () => {
		const res = await call(
			"admin",
			"GET",
			`/school/instructor/courses/${seeded.course.id}`,
		);
		expect(res.status).toBe(200);
		expect(res.json.lessonOrder).toHaveLength(3);
		const quiz = res.json.lessons.find(
			(l: { id: string }) => l.id === seeded.quiz.id,
		);
		expect(quiz.quiz.questions[0].correct).toEqual(["a"]);
		const text = res.json.lessons.find(
			(l: { id: string }) => l.id === seeded.text.id,
		);
		expect(text.content).toMatch(/Secret paid content/);
		expect(
			(
				await call(
					"otherInstructor",
					"GET",
					`/school/instructor/courses/${seeded.course.id}`,
				)
			).status,
		).toBe(403);
		expect(
			(await call("owner", "GET", "/school/instructor/courses/nope")).status,
		).toBe(404);
		expect(users.owner.id).toBe(seeded.course.instructorId);
	});
});
