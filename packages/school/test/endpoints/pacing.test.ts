import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import type { SchoolBackendOptions } from "../../src/api/plugin";
import {
	expectStatus,
	type SchoolApiClient,
	type SeededCourse,
	schoolApiClient,
} from "../helpers/api";
import { memoryAdapter } from "../helpers/databases";
import {
	correctAnswers,
	makeStack,
	seedCourse,
	users,
	type Who,
} from "../helpers/fixtures";

/** Pacing rules (#19) through the HTTP endpoints, with a clock the test moves. */

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T09:00:00.000Z");

let db: Adapter;
let api: SchoolApiClient;
let call: ReturnType<typeof makeStack>["call"];
let now: Date;
let seeded: SeededCourse;
let afterEnroll: string[];

function setup(options: Partial<SchoolBackendOptions> = {}) {
	const stack = makeStack(db, {
		clock: () => now,
		hooks: {
			onAfterEnroll: (enrollment) => {
				afterEnroll.push(enrollment.userId);
			},
		},
		...options,
	});
	call = stack.call;
	api = schoolApiClient(call);
}

beforeEach(async () => {
	db = memoryAdapter();
	now = T0;
	afterEnroll = [];
	seeded = await seedCourse(db);
	setup();
});

/** Completes every lesson of a seeded course as `who` (the quiz by passing it). */
async function finish(who: Who, course: SeededCourse) {
	expectStatus(await api.completeLesson(who, course.video.id), 200);
	expectStatus(await api.completeLesson(who, course.text.id), 200);
	expectStatus(await api.submitQuiz(who, course.quiz.id, correctAnswers), 201);
}

describe("prerequisites", () => {
	it("refuses enrolling without them (403 naming the courses), then admits", async () => {
		const next = await seedCourse(db, { title: "React Advanced" });
		expectStatus(
			await api.updateCourse("owner", next.course.id, {
				prerequisites: [seeded.course.id],
			}),
			200,
		);
		const page = await api.getCourse("anonymous", next.course.slug);
		expect(page.json.prerequisites).toEqual([
			{ id: seeded.course.id, title: "React Basics", slug: seeded.course.slug },
		]);
		expect(page.json.prerequisiteMode).toBe("enroll");

		const refused = await api.enroll("student", next.course.id);
		expectStatus(refused, 403);
		expect(refused.json.code).toBe("prerequisites_missing");
		expect(refused.json.missing).toEqual([
			{ id: seeded.course.id, title: "React Basics", slug: seeded.course.slug },
		]);

		expectStatus(await api.enroll("student", seeded.course.id), 201);
		await finish("student", seeded);
		expectStatus(await api.enroll("student", next.course.id), 201);
	});

	it("in `start` mode enrolling works but lessons stay locked", async () => {
		const next = await seedCourse(db, { title: "React Advanced" });
		await api.updateCourse("owner", next.course.id, {
			prerequisites: [seeded.course.id],
			prerequisiteMode: "start",
		});
		expectStatus(await api.enroll("student", next.course.id), 201);
		const lesson = await api.getLesson("student", next.text.id);
		expectStatus(lesson, 403);
		expect(lesson.json.code).toBe("prerequisites_missing");
		// The free preview stays open.
		expectStatus(await api.getLesson("student", next.video.id), 200);
		const detail = await api.getEnrollment("student", next.course.id);
		expect(detail.json.locks.map((l: { reason: string }) => l.reason)).toEqual([
			"prerequisites_missing",
			"prerequisites_missing",
		]);
	});

	it("refuses unknown or self prerequisites (400)", async () => {
		expectStatus(
			await api.updateCourse("owner", seeded.course.id, {
				prerequisites: [seeded.course.id],
			}),
			400,
		);
		expectStatus(
			await api.updateCourse("owner", seeded.course.id, {
				prerequisites: ["nope"],
			}),
			400,
		);
	});
});

