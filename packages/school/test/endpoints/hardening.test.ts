import type { Adapter } from "@btst/stack/plugins/api";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryAdapter } from "../helpers/databases";
import {
	correctAnswers,
	sampleQuiz,
	seedCourse,
	wrongAnswers,
} from "../helpers/fixtures";
import { fill, rawStack, writeRoutes } from "../helpers/raw";

/**
 * Every failure is JSON with `code` and `message` (issue #12, items 3, 7 and 9): malformed
 * bodies, invalid text, bad encodings, oversized bodies, an unavailable database, unexpected
 * errors — and quiz results that are no answer oracle.
 */

let db: Adapter;
let seeded: Awaited<ReturnType<typeof seedCourse>>;
beforeEach(async () => {
	db = memoryAdapter();
	seeded = await seedCourse(db);
});
afterEach(() => vi.restoreAllMocks());

const json = { "content-type": "application/json" };

describe("malformed bodies", () => {
	it("malformed JSON on every write endpoint is a 400 invalid_json", async () => {
		const { send } = rawStack(db);
		for (const route of writeRoutes(db)) {
			for (const body of ["{", '{"title":', "nul", "\u00e9"]) {
				const res = await send({
					method: route.method,
					path: fill(route.path, seeded.course.id),
					who: "owner",
					headers: json,
					body,
				});
				expect(res.status, `${route.method} ${route.path} ${body}`).toBe(400);
				expect(res.json).toMatchObject({ code: "invalid_json" });
			}
		}
	});

	it("bytes that are not UTF-8 are a 400 invalid_json", async () => {
		const { send } = rawStack(db);
		const res = await send({
			method: "POST",
			path: "/school/courses",
			who: "owner",
			headers: json,
			body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
		});
		expect(res.status).toBe(400);
		expect(res.json.code).toBe("invalid_json");
	});

	it("an empty JSON body is no body: validated like {} (400 with issues) or ignored", async () => {
		const { send } = rawStack(db);
		const create = await send({
			method: "POST",
			path: "/school/courses",
			who: "owner",
			headers: json,
			body: "",
		});
		expect(create.status).toBe(400);
		expect(create.json.code).toBe("VALIDATION_ERROR");
		const enroll = await send({
			method: "POST",
			path: `/school/courses/${seeded.course.id}/enroll`,
			who: "student",
			headers: json,
			body: "",
		});
		expect(enroll.status).toBe(201);
	});
});

describe("invalid text", () => {
	const nul = "a\u0000b";
	const lone = "a\ud800b";

	it("NUL or a lone surrogate in any text field is a 400 naming the field", async () => {
		const { send } = rawStack(db);
		const cases: [string, string, unknown, string[]][] = [
			["POST", "/school/courses", { title: nul }, ["title"]],
			[
				"POST",
				"/school/courses",
				{ title: "T", description: lone },
				["description"],
			],
			[
				"POST",
				"/school/courses",
				{ title: "T", tags: ["ok", nul] },
				["tags", "1"],
			],
			[
				"POST",
				`/school/courses/${seeded.course.id}/lessons`,
				{ title: "L", type: "text", content: `x${nul}` },
				["content"],
			],
			[
				"POST",
				`/school/lessons/${seeded.quiz.id}/attempts`,
				{ answers: [{ questionId: "q4", answer: nul }] },
				["answers", "0", "answer"],
			],
		];
		for (const [method, path, body, field] of cases) {
			const res = await send({
				method,
				path,
				who: "owner",
				headers: json,
				body: JSON.stringify(body),
			});
			expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
			expect(res.json.code).toBe("VALIDATION_ERROR");
			expect(
				res.json.issues.map((i: { path: string[] }) => i.path),
			).toContainEqual(field);
		}
		expect(await db.count({ model: "course" })).toBe(1);
	});

	it("NUL in a query string is a 400, not a database error", async () => {
		const { send } = rawStack(db);
		for (const query of ["q=%00", "category=a%00", "tag=%00x"]) {
			const res = await send({
				method: "GET",
				path: `/school/courses?${query}`,
			});
			expect(res.status, query).toBe(400);
			expect(res.json.code).toBe("VALIDATION_ERROR");
		}
	});

	it("a bad percent-encoding in an id is a JSON 404", async () => {
		const { send } = rawStack(db);
		for (const path of [
			"/school/courses/%E9",
			"/school/lessons/%00",
			"/school/certificates/%ZZ",
		]) {
			const res = await send({ method: "GET", path, who: "owner" });
			expect(res.status, path).toBe(404);
			expect(res.json).toMatchObject({ code: "not_found" });
		}
	});
});

