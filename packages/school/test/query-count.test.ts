import type { Adapter } from "@btst/stack/plugins/api";
import { beforeAll, describe, expect, it } from "vitest";
import {
	completeLesson,
	enroll,
	recordAttempt,
	savePosition,
	saveReview,
} from "../src/api/mutations";
import { memoryAdapter } from "./helpers/databases";
import { makeStack, seedCourse, users, type Who } from "./helpers/fixtures";

/**
 * Reads must not issue a query per learner (or per row): the same request makes the same number
 * of adapter calls whether a course has 3 learners or 30, and whether the catalog has 2 courses
 * or 12.
 */

const METHODS = new Set([
	"create",
	"findOne",
	"findMany",
	"count",
	"update",
	"updateMany",
	"delete",
	"deleteMany",
	"transaction",
]);

/** The adapter behind a Proxy that records every call as `method:model`. */
function counting(adapter: Adapter) {
	let log: string[] = [];
	const proxy = new Proxy(adapter, {
		get(target, prop, receiver) {
			const value = Reflect.get(target, prop, receiver);
			if (
				typeof prop !== "string" ||
				!METHODS.has(prop) ||
				typeof value !== "function"
			) {
				return value;
			}
			return (...args: unknown[]) => {
				const model = (args[0] as { model?: string } | undefined)?.model;
				log.push(model ? `${prop}:${model}` : prop);
				return value.apply(target, args);
			};
		},
	});
	return {
		adapter: proxy,
		take(): Record<string, number> {
			const counts: Record<string, number> = {};
			for (const entry of log) counts[entry] = (counts[entry] ?? 0) + 1;
			log = [];
			return counts;
		},
	};
}

const total = (counts: Record<string, number>) =>
	Object.values(counts).reduce((a, b) => a + b, 0);

interface World {
	course: Awaited<ReturnType<typeof seedCourse>>;
	calls: Record<string, Record<string, number>>;
	statuses: Record<string, number>;
}

/**
 * Seeds, through the mutations, a course with `learners` learners who each have progress and quiz
 * attempts, plus `extraCourses` more published courses the student is enrolled in; then makes
 * each measured request once and records its adapter calls.
 */