describe("sequential lessons", () => {
	beforeEach(async () => {
		await api.updateCourse("owner", seeded.course.id, { sequential: true });
		await api.enroll("student", seeded.course.id);
	});

	it("opens a lesson only after the previous one; previews stay open", async () => {
		expectStatus(await api.getLesson("student", seeded.video.id), 200);
		const locked = await api.getLesson("student", seeded.text.id);
		expectStatus(locked, 403);
		expect(locked.json).toMatchObject({
			code: "sequential",
			afterLessonId: seeded.video.id,
		});
		expectStatus(await api.completeLesson("student", seeded.text.id), 403);
		const detail = await api.getEnrollment("student", seeded.course.id);
		expect(detail.json.locks).toEqual([
			{
				lessonId: seeded.text.id,
				reason: "sequential",
				opensAt: null,
				afterLessonId: seeded.video.id,
			},
			{
				lessonId: seeded.quiz.id,
				reason: "sequential",
				opensAt: null,
				afterLessonId: seeded.text.id,
			},
		]);
		await api.completeLesson("student", seeded.video.id);
		expectStatus(await api.getLesson("student", seeded.text.id), 200);
		expectStatus(
			await api.submitQuiz("student", seeded.quiz.id, correctAnswers),
			403,
		);
		await api.completeLesson("student", seeded.text.id);
		expectStatus(
			await api.submitQuiz("student", seeded.quiz.id, correctAnswers),
			201,
		);
		const done = await api.getEnrollment("student", seeded.course.id);
		expect(done.json.locks).toEqual([]);
		expect(done.json.status).toBe("completed");
	});

	it("managers are never locked out", async () => {
		expectStatus(await api.getLesson("owner", seeded.quiz.id), 200);
	});
});

describe("drip", () => {
	it("opens a lesson N days after enrollment (403 not_yet_open with the time)", async () => {
		await api.updateLesson("owner", seeded.text.id, { dripDays: 3 });
		await api.enroll("student", seeded.course.id);
		const early = await api.getLesson("student", seeded.text.id);
		expectStatus(early, 403);
		const opensAt = new Date(T0.getTime() + 3 * DAY).toISOString();
		expect(early.json).toMatchObject({ code: "not_yet_open", opensAt });
		expectStatus(await api.completeLesson("student", seeded.text.id), 403);
		const detail = await api.getEnrollment("student", seeded.course.id);
		expect(detail.json.locks).toEqual([
			{
				lessonId: seeded.text.id,
				reason: "not_yet_open",
				opensAt,
				afterLessonId: null,
			},
		]);
		now = new Date(T0.getTime() + 3 * DAY - 1);
		expectStatus(await api.getLesson("student", seeded.text.id), 403);
		now = new Date(T0.getTime() + 3 * DAY);
		expectStatus(await api.getLesson("student", seeded.text.id), 200);
	});

	it("a section opens on a date for everyone in it (previews stay open)", async () => {
		await api.updateSection("owner", seeded.section.id, {
			dripDate: "2026-04-01",
		});
		const page = await api.getCourse("anonymous", seeded.course.slug);
		expect(page.json.sections[0].dripDate).toBe("2026-04-01T00:00:00.000Z");
		await api.enroll("student", seeded.course.id);
		expectStatus(await api.getLesson("student", seeded.video.id), 200);
		const early = await api.getLesson("student", seeded.quiz.id);
		expect(early.json).toMatchObject({
			code: "not_yet_open",
			opensAt: "2026-04-01T00:00:00.000Z",
		});
		now = new Date("2026-04-01T00:00:00.000Z");
		expectStatus(await api.getLesson("student", seeded.quiz.id), 200);
	});

	it("refuses a malformed drip date (400)", async () => {
		expectStatus(
			await api.updateLesson("owner", seeded.text.id, { dripDate: "soon" }),
			400,
		);
	});
});