describe("body size", () => {
	it("a Content-Length over maxBodyBytes is a 413 before identity", async () => {
		const { send, getUser } = rawStack(db, { maxBodyBytes: 1000 });
		const res = await send({
			method: "POST",
			path: "/school/courses",
			who: "owner",
			headers: json,
			body: JSON.stringify({ title: "x".repeat(2000) }),
		});
		expect(res.status).toBe(413);
		expect(res.json).toMatchObject({ code: "payload_too_large" });
		expect(getUser).not.toHaveBeenCalled();
	});

	it("a streamed body without Content-Length is cut off at the limit", async () => {
		const { send } = rawStack(db, { maxBodyBytes: 1000 });
		const chunk = new TextEncoder().encode(" ".repeat(400));
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent++;
				if (sent > 1000) controller.close();
				else controller.enqueue(chunk);
			},
		});
		const res = await send({
			method: "POST",
			path: "/school/courses",
			who: "owner",
			headers: json,
			body: stream,
		});
		expect(res.status).toBe(413);
		// It stopped reading soon after the limit, not after 400 kB.
		expect(sent).toBeLessThan(10);
	});

	it("the default limit is 1 MiB", async () => {
		const { send } = rawStack(db);
		const big = JSON.stringify({
			title: "T",
			description: "x".repeat(1024 * 1024),
		});
		const res = await send({
			method: "POST",
			path: "/school/courses",
			who: "owner",
			headers: json,
			body: big,
		});
		expect(res.status).toBe(413);
	});
});

/** The adapter with every method failing with `error` while `down` is set. */
function flaky(inner: Adapter, error: () => unknown) {
	const state = { down: false };
	const adapter = new Proxy(inner, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (typeof value !== "function") return value;
			return (...args: unknown[]) => {
				if (state.down) return Promise.reject(error());
				return value.apply(target, args);
			};
		},
	});
	return { adapter, state };
}

describe("database failures", () => {
	it("an unavailable database is a 503 unavailable with Retry-After, on reads and writes", async () => {
		vi.spyOn(console, "error").mockImplementation(() => {});
		const lost = Object.assign(
			new Error("Connection terminated unexpectedly"),
			{},
		);
		const { adapter, state } = flaky(db, () => lost);
		const { send } = rawStack(adapter);
		state.down = true;
		for (const req of [
			{ method: "GET", path: "/school/courses" },
			{
				method: "POST",
				path: `/school/courses/${seeded.course.id}/enroll`,
				who: "student" as const,
			},
		]) {
			const res = await send(req);
			expect(res.status, req.path).toBe(503);
			expect(res.json).toMatchObject({ code: "unavailable" });
			expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
		}
		state.down = false;
		expect(
			(await send({ method: "GET", path: "/school/courses" })).status,
		).toBe(200);
	});

	it("an unexpected error is a 500 internal without internals, logged once", async () => {
		const log = vi.spyOn(console, "error").mockImplementation(() => {});
		const { adapter, state } = flaky(
			db,
			() => new Error('relation "secret_table" at db.internal:5432 is broken'),
		);
		const { send } = rawStack(adapter);
		state.down = true;
		const res = await send({ method: "GET", path: "/school/courses" });
		expect(res.status).toBe(500);
		expect(res.json).toMatchObject({ code: "internal" });
		expect(typeof res.json.message).toBe("string");
		expect(res.text).not.toContain("secret_table");
		expect(log).toHaveBeenCalledTimes(1);
	});
});

describe("quiz feedback follows the reveal policy", () => {
	async function submit(showAnswers: string, answers: unknown[]) {
		await db.update({
			model: "lesson",
			where: [{ field: "id", value: seeded.quiz.id }],
			update: {
				content: JSON.stringify({ ...sampleQuiz, showAnswers, maxAttempts: 0 }),
			},
		});
		const { call } = rawStack(db);
		await call("student", "POST", `/school/courses/${seeded.course.id}/enroll`);
		return call(
			"student",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{
				answers,
			},
		);
	}

	it("never: score and pass only, failed or passed, attempt after attempt", async () => {
		for (const answers of [
			wrongAnswers,
			correctAnswers.slice(0, 2),
			correctAnswers,
		]) {
			const res = await submit("never", answers);
			expect(res.status).toBe(201);
			expect(res.json.results).toEqual([]);
			expect(typeof res.json.score).toBe("number");
			expect(typeof res.json.passed).toBe("boolean");
			expect(res.text).not.toMatch(/"correct"|correctAnswer|explanation/);
		}
	});

	it("after_pass: no per-question correctness before passing; all of it once passed", async () => {
		const failed = await submit("after_pass", correctAnswers.slice(0, 2));
		expect(failed.json).toMatchObject({
			score: 50,
			passed: false,
			results: [],
		});
		const passed = await submit("after_pass", correctAnswers);
		expect(passed.json.results).toHaveLength(4);
		expect(passed.json.results[0]).toMatchObject({
			correct: true,
			correctAnswer: "a",
		});
	});

	it("after_submit: per-question correctness and answers on every attempt", async () => {
		const res = await submit("after_submit", wrongAnswers);
		expect(
			res.json.results.map((r: { correct: boolean }) => r.correct),
		).toEqual([false, false, false, false]);
	});
});