async function measure(learners: number, extraCourses: number): Promise<World> {
	const base = memoryAdapter();
	const course = await seedCourse(base, { title: "Measured" });
	const everyone = [
		users.student,
		...Array.from({ length: learners - 1 }, (_, i) => ({
			id: `learner-${i}`,
			name: `Learner ${i}`,
			email: `l${i}@example.com`,
		})),
	];
	for (const [i, user] of everyone.entries()) {
		const { enrollment } = await enroll(base, course.course, user);
		await completeLesson(base, enrollment, course.video);
		await savePosition(base, enrollment, course.text.id, 30 + i);
		for (const score of [25, i % 2 ? 100 : 50]) {
			await recordAttempt(base, {
				lessonId: course.quiz.id,
				userId: user.id,
				answers: [],
				score,
				passed: score >= 60,
				maxAttempts: 0,
			});
		}
		if (i % 2) await completeLesson(base, enrollment, course.quiz);
		if (i % 3 === 0) await completeLesson(base, enrollment, course.text);
		await saveReview(base, course.course, user, {
			rating: (i % 5) + 1,
			body: `Review ${i}`,
		});
		// Reviews written in the same millisecond tie on createdAt, and the stable order re-reads
		// tied runs cut by a page edge (stable-page.ts): real reviews are apart in time.
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	for (let n = 0; n < extraCourses; n++) {
		const extra = await seedCourse(base, { title: `Extra ${n}` });
		const { enrollment } = await enroll(base, extra.course, users.student);
		await completeLesson(base, enrollment, extra.video);
		await savePosition(base, enrollment, extra.text.id, 5);
		// As reviews: courses created in one millisecond tie on createdAt, the catalog's sort.
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	// A cancelled learner too.
	const { enrollment: quitter } = await enroll(base, course.course, {
		id: "quitter",
		name: "Quitter",
	});
	await completeLesson(base, quitter, course.video);
	await base.update({
		model: "enrollment",
		where: [{ field: "id", value: quitter.id }],
		update: { status: "cancelled", seatKey: null },
	});

	const studentReview = (
		await saveReview(base, course.course, users.student, { rating: 4 })
	).review;
	const counter = counting(base);
	const { call } = makeStack(counter.adapter);
	const id = course.course.id;
	const requests: [string, Who, string, string, unknown?][] = [
		["catalog", "anonymous", "GET", "/school/courses"],
		[
			"catalog filtered",
			"anonymous",
			"GET",
			"/school/courses?q=measured&sort=popular&limit=5",
		],
		["facets", "anonymous", "GET", "/school/courses/facets"],
		["course page", "anonymous", "GET", "/school/courses/measured"],
		["course page (owner)", "owner", "GET", "/school/courses/measured"],
		[
			"preview lesson",
			"anonymous",
			"GET",
			`/school/lessons/${course.video.id}`,
		],
		["lesson (student)", "student", "GET", `/school/lessons/${course.text.id}`],
		[
			"quiz lesson (student)",
			"student",
			"GET",
			`/school/lessons/${course.quiz.id}`,
		],
		["lesson (owner)", "owner", "GET", `/school/lessons/${course.quiz.id}`],
		["my enrollment", "student", "GET", `/school/courses/${id}/enrollment`],
		["course access", "student", "GET", `/school/courses/${id}/access`],
		["portal", "student", "GET", "/school/me/enrollments"],
		[
			"my attempts",
			"student",
			"GET",
			`/school/lessons/${course.quiz.id}/attempts`,
		],
		["instructor courses", "owner", "GET", "/school/instructor/courses"],
		[
			"instructor courses (admin)",
			"admin",
			"GET",
			"/school/instructor/courses",
		],
		["course editor", "owner", "GET", `/school/instructor/courses/${id}`],
		["roster", "owner", "GET", `/school/instructor/courses/${id}/students`],
		[
			"roster csv",
			"owner",
			"GET",
			`/school/instructor/courses/${id}/students?format=csv`,
		],
		["analytics", "owner", "GET", `/school/instructor/courses/${id}/analytics`],
		// Learner writes for a fresh learner: also independent of the course's size.
		["enroll", "otherStudent", "POST", `/school/courses/${id}/enroll`],
		["enroll again", "otherStudent", "POST", `/school/courses/${id}/enroll`],
		[
			"position",
			"otherStudent",
			"PUT",
			`/school/lessons/${course.video.id}/position`,
			{ positionSecs: 3 },
		],
		[
			"complete",
			"otherStudent",
			"POST",
			`/school/lessons/${course.video.id}/complete`,
		],
		[
			"quiz attempt",
			"otherStudent",
			"POST",
			`/school/lessons/${course.quiz.id}/attempts`,
			{ answers: [] },
		],
		// Reviews: the list reads one page and the kept rating, never every review.
		["reviews", "anonymous", "GET", `/school/courses/${id}/reviews`],
		["my review", "student", "GET", `/school/courses/${id}/reviews/mine`],
		[
			"review",
			"otherStudent",
			"POST",
			`/school/courses/${id}/reviews`,
			{ rating: 4, body: "Good" },
		],
		[
			"review again",
			"otherStudent",
			"POST",
			`/school/courses/${id}/reviews`,
			{ rating: 5 },
		],
		[
			"reply",
			"owner",
			"POST",
			`/school/reviews/${studentReview.id}/reply`,
			{ reply: "Thanks" },
		],
		[
			"hide",
			"owner",
			"POST",
			`/school/reviews/${studentReview.id}/hide`,
			{ hidden: true },
		],
	];
	const calls: World["calls"] = {};
	const statuses: World["statuses"] = {};
	counter.take();
	for (const [name, who, method, path, body] of requests) {
		const res = await call(who, method, path, body);
		statuses[name] = res.status;
		calls[name] = counter.take();
	}
	return { course, calls, statuses };
}

describe("adapter calls per request do not grow with learners or courses", () => {
	let small: World;
	let large: World;

	beforeAll(async () => {
		small = await measure(3, 1);
		large = await measure(30, 11);
	});

	it("every measured request succeeded at both sizes", () => {
		for (const world of [small, large]) {
			for (const [name, status] of Object.entries(world.statuses)) {
				expect([200, 201], name).toContain(status);
			}
		}
	});

	it("the same requests make the same adapter calls at 3 and 30 learners", () => {
		for (const name of Object.keys(small.calls)) {
			const a = small.calls[name] ?? {};
			const b = large.calls[name] ?? {};
			expect(
				total(a),
				`${name} made no adapter call: is the counter wired?`,
			).toBeGreaterThan(0);
			expect(
				b,
				`${name}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
			).toEqual(a);
		}
	});

	it("reads stay within a small fixed budget", () => {
		const budget: Record<string, number> = {
			// The page (with the row after it) and its total: these courses never tie on
			// createdAt, so no run is re-read (ties: catalog-order.test.ts, stable-page.ts).
			catalog: 2,
			facets: 1,
			"course page": 3,
			// Lesson, course, enrollment, and the lesson's section (drip may sit on the section).
			"lesson (student)": 4,
			portal: 5,
			// The course, the page and its total, the sections and quiz lessons (the quizzes'
			// curriculum order), the page's attempts. (With kyselyAggregates: the course, one query
			// for the page, its total and quiz bests, one for the outline.)
			roster: 6,
			// The dashboard pages in the same stable order as the catalog (+2 edge re-reads).
			"instructor courses": 5,
			reviews: 6,
			// The course, then its sections and lessons once (the outline is built from them).
			"course editor": 3,
		};
		for (const [name, max] of Object.entries(budget)) {
			expect(
				total(large.calls[name] ?? {}),
				`${name} ${JSON.stringify(large.calls[name])}`,
			).toBeLessThanOrEqual(max);
		}
	});

	it("the counter notices a per-row read (self-check)", async () => {
		const counter = counting(memoryAdapter());
		for (let i = 0; i < 3; i++) {
			await counter.adapter.findOne({
				model: "course",
				where: [{ field: "id", value: `c${i}` }],
			});
		}
		expect(counter.take()).toEqual({ "findOne:course": 3 });
	});
});