describe("access periods", () => {
	it("expires after N days, keeps progress, renews through enroll and its hook", async () => {
		await api.updateCourse("owner", seeded.course.id, { accessDays: 10 });
		const first = await api.enroll("student", seeded.course.id);
		expectStatus(first, 201);
		const endsAt = new Date(T0.getTime() + 10 * DAY).toISOString();
		expect(first.json.accessEndsAt).toBe(endsAt);
		await api.completeLesson("student", seeded.video.id);

		now = new Date(T0.getTime() + 10 * DAY);
		const expired = await api.getLesson("student", seeded.text.id);
		expectStatus(expired, 403);
		expect(expired.json).toMatchObject({
			code: "expired",
			accessEndsAt: endsAt,
		});
		expectStatus(await api.completeLesson("student", seeded.text.id), 403);
		const detail = await api.getEnrollment("student", seeded.course.id);
		expect(detail.json.status).toBe("expired");
		expect(detail.json.completedLessons).toBe(1);
		const portal = await api.myEnrollments("student");
		expect(portal.json.items[0].status).toBe("expired");

		const renewed = await api.enroll("student", seeded.course.id);
		expectStatus(renewed, 201);
		expect(renewed.json.id).toBe(first.json.id);
		expect(renewed.json.status).toBe("enrolled");
		expect(renewed.json.accessEndsAt).toBe(
			new Date(now.getTime() + 10 * DAY).toISOString(),
		);
		expect(afterEnroll).toEqual([users.student.id, users.student.id]);
		expectStatus(await api.getLesson("student", seeded.text.id), 200);
		expect(
			(await api.getEnrollment("student", seeded.course.id)).json
				.completedLessons,
		).toBe(1);
	});
});

describe("bulk enrollment", () => {
	const bulk = (who: Who, body: unknown, courseId = seeded.course.id) =>
		call(who, "POST", `/school/courses/${courseId}/enrollments`, body);
	const directory = Object.values(users);

	it("answers 501 without findUsersByEmail", async () => {
		const res = await bulk("owner", { emails: [users.student.email] });
		expectStatus(res, 501);
		expect(res.json.code).toBe("bulk_enroll_unavailable");
	});

	it("previews, then enrolls with a report; respects capacity; managers only", async () => {
		setup({
			findUsersByEmail: (emails) =>
				directory.filter((u) => emails.includes(u.email)),
		});
		await db.update({
			model: "course",
			where: [{ field: "id", value: seeded.course.id }],
			update: { maxStudents: 2 },
		});
		await api.enroll("student", seeded.course.id);
		afterEnroll = [];
		const emails = [
			"SAM@example.com",
			"oscar@example.com",
			"ian@example.com",
			"nobody@example.com",
			"not-an-email",
		];
		expectStatus(await bulk("student", { emails }), 403);
		expectStatus(await bulk("otherInstructor", { emails }), 403);
		expectStatus(await bulk("owner", { emails, override: true }), 403);

		const preview = await bulk("owner", { emails, dryRun: true });
		expectStatus(preview, 200);
		expect(preview.json.counts).toMatchObject({
			enrolled: 1,
			already_enrolled: 1,
			over_capacity: 1,
			unknown_email: 1,
			invalid_email: 1,
		});
		expect(await db.count({ model: "enrollment" })).toBe(1);

		const done = await bulk("owner", { emails });
		expect(done.json.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
			"already_enrolled",
			"enrolled",
			"over_capacity",
			"unknown_email",
			"invalid_email",
		]);
		expect(afterEnroll).toEqual([users.otherStudent.id]);
		const course = await api.getCourse("anonymous", seeded.course.slug);
		expect(course.json.enrollmentCount).toBe(2);

		const forced = await bulk("admin", {
			emails: ["ian@example.com"],
			override: true,
		});
		expect(forced.json.counts.enrolled).toBe(1);
	});

	it("respects prerequisites unless an admin overrides", async () => {
		setup({
			findUsersByEmail: (emails) =>
				directory.filter((u) => emails.includes(u.email)),
		});
		const next = await seedCourse(db, { title: "Next" });
		await api.updateCourse("owner", next.course.id, {
			prerequisites: [seeded.course.id],
		});
		const refused = await bulk(
			"owner",
			{ emails: [users.student.email] },
			next.course.id,
		);
		expect(refused.json.rows[0].outcome).toBe("prerequisites_missing");
		const forced = await bulk(
			"admin",
			{ emails: [users.student.email], override: true },
			next.course.id,
		);
		expect(forced.json.rows[0].outcome).toBe("enrolled");
	});

	it("bounds a request at 1,000 emails", async () => {
		setup({ findUsersByEmail: () => [] });
		const emails = Array.from({ length: 1001 }, (_, i) => `u${i}@x.io`);
		expectStatus(await bulk("owner", { emails }), 400);
		const ok = await bulk("owner", { emails: emails.slice(0, 1000) });
		expect(ok.json.counts.unknown_email).toBe(1000);
	});
});
