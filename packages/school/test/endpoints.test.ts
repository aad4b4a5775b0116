import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCourseById } from "../src/api/getters";
import {
	createCourse,
	createLesson,
	enroll as enrollDirect,
	updateCourse,
} from "../src/api/mutations";
import type { SchoolBackendOptions } from "../src/api/plugin";
import type { QuizInput } from "../src/quiz";
import type { Course, Enrollment, Lesson, QuizAttempt } from "../src/types";
import { memoryAdapter } from "./helpers/databases";
import {
	correctAnswers,
	makeStack,
	sampleQuiz,
	seedCourse,
	users,
	type Who,
	wrongAnswers,
} from "./helpers/fixtures";

type Call = ReturnType<typeof makeStack>["call"];
type Res = Awaited<ReturnType<Call>>;

let db: Adapter;
let call: Call;
let seeded: Awaited<ReturnType<typeof seedCourse>>;

beforeEach(async () => {
	db = memoryAdapter();
	call = makeStack(db).call;
	seeded = await seedCourse(db);
});

/** Asserts the status, showing the body when it differs. */
function expectStatus(res: Res, status: number) {
	expect(res.status, `${res.status} ${res.text}`).toBe(status);
}

/** An error answer: the status and a human-readable message. */
function expectError(res: Res, status: number, message?: RegExp) {
	expectStatus(res, status);
	expect(typeof res.json?.message).toBe("string");
	expect(res.json.message.length).toBeGreaterThan(0);
	if (message) expect(res.json.message).toMatch(message);
}

const roles: Who[] = [
	"anonymous",
	"student",
	"otherStudent",
	"owner",
	"otherInstructor",
	"admin",
];

async function enrollAs(who: Who, courseId = seeded.course.id) {
	const res = await call(who, "POST", `/school/courses/${courseId}/enroll`);
	expect([200, 201], res.text).toContain(res.status);
	return res.json as { id: string; status: string };
}

async function enrollmentRow(userId: string, courseId = seeded.course.id) {
	return db.findOne<Enrollment>({
		model: "enrollment",
		where: [{ field: "enrollKey", value: `${courseId}:${userId}` }],
	});
}

async function courseRow(id = seeded.course.id): Promise<Course> {
	const row = await getCourseById(db, id);
	if (!row) throw new Error("course missing");
	return row;
}

async function setQuiz(quiz: QuizInput) {
	await db.update({
		model: "lesson",
		where: [{ field: "id", value: seeded.quiz.id }],
		update: { content: JSON.stringify(quiz) },
	});
}

const submit = (who: Who, answers: unknown, lessonId = seeded.quiz.id) =>
	call(who, "POST", `/school/lessons/${lessonId}/attempts`, { answers });

function expectNoAnswerKeys(text: string) {
	expect(text).not.toContain("correct");
	expect(text).not.toContain("accepted");
	expect(text).not.toContain("explanation");
	expect(text).not.toContain("useState keeps state");
}

describe("catalog and course page", () => {
	it("GET /school/courses lists published courses with paging info", async () => {
		await seedCourse(db, { title: "Hidden Draft", status: "draft" });
		const res = await call("anonymous", "GET", "/school/courses");
		expectStatus(res, 200);
		expect(res.json).toMatchObject({ total: 1, limit: 20, offset: 0 });
		expect(res.json.items.map((c: Course) => c.title)).toEqual([
			"React Basics",
		]);
		expect(res.text).not.toContain("searchText");
		const filtered = await call(
			"anonymous",
			"GET",
			"/school/courses?q=REACT&category=Web&tag=react&difficulty=beginner&price=free&sort=popular&limit=5&offset=0",
		);
		expectStatus(filtered, 200);
		expect(filtered.json.total).toBe(1);
		expect(filtered.json.limit).toBe(5);
		const none = await call("anonymous", "GET", "/school/courses?price=paid");
		expect(none.json.total).toBe(0);
	});

	it("refuses SQL in sort, unbounded limits and unknown filter values with 400", async () => {
		for (const query of [
			"sort=title%3B%20drop%20table%20course",
			"sort=createdAt",
			"limit=1000",
			"limit=101",
			"limit=0",
			"limit=abc",
			"offset=-5",
			"difficulty=expert",
			"price=cheap",
		]) {
			const res = await call("anonymous", "GET", `/school/courses?${query}`);
			expectError(res, 400);
		}
		const ok = await call("anonymous", "GET", "/school/courses?limit=100");
		expectStatus(ok, 200);
		expect(await db.count({ model: "course" })).toBe(1);
	});

	it("GET /school/courses/facets returns counts and is not taken for a slug", async () => {
		const res = await call("anonymous", "GET", "/school/courses/facets");
		expectStatus(res, 200);
		expect(res.json).toEqual({
			categories: [{ value: "Web", count: 1 }],
			tags: [
				{ value: "javascript", count: 1 },
				{ value: "react", count: 1 },
			],
			difficulties: [{ value: "beginner", count: 1 }],
		});
	});

	it("a course titled Facets gets a slug its page can be loaded by", async () => {
		const course = await createCourse(
			db,
			{ title: "Facets", status: "published" },
			users.owner,
		);
		const res = await call(
			"anonymous",
			"GET",
			`/school/courses/${course.slug}`,
		);
		expectStatus(res, 200);
		expect(res.json.id).toBe(course.id);
		const explicit = await call("owner", "POST", "/school/courses", {
			title: "Other",
			slug: "facets",
		});
		expectError(explicit, 400);
	});

	it("GET /school/courses/:slug gives the outline without bodies, video URLs or quiz data", async () => {
		const res = await call("anonymous", "GET", "/school/courses/react-basics");
		expectStatus(res, 200);
		expect(res.json.sections[0].lessons.map((l: Lesson) => l.title)).toEqual([
			"Welcome",
			"Components",
			"Check yourself",
		]);
		for (const secret of [
			"Secret paid content",
			"Intro notes",
			"intro.webm",
			"react.dev",
			'"content"',
			'"videoUrl"',
			'"quiz":',
		]) {
			expect(res.text).not.toContain(secret);
		}
		expectNoAnswerKeys(res.text);
		expectError(await call("anonymous", "GET", "/school/courses/nope"), 404);
	});

	it("a draft course is 404 to everyone but its owner and admins", async () => {
		const draft = await seedCourse(db, { title: "Draft One", status: "draft" });
		const expected: Record<Who, number> = {
			anonymous: 404,
			student: 404,
			otherStudent: 404,
			otherInstructor: 404,
			owner: 200,
			admin: 200,
		};
		for (const who of roles) {
			const res = await call(
				who,
				"GET",
				`/school/courses/${draft.course.slug}`,
			);
			expectStatus(res, expected[who]);
			const lesson = await call(
				who,
				"GET",
				`/school/lessons/${draft.video.id}`,
			);
			expectStatus(lesson, expected[who]);
		}
		// An archived course also leaves the public view.
		await updateCourse(db, await courseRow(), { status: "archived" });
		expectStatus(
			await call("anonymous", "GET", "/school/courses/react-basics"),
			404,
		);
		expectStatus(
			await call("owner", "GET", "/school/courses/react-basics"),
			200,
		);
		expect((await call("anonymous", "GET", "/school/courses")).json.total).toBe(
			0,
		);
	});
});

describe("lesson access matrix", () => {
	beforeEach(async () => {
		await enrollAs("student");
	});

	it("a non-preview lesson: anonymous 401, unenrolled 403, enrolled/owner/admin 200, other instructor 403", async () => {
		const expected: Record<Who, number> = {
			anonymous: 401,
			student: 200,
			otherStudent: 403,
			owner: 200,
			otherInstructor: 403,
			admin: 200,
		};
		for (const who of roles) {
			const res = await call(who, "GET", `/school/lessons/${seeded.text.id}`);
			expectStatus(res, expected[who]);
			if (res.status === 200) {
				expect(res.json.content).toBe("# Components\n\nSecret paid content");
				expect(res.json.resources).toEqual([
					{ label: "Docs", url: "https://react.dev" },
				]);
			} else {
				expect(res.text).not.toContain("Secret paid content");
				expect(res.text).not.toContain("react.dev");
			}
		}
	});

	it("a free-preview lesson of a published course is open to everyone", async () => {
		for (const who of roles) {
			const res = await call(who, "GET", `/school/lessons/${seeded.video.id}`);
			expectStatus(res, 200);
			expect(res.json.videoUrl).toBe("/media/intro.webm");
		}
	});

	it("quiz lessons: answer keys only for the owner and admins", async () => {
		const expected: Record<Who, number> = {
			anonymous: 401,
			student: 200,
			otherStudent: 403,
			owner: 200,
			otherInstructor: 403,
			admin: 200,
		};
		for (const who of roles) {
			const res = await call(who, "GET", `/school/lessons/${seeded.quiz.id}`);
			expectStatus(res, expected[who]);
			if (who === "owner" || who === "admin") {
				expect(res.json.quiz.questions[0].correct).toEqual(["a"]);
				expect(res.text).toContain("explanation");
			} else {
				expectNoAnswerKeys(res.text);
			}
		}
		const student = await call(
			"student",
			"GET",
			`/school/lessons/${seeded.quiz.id}`,
		);
		expect(student.json.content).toBeNull();
		expect(student.json.quiz.questions).toHaveLength(4);
		expect(student.json.quiz.passMark).toBe(60);
	});

	it("a free-preview quiz shows no answer keys to guests", async () => {
		const patch = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.quiz.id}`,
			{
				isFreePreview: true,
			},
		);
		expectStatus(patch, 200);
		const res = await call(
			"anonymous",
			"GET",
			`/school/lessons/${seeded.quiz.id}`,
		);
		expectStatus(res, 200);
		expect(res.json.quiz.questions).toHaveLength(4);
		expectNoAnswerKeys(res.text);
	});

	it("a cancelled enrollment no longer opens lessons", async () => {
		const mine = await call(
			"student",
			"GET",
			`/school/courses/${seeded.course.id}/enrollment`,
		);
		expectStatus(
			await call(
				"student",
				"POST",
				`/school/enrollments/${mine.json.id}/cancel`,
			),
			200,
		);
		expectStatus(
			await call("student", "GET", `/school/lessons/${seeded.text.id}`),
			403,
		);
	});

	it("unknown lessons are 404", async () => {
		expectError(await call("student", "GET", "/school/lessons/nope"), 404);
	});
});

describe("enrollment", () => {
	it("enrolls (201), is idempotent (200) and needs a sign-in (401)", async () => {
		expectError(
			await call(
				"anonymous",
				"POST",
				`/school/courses/${seeded.course.id}/enroll`,
			),
			401,
		);
		const first = await call(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expectStatus(first, 201);
		expect(first.json).toMatchObject({
			courseId: seeded.course.id,
			userId: users.student.id,
			status: "enrolled",
			progressPct: 0,
			certificateId: null,
		});
		expect(first.text).not.toContain("enrollKey");
		const again = await call(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expectStatus(again, 200);
		expect(again.json.id).toBe(first.json.id);
		expect(await db.count({ model: "enrollment" })).toBe(1);
		expect((await courseRow()).enrollmentCount).toBe(1);
	});

	it("draft, archived and unknown courses cannot be enrolled in (404)", async () => {
		const draft = await seedCourse(db, { title: "Draft", status: "draft" });
		expectError(
			await call(
				"student",
				"POST",
				`/school/courses/${draft.course.id}/enroll`,
			),
			404,
		);
		expectError(
			await call("owner", "POST", `/school/courses/${draft.course.id}/enroll`),
			404,
		);
		await updateCourse(db, await courseRow(), { status: "archived" });
		expectError(
			await call(
				"student",
				"POST",
				`/school/courses/${seeded.course.id}/enroll`,
			),
			404,
		);
		expectError(
			await call("student", "POST", "/school/courses/nope/enroll"),
			404,
		);
		expect(await db.count({ model: "enrollment" })).toBe(0);
	});

	it("mass assignment: body fields on enroll are ignored", async () => {
		const res = await call(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
			{
				userId: users.otherStudent.id,
				status: "completed",
				progressPct: 100,
				certificateId: "forged",
				paymentRef: "forged-payment",
				seatKey: "x",
			},
		);
		expect([201, 400]).toContain(res.status);
		const row = await enrollmentRow(users.student.id);
		if (res.status === 201) {
			expect(row).toMatchObject({ status: "enrolled", progressPct: 0 });
			expect(row?.certificateId ?? null).toBeNull();
			expect(row?.paymentRef ?? null).toBeNull();
		}
		expect(await enrollmentRow(users.otherStudent.id)).toBeNull();
		expectError(
			await call("anonymous", "GET", "/school/certificates/forged"),
			404,
		);
	});

	it("GET /school/courses/:id/enrollment returns mine with progress and resume, 404 when none", async () => {
		expectError(
			await call(
				"student",
				"GET",
				`/school/courses/${seeded.course.id}/enrollment`,
			),
			404,
		);
		expectError(
			await call(
				"anonymous",
				"GET",
				`/school/courses/${seeded.course.id}/enrollment`,
			),
			401,
		);
		await enrollAs("student");
		expectStatus(
			await call(
				"student",
				"POST",
				`/school/lessons/${seeded.video.id}/complete`,
			),
			200,
		);
		expectStatus(
			await call(
				"student",
				"PUT",
				`/school/lessons/${seeded.text.id}/position`,
				{
					positionSecs: 42.9,
				},
			),
			200,
		);
		const res = await call(
			"student",
			"GET",
			`/school/courses/${seeded.course.id}/enrollment`,
		);
		expectStatus(res, 200);
		expect(res.json).toMatchObject({
			userId: users.student.id,
			completedLessons: 1,
			totalLessons: 3,
			progressPct: 33,
			resume: { lessonId: seeded.text.id, positionSecs: 42 },
		});
		expect(res.json.lessons).toHaveLength(2);
		// Another learner (and a userId in the query) never sees it.
		const other = await call(
			"otherStudent",
			"GET",
			`/school/courses/${seeded.course.id}/enrollment?userId=${users.student.id}`,
		);
		expectStatus(other, 404);
	});

	it("cancelling someone else's enrollment is 404 and leaves it untouched", async () => {
		const mine = await enrollAs("student");
		for (const who of [
			"otherStudent",
			"owner",
			"admin",
			"otherInstructor",
		] as Who[]) {
			expectError(
				await call(who, "POST", `/school/enrollments/${mine.id}/cancel`),
				404,
			);
		}
		expectError(
			await call("anonymous", "POST", `/school/enrollments/${mine.id}/cancel`),
			401,
		);
		expect((await enrollmentRow(users.student.id))?.status).toBe("enrolled");
		expectError(
			await call("student", "POST", "/school/enrollments/nope/cancel"),
			404,
		);
	});

	it("cancel, then enroll again reactivates the same enrollment", async () => {
		const mine = await enrollAs("student");
		const cancelled = await call(
			"student",
			"POST",
			`/school/enrollments/${mine.id}/cancel`,
		);
		expectStatus(cancelled, 200);
		expect(cancelled.json.status).toBe("cancelled");
		expect((await courseRow()).enrollmentCount).toBe(0);
		const back = await call(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expectStatus(back, 201);
		expect(back.json).toMatchObject({ id: mine.id, status: "enrolled" });
		expect((await courseRow()).enrollmentCount).toBe(1);
	});

	it("a completed enrollment cannot be cancelled (409)", async () => {
		const mine = await enrollAs("student");
		for (const lesson of [seeded.video, seeded.text]) {
			await call("student", "POST", `/school/lessons/${lesson.id}/complete`);
		}
		await submit("student", correctAnswers);
		expectError(
			await call("student", "POST", `/school/enrollments/${mine.id}/cancel`),
			409,
		);
		expect((await enrollmentRow(users.student.id))?.status).toBe("completed");
	});

	it("GET /school/me/enrollments lists only mine and ignores a userId", async () => {
		await enrollAs("student");
		const other = await seedCourse(db, { title: "Other course" });
		await enrollAs("otherStudent", other.course.id);
		expectError(await call("anonymous", "GET", "/school/me/enrollments"), 401);
		const res = await call(
			"student",
			"GET",
			`/school/me/enrollments?userId=${users.otherStudent.id}`,
		);
		expectStatus(res, 200);
		expect(res.json.total).toBe(1);
		expect(res.json.items[0]).toMatchObject({
			courseId: seeded.course.id,
			userId: users.student.id,
			completedLessons: 0,
		});
		expect(res.json.items[0].course.title).toBe("React Basics");
		const empty = await call("owner", "GET", "/school/me/enrollments");
		expect(empty.json).toMatchObject({ items: [], total: 0 });
	});

	it("maxStudents: a full course answers 409", async () => {
		const capped = await seedCourse(db, { title: "Tiny", maxStudents: 1 });
		expectStatus(
			await call(
				"student",
				"POST",
				`/school/courses/${capped.course.id}/enroll`,
			),
			201,
		);
		const full = await call(
			"otherStudent",
			"POST",
			`/school/courses/${capped.course.id}/enroll`,
		);
		expectError(full, 409);
		expect(full.json.code).toBe("course_full");
		expect(
			await enrollmentRow(users.otherStudent.id, capped.course.id),
		).toBeNull();
		// The enrolled learner's repeat call is still fine.
		expectStatus(
			await call(
				"student",
				"POST",
				`/school/courses/${capped.course.id}/enroll`,
			),
			200,
		);
	});
});

describe("paid courses", () => {
	let paid: Awaited<ReturnType<typeof seedCourse>>;
	beforeEach(async () => {
		paid = await seedCourse(db, { title: "Paid", price: 4900 });
	});
	const enrollPaid = (c: Call, body?: unknown) =>
		c("student", "POST", `/school/courses/${paid.course.id}/enroll`, body);

	it("without an onBeforeEnroll hook enrollment is refused (403)", async () => {
		const res = await enrollPaid(call, { paymentRef: "pi_fake", price: 0 });
		expect([400, 403]).toContain(res.status);
		expectError(await enrollPaid(call), 403);
		expect(await enrollmentRow(users.student.id, paid.course.id)).toBeNull();
	});

	it("a hook answering false or throwing refuses (403)", async () => {
		const no = makeStack(db, { hooks: { onBeforeEnroll: () => false } }).call;
		expectError(await enrollPaid(no), 403);
		const boom = makeStack(db, {
			hooks: {
				onBeforeEnroll: () => {
					throw new Error("payment service down");
				},
			},
		}).call;
		const res = await enrollPaid(boom);
		expectError(res, 403);
		expect(res.text).not.toContain("payment service down");
		expect(await enrollmentRow(users.student.id, paid.course.id)).toBeNull();
	});

	it("a hook answering true enrolls (201) and gets the user id and course", async () => {
		const onBeforeEnroll = vi.fn(async () => true);
		const paidCall = makeStack(db, { hooks: { onBeforeEnroll } }).call;
		expectStatus(await enrollPaid(paidCall), 201);
		expect(onBeforeEnroll).toHaveBeenCalledTimes(1);
		expect(onBeforeEnroll).toHaveBeenCalledWith(
			users.student.id,
			expect.objectContaining({ id: paid.course.id, price: 4900 }),
		);
		// Free courses do not ask the hook.
		expectStatus(
			await paidCall(
				"student",
				"POST",
				`/school/courses/${seeded.course.id}/enroll`,
			),
			201,
		);
		expect(onBeforeEnroll).toHaveBeenCalledTimes(1);
	});

	it("a cancelled paid enrollment asks the hook again to reactivate", async () => {
		const allow = { value: true };
		const paidCall = makeStack(db, {
			hooks: { onBeforeEnroll: () => allow.value },
		}).call;
		const first = await enrollPaid(paidCall);
		expectStatus(first, 201);
		await paidCall(
			"student",
			"POST",
			`/school/enrollments/${first.json.id}/cancel`,
		);
		allow.value = false;
		expectError(await enrollPaid(paidCall), 403);
		expect(
			(await enrollmentRow(users.student.id, paid.course.id))?.status,
		).toBe("cancelled");
	});
});

describe("hooks", () => {
	it("onAfterEnroll gets the enrollment and course", async () => {
		const onAfterEnroll = vi.fn();
		const hooked = makeStack(db, { hooks: { onAfterEnroll } }).call;
		const res = await hooked(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expectStatus(res, 201);
		expect(onAfterEnroll).toHaveBeenCalledTimes(1);
		expect(onAfterEnroll).toHaveBeenCalledWith(
			expect.objectContaining({ id: res.json.id, userId: users.student.id }),
			expect.objectContaining({ id: seeded.course.id }),
		);
		// An idempotent repeat is not a new enrollment.
		await hooked(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expect(onAfterEnroll).toHaveBeenCalledTimes(1);
	});

	it("onAfterEnroll throwing fails the request and leaves no enrollment", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const failing = makeStack(db, {
			hooks: {
				onAfterEnroll: () => {
					throw new Error("mailer down");
				},
			},
		}).call;
		const res = await failing(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expect(res.status).toBeGreaterThanOrEqual(500);
		expect(await enrollmentRow(users.student.id)).toBeNull();
		expect((await courseRow()).enrollmentCount).toBe(0);

		// A reactivation whose hook fails goes back to cancelled.
		const mine = await enrollAs("student");
		await call("student", "POST", `/school/enrollments/${mine.id}/cancel`);
		const again = await failing(
			"student",
			"POST",
			`/school/courses/${seeded.course.id}/enroll`,
		);
		expect(again.status).toBeGreaterThanOrEqual(500);
		const row = await enrollmentRow(users.student.id);
		expect(row?.status).toBe("cancelled");
		expect(row?.seatKey ?? null).toBeNull();
		expect((await courseRow()).enrollmentCount).toBe(0);
		errors.mockRestore();
	});

	it("onCourseComplete runs once with the enrollment and course, and its id is the certificate", async () => {
		const onCourseComplete = vi.fn(async () => ({
			certificateId: "cert-from-hook",
		}));
		const hooked = makeStack(db, { hooks: { onCourseComplete } }).call;
		await enrollAs("otherStudent");
		for (const lesson of [seeded.video, seeded.text]) {
			const res = await hooked(
				"otherStudent",
				"POST",
				`/school/lessons/${lesson.id}/complete`,
			);
			expectStatus(res, 200);
			expect(res.json.courseCompleted).toBe(false);
		}
		expect(onCourseComplete).not.toHaveBeenCalled();
		const last = await hooked(
			"otherStudent",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{ answers: correctAnswers },
		);
		expectStatus(last, 201);
		expect(last.json.progress).toMatchObject({
			courseCompleted: true,
			completedLessons: 3,
			totalLessons: 3,
			enrollment: {
				status: "completed",
				certificateId: "cert-from-hook",
				progressPct: 100,
			},
		});
		expect(onCourseComplete).toHaveBeenCalledTimes(1);
		expect(onCourseComplete).toHaveBeenCalledWith(
			expect.objectContaining({
				userId: users.otherStudent.id,
				status: "completed",
			}),
			expect.objectContaining({ id: seeded.course.id }),
		);
		// Later completions do not complete again.
		const later = await hooked(
			"otherStudent",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		expect(later.json.courseCompleted).toBe(false);
		expect(later.json.enrollment.certificateId).toBe("cert-from-hook");
		expect(onCourseComplete).toHaveBeenCalledTimes(1);

		const cert = await call(
			"anonymous",
			"GET",
			"/school/certificates/cert-from-hook",
		);
		expectStatus(cert, 200);
		expect(cert.json).toMatchObject({
			certificateId: "cert-from-hook",
			learnerName: "Oscar Other",
			courseTitle: "React Basics",
			courseSlug: "react-basics",
			instructorName: "Olive Owner",
		});
		expect(cert.text).not.toContain("oscar@example.com");
	});

	it("onCourseComplete throwing leaves the course not completed and retryable", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const failing = makeStack(db, {
			hooks: {
				onCourseComplete: () => {
					throw new Error("cert service down");
				},
			},
		}).call;
		await enrollAs("student");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{
				answers: correctAnswers,
			},
		);
		const res = await failing(
			"student",
			"POST",
			`/school/lessons/${seeded.text.id}/complete`,
		);
		expect(res.status).toBeGreaterThanOrEqual(500);
		const row = await enrollmentRow(users.student.id);
		expect(row?.status).toBe("enrolled");
		expect(row?.certificateId ?? null).toBeNull();
		expect((await courseRow()).completionCount).toBe(0);
		const retry = await call(
			"student",
			"POST",
			`/school/lessons/${seeded.text.id}/complete`,
		);
		expectStatus(retry, 200);
		expect(retry.json.courseCompleted).toBe(true);
		expect(retry.json.enrollment.certificateId).toEqual(expect.any(String));
		errors.mockRestore();
	});

	it("onQuizSubmit gets the stored attempt and the lesson", async () => {
		const onQuizSubmit = vi.fn();
		const hooked = makeStack(db, { hooks: { onQuizSubmit } }).call;
		await enrollAs("student");
		const res = await hooked(
			"student",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{
				answers: wrongAnswers,
			},
		);
		expectStatus(res, 201);
		expect(onQuizSubmit).toHaveBeenCalledTimes(1);
		const [attempt, lesson] = onQuizSubmit.mock.calls[0] as [
			QuizAttempt,
			Lesson,
		];
		expect(attempt).toMatchObject({
			id: res.json.attempt.id,
			userId: users.student.id,
			lessonId: seeded.quiz.id,
			score: 0,
			passed: false,
		});
		expect(lesson.id).toBe(seeded.quiz.id);
	});
});

describe("progress", () => {
	it("POST /school/lessons/:id/complete: sign-in, enrollment, non-quiz lessons", async () => {
		const path = `/school/lessons/${seeded.text.id}/complete`;
		expectError(await call("anonymous", "POST", path), 401);
		expectError(await call("otherStudent", "POST", path), 403);
		expectError(await call("owner", "POST", path), 403);
		await enrollAs("student");
		expectError(
			await call(
				"student",
				"POST",
				`/school/lessons/${seeded.quiz.id}/complete`,
			),
			400,
		);
		expectError(
			await call("student", "POST", "/school/lessons/nope/complete"),
			404,
		);
		const res = await call("student", "POST", path, {
			progressPct: 100,
			completed: true,
			status: "completed",
			certificateId: "forged",
		});
		// Client fields are ignored or refused; the server computes progress.
		if (res.status === 200) {
			expect(res.json).toMatchObject({
				completedLessons: 1,
				totalLessons: 3,
				courseCompleted: false,
				enrollment: {
					progressPct: 33,
					status: "enrolled",
					certificateId: null,
				},
			});
		} else {
			expectStatus(res, 400);
		}
		const row = await enrollmentRow(users.student.id);
		expect(row?.status).toBe("enrolled");
		expect(row?.certificateId ?? null).toBeNull();
		expect(row?.progressPct).toBeLessThan(100);
	});

	it("PUT /school/lessons/:id/position stores the position and refuses extra fields", async () => {
		const path = `/school/lessons/${seeded.video.id}/position`;
		expectError(await call("anonymous", "PUT", path, { positionSecs: 5 }), 401);
		expectError(
			await call("otherStudent", "PUT", path, { positionSecs: 5 }),
			403,
		);
		await enrollAs("student");
		const ok = await call("student", "PUT", path, { positionSecs: 12.5 });
		expectStatus(ok, 200);
		expect(ok.json).toEqual({ ok: true, positionSecs: 12 });
		for (const body of [
			{ positionSecs: 5, completed: true },
			{ positionSecs: 5, progressPct: 100 },
			{ positionSecs: -1 },
			{ positionSecs: "10" },
			{},
		]) {
			expectError(await call("student", "PUT", path, body), 400);
		}
		const progress = await db.findMany<{
			completed: boolean;
			positionSecs: number;
		}>({
			model: "lessonProgress",
		});
		expect(progress).toHaveLength(1);
		expect(progress[0]).toMatchObject({ completed: false, positionSecs: 12 });
		expect((await enrollmentRow(users.student.id))?.progressPct).toBe(0);
		expectError(
			await call("student", "PUT", "/school/lessons/nope/position", {
				positionSecs: 1,
			}),
			404,
		);
	});

	it("completing the last lesson completes the course with a certificate", async () => {
		await enrollAs("student");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		await submit("student", correctAnswers);
		const res = await call(
			"student",
			"POST",
			`/school/lessons/${seeded.text.id}/complete`,
		);
		expectStatus(res, 200);
		expect(res.json).toMatchObject({
			courseCompleted: true,
			completedLessons: 3,
			totalLessons: 3,
			enrollment: { status: "completed", progressPct: 100 },
		});
		const certificateId = res.json.enrollment.certificateId;
		expect(certificateId).toMatch(/^[0-9a-f-]{36}$/);
		expect(res.json.enrollment.completedAt).toEqual(expect.any(String));
		const cert = await call(
			"anonymous",
			"GET",
			`/school/certificates/${certificateId}`,
		);
		expectStatus(cert, 200);
		expect(cert.json.learnerName).toBe("Sam Student");
		expectError(
			await call("anonymous", "GET", "/school/certificates/unknown-id"),
			404,
		);
		expect((await courseRow()).completionCount).toBe(1);
	});

	it("certificatesEnabled: false completes the course without a certificate id", async () => {
		const onCourseComplete = vi.fn(() => ({ certificateId: "from-hook" }));
		const noCerts = makeStack(db, {
			certificatesEnabled: false,
			hooks: { onCourseComplete },
		}).call;
		await enrollAs("student");
		await noCerts(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		await noCerts(
			"student",
			"POST",
			`/school/lessons/${seeded.text.id}/complete`,
		);
		const res = await noCerts(
			"student",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{
				answers: correctAnswers,
			},
		);
		expectStatus(res, 201);
		expect(res.json.progress.courseCompleted).toBe(true);
		expect(res.json.progress.enrollment.certificateId).toBeNull();
		expect(
			(await enrollmentRow(users.student.id))?.certificateId ?? null,
		).toBeNull();
		expect(onCourseComplete).toHaveBeenCalledTimes(1);
		expectError(
			await call("anonymous", "GET", "/school/certificates/from-hook"),
			404,
		);
	});
});

describe("quiz attempts", () => {
	beforeEach(async () => {
		await enrollAs("student");
	});

	it("needs a sign-in and an enrollment; records nothing otherwise", async () => {
		expectError(await submit("anonymous", correctAnswers), 401);
		const res = await submit("otherStudent", correctAnswers);
		expectError(res, 403);
		expect(res.text).not.toContain("score");
		expectError(await submit("otherInstructor", correctAnswers), 403);
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		expectError(await submit("student", correctAnswers, seeded.text.id), 404);
		expectError(await submit("student", correctAnswers, "nope"), 404);
	});

	it("grades on the server and hides answers until passed (after_pass)", async () => {
		const wrong = await submit("student", wrongAnswers);
		expectStatus(wrong, 201);
		expect(wrong.json).toMatchObject({
			score: 0,
			passed: false,
			passMark: 60,
			attemptsLeft: 2,
			progress: null,
			attempt: { lessonId: seeded.quiz.id, score: 0, passed: false },
		});
		expect(wrong.json.results).toEqual([
			{ questionId: "q1", correct: false },
			{ questionId: "q2", correct: false },
			{ questionId: "q3", correct: false },
			{ questionId: "q4", correct: false },
		]);
		expect(wrong.text).not.toContain("correctAnswer");
		expect(wrong.text).not.toContain("explanation");
		expect(wrong.text).not.toContain("useState");

		const right = await submit("student", correctAnswers);
		expectStatus(right, 201);
		expect(right.json).toMatchObject({
			score: 100,
			passed: true,
			attemptsLeft: 1,
		});
		expect(right.json.results[0]).toEqual({
			questionId: "q1",
			correct: true,
			correctAnswer: "a",
			explanation: "useState keeps state between renders.",
		});
		expect(right.json.progress).toMatchObject({
			completedLessons: 1,
			courseCompleted: false,
		});
	});

	it("mass assignment: score and passed in the body are refused", async () => {
		for (const body of [
			{ answers: wrongAnswers, score: 100, passed: true },
			{ answers: wrongAnswers, userId: users.otherStudent.id },
			{ answers: "all correct" },
			{},
		]) {
			const res = await call(
				"student",
				"POST",
				`/school/lessons/${seeded.quiz.id}/attempts`,
				body,
			);
			expectError(res, 400);
		}
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		const progress = await db.count({ model: "lessonProgress" });
		expect(progress).toBe(0);
	});

	it("the attempt limit answers 409 with no score (no oracle)", async () => {
		for (let i = 0; i < 3; i++)
			expectStatus(await submit("student", wrongAnswers), 201);
		const over = await submit("student", correctAnswers);
		expectError(over, 409);
		expect(over.json.code).toBe("attempt_limit");
		for (const leak of ["score", "passed", "results", "correct"]) {
			expect(over.text).not.toContain(leak);
		}
		expect(await db.count({ model: "quizAttempt" })).toBe(3);
		expect((await enrollmentRow(users.student.id))?.progressPct).toBe(0);
	});

	it("after_final_attempt reveals answers on the last attempt only", async () => {
		await setQuiz({
			...sampleQuiz,
			showAnswers: "after_final_attempt",
			maxAttempts: 2,
		});
		const first = await submit("student", wrongAnswers);
		expect(first.text).not.toContain("correctAnswer");
		const second = await submit("student", wrongAnswers);
		expect(second.json.attemptsLeft).toBe(0);
		expect(second.json.results[3]).toEqual({
			questionId: "q4",
			correct: false,
			correctAnswer: "React",
		});
	});

	it("never: answers stay hidden even after passing; after_submit: shown at once", async () => {
		await setQuiz({ ...sampleQuiz, showAnswers: "never" });
		const passed = await submit("student", correctAnswers);
		expect(passed.json.passed).toBe(true);
		expect(passed.text).not.toContain("correctAnswer");
		expect(passed.text).not.toContain("explanation");
		await setQuiz({ ...sampleQuiz, showAnswers: "after_submit" });
		const shown = await submit("student", wrongAnswers);
		expect(shown.json.passed).toBe(false);
		expect(shown.json.results[0].correctAnswer).toBe("a");
	});

	it("a custom quizPassMark applies to quizzes without their own", async () => {
		const { passMark: _omit, ...noMark } = sampleQuiz;
		await setQuiz(noMark);
		const half = [correctAnswers[0], correctAnswers[2]];
		const strict = await submit("student", half);
		expect(strict.json).toMatchObject({
			score: 50,
			passed: false,
			passMark: 70,
		});
		const lenient = makeStack(db, { quizPassMark: 50 }).call;
		const lesson = await lenient(
			"student",
			"GET",
			`/school/lessons/${seeded.quiz.id}`,
		);
		expect(lesson.json.quiz.passMark).toBe(50);
		const res = await lenient(
			"student",
			"POST",
			`/school/lessons/${seeded.quiz.id}/attempts`,
			{
				answers: half,
			},
		);
		expect(res.json).toMatchObject({ score: 50, passed: true, passMark: 50 });
	});

	it("GET /school/lessons/:id/attempts returns only the caller's own", async () => {
		await submit("student", wrongAnswers);
		await enrollAs("otherStudent");
		await submit("otherStudent", correctAnswers);
		expectError(
			await call(
				"anonymous",
				"GET",
				`/school/lessons/${seeded.quiz.id}/attempts`,
			),
			401,
		);
		const mine = await call(
			"student",
			"GET",
			`/school/lessons/${seeded.quiz.id}/attempts`,
		);
		expectStatus(mine, 200);
		expect(mine.json.items).toHaveLength(1);
		expect(mine.json.items[0]).toMatchObject({ score: 0, passed: false });
		expect(mine.text).not.toContain("answers");
		const spying = await call(
			"owner",
			"GET",
			`/school/lessons/${seeded.quiz.id}/attempts?userId=${users.student.id}`,
		);
		expectStatus(spying, 200);
		expect(spying.json.items).toEqual([]);
		const other = await call(
			"otherStudent",
			"GET",
			`/school/lessons/${seeded.quiz.id}/attempts?userId=${users.student.id}`,
		);
		expect(other.json.items).toHaveLength(1);
		expect(other.json.items[0].score).toBe(100);
	});
});

describe("instructor endpoints: authorization", () => {
	type Request = { method: string; path: string; body?: unknown; ok: number };
	/** Every management request against the seeded course, with its success status. */
	const managed = (): Request[] => [
		{
			method: "PUT",
			path: `/school/courses/${seeded.course.id}/curriculum`,
			body: {
				sections: [
					{
						id: seeded.section.id,
						lessonIds: [seeded.quiz.id, seeded.text.id, seeded.video.id],
					},
				],
			},
			ok: 200,
		},
		{
			method: "PATCH",
			path: `/school/courses/${seeded.course.id}`,
			body: { title: "Renamed" },
			ok: 200,
		},
		{
			method: "POST",
			path: `/school/courses/${seeded.course.id}/sections`,
			body: { title: "New" },
			ok: 201,
		},
		{
			method: "PATCH",
			path: `/school/sections/${seeded.section.id}`,
			body: { title: "Sec" },
			ok: 200,
		},
		{
			method: "POST",
			path: `/school/courses/${seeded.course.id}/lessons`,
			body: { title: "L", type: "text", content: "x" },
			ok: 201,
		},
		{
			method: "PATCH",
			path: `/school/lessons/${seeded.text.id}`,
			body: { title: "T" },
			ok: 200,
		},
		{
			method: "GET",
			path: `/school/instructor/courses/${seeded.course.id}/students`,
			ok: 200,
		},
		{
			method: "GET",
			path: `/school/instructor/courses/${seeded.course.id}/students?format=csv`,
			ok: 200,
		},
		{
			method: "GET",
			path: `/school/instructor/courses/${seeded.course.id}/analytics`,
			ok: 200,
		},
		{ method: "DELETE", path: `/school/lessons/${seeded.video.id}`, ok: 200 },
		{
			method: "DELETE",
			path: `/school/sections/${seeded.section.id}`,
			ok: 200,
		},
		{ method: "DELETE", path: `/school/courses/${seeded.course.id}`, ok: 200 },
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
		await enrollAs("student");
		const before = await snapshot();
		const expected: [Who, number][] = [
			["anonymous", 401],
			["student", 403],
			["otherStudent", 403],
			["otherInstructor", 403],
		];
		for (const request of managed()) {
			for (const [who, status] of expected) {
				const res = await call(who, request.method, request.path, request.body);
				expectError(res, status);
				expect(
					res.text,
					`${who} ${request.method} ${request.path}`,
				).not.toContain("Sam Student");
			}
		}
		expect(await snapshot()).toBe(before);
	});

	it("the owner and admins may do everything", async () => {
		for (const who of ["owner", "admin"] as Who[]) {
			seeded = await seedCourse(db, { title: `Course of ${who}` });
			for (const request of managed()) {
				const res = await call(who, request.method, request.path, request.body);
				expect(
					res.status,
					`${who} ${request.method} ${request.path}: ${res.text}`,
				).toBe(request.ok);
			}
			expect(await getCourseById(db, seeded.course.id)).toBeNull();
		}
	});

	it("unknown ids are 404 for the owner", async () => {
		for (const [method, path, body] of [
			["PATCH", "/school/courses/nope", { title: "x" }],
			["DELETE", "/school/courses/nope", undefined],
			["POST", "/school/courses/nope/sections", { title: "x" }],
			["PATCH", "/school/sections/nope", { title: "x" }],
			["DELETE", "/school/sections/nope", undefined],
			["POST", "/school/courses/nope/lessons", { title: "x", type: "text" }],
			["PATCH", "/school/lessons/nope", { title: "x" }],
			["DELETE", "/school/lessons/nope", undefined],
			["PUT", "/school/courses/nope/curriculum", { sections: [] }],
			["GET", "/school/instructor/courses/nope/students", undefined],
			["GET", "/school/instructor/courses/nope/analytics", undefined],
		] as [string, string, unknown][]) {
			expectError(await call("owner", method, path, body), 404);
		}
	});

	it("POST /school/courses needs an instructor role; the owner is the caller, never the body", async () => {
		expectError(
			await call("anonymous", "POST", "/school/courses", { title: "X" }),
			401,
		);
		expectError(
			await call("student", "POST", "/school/courses", { title: "X" }),
			403,
		);
		const res = await call("otherInstructor", "POST", "/school/courses", {
			title: "Mine",
		});
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
			const bad = await call("owner", "POST", "/school/courses", {
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
			expectError(
				await call(
					"owner",
					"PATCH",
					`/school/courses/${seeded.course.id}`,
					body,
				),
				400,
			);
		}
		for (const body of [{ courseId: "other" }, { createdAt: "2020-01-01" }]) {
			expectError(
				await call("owner", "PATCH", `/school/lessons/${seeded.text.id}`, body),
				400,
			);
		}
		expectError(
			await call(
				"owner",
				"POST",
				`/school/courses/${seeded.course.id}/sections`,
				{
					title: "S",
					courseId: "other",
				},
			),
			400,
		);
		const row = await courseRow();
		expect(row).toMatchObject({
			instructorId: users.owner.id,
			enrollmentCount: 0,
			lessonCount: 3,
		});
	});

	it("a student cannot move a lesson into their own course or onto someone else's section", async () => {
		const theirs = await seedCourse(db, { title: "Theirs" });
		const res = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.text.id}`,
			{
				sectionId: theirs.section.id,
			},
		);
		expectError(res, 400);
		const curriculum = await call(
			"owner",
			"PUT",
			`/school/courses/${seeded.course.id}/curriculum`,
			{
				sections: [
					{
						id: seeded.section.id,
						lessonIds: [seeded.video.id, seeded.text.id, theirs.quiz.id],
					},
				],
			},
		);
		expectError(curriculum, 400);
		const other = await call(
			"otherInstructor",
			"PUT",
			`/school/courses/${theirs.course.id}/curriculum`,
			{
				sections: [],
				unsectionedLessonIds: [],
			},
		);
		expectError(other, 403);
	});

	it("GET /school/instructor/courses: mine for instructors, all for admins, with stats", async () => {
		await enrollAs("student");
		await enrollAs("otherStudent");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		await createCourse(db, { title: "Ian's" }, users.otherInstructor);
		expectError(
			await call("anonymous", "GET", "/school/instructor/courses"),
			401,
		);
		expectError(
			await call("student", "GET", "/school/instructor/courses"),
			403,
		);
		const mine = await call(
			"owner",
			"GET",
			"/school/instructor/courses?instructorId=u-other-instr",
		);
		expectStatus(mine, 200);
		expect(mine.json.items.map((c: Course) => c.title)).toEqual([
			"React Basics",
		]);
		expect(mine.json.items[0]).toMatchObject({
			enrollments: 2,
			completions: 0,
			completionRate: 0,
			averageProgress: 17,
		});
		const his = await call(
			"otherInstructor",
			"GET",
			"/school/instructor/courses",
		);
		expect(his.json.items.map((c: Course) => c.title)).toEqual(["Ian's"]);
		const all = await call("admin", "GET", "/school/instructor/courses");
		expect(all.json.total).toBe(2);
	});

	it("roster and analytics numbers", async () => {
		await enrollAs("student");
		await enrollAs("otherStudent");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		await submit("student", wrongAnswers);
		await submit("student", correctAnswers);
		const roster = await call(
			"owner",
			"GET",
			`/school/instructor/courses/${seeded.course.id}/students?limit=1`,
		);
		expectStatus(roster, 200);
		expect(roster.json).toMatchObject({ total: 2, limit: 1, offset: 0 });
		expect(roster.json.items[0]).toMatchObject({
			userId: users.student.id,
			learnerName: "Sam Student",
			learnerEmail: "sam@example.com",
			status: "enrolled",
			progressPct: 66,
			bestQuizScore: 100,
		});
		expectError(
			await call(
				"owner",
				"GET",
				`/school/instructor/courses/${seeded.course.id}/students?limit=500`,
			),
			400,
		);
		const analytics = await call(
			"admin",
			"GET",
			`/school/instructor/courses/${seeded.course.id}/analytics`,
		);
		expectStatus(analytics, 200);
		expect(analytics.json).toMatchObject({ enrollments: 2, completions: 0 });
		expect(
			analytics.json.funnel.map((f: { completions: number }) => f.completions),
		).toEqual([1, 0, 1]);
		expect(analytics.json.quizzes[0]).toMatchObject({
			attempts: 2,
			passes: 1,
			passRate: 50,
			averageScore: 50,
		});
	});

	it("CSV roster: text/csv, a header row, and formula injection neutralised", async () => {
		await enrollDirect(db, await courseRow(), {
			id: "evil",
			name: '=HYPERLINK("http://x","y")',
			email: "+1@example.com",
		});
		await enrollDirect(db, await courseRow(), {
			id: "evil2",
			name: "@SUM(A1)",
			email: "-x@example.com",
		});
		await enrollDirect(db, await courseRow(), {
			id: "plain",
			name: "Plain, Jane",
			email: "jane@example.com",
		});
		const res = await call(
			"owner",
			"GET",
			`/school/instructor/courses/${seeded.course.id}/students?format=csv`,
		);
		expectStatus(res, 200);
		expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
		expect(res.headers.get("content-disposition")).toContain(
			"react-basics-students.csv",
		);
		const lines = res.text.trimEnd().split("\r\n");
		expect(lines[0]).toBe(
			"name,email,status,progress_pct,best_quiz_score,enrolled_at,completed_at,last_activity_at",
		);
		expect(lines).toHaveLength(4);
		expect(
			lines[1]?.startsWith(
				`"'=HYPERLINK(""http://x"",""y"")","'+1@example.com",enrolled,0,`,
			),
		).toBe(true);
		expect(lines[2]?.startsWith(`"'@SUM(A1)","'-x@example.com",`)).toBe(true);
		expect(
			lines[3]?.startsWith(`"Plain, Jane",jane@example.com,enrolled,0,`),
		).toBe(true);
		for (const line of lines) {
			for (const cell of line.split(",")) expect(cell).not.toMatch(/^[=+\-@]/);
		}
		expectError(
			await call(
				"student",
				"GET",
				`/school/instructor/courses/${seeded.course.id}/students?format=csv`,
			),
			403,
		);
	});

	it("DELETE a course with learners is refused (409)", async () => {
		await enrollAs("student");
		expectError(
			await call("owner", "DELETE", `/school/courses/${seeded.course.id}`),
			409,
		);
		expect(await getCourseById(db, seeded.course.id)).not.toBeNull();
		expectStatus(
			await call("anonymous", "GET", "/school/courses/react-basics"),
			200,
		);
	});

	it("DELETE a section keeps its lessons; DELETE a lesson recounts", async () => {
		expectStatus(
			await call("owner", "DELETE", `/school/sections/${seeded.section.id}`),
			200,
		);
		const page = await call("owner", "GET", "/school/courses/react-basics");
		expect(page.json.sections).toEqual([]);
		expect(page.json.unsectionedLessons).toHaveLength(3);
		expectStatus(
			await call("owner", "DELETE", `/school/lessons/${seeded.video.id}`),
			200,
		);
		expect((await courseRow()).lessonCount).toBe(2);
		expectError(
			await call("anonymous", "GET", `/school/lessons/${seeded.video.id}`),
			404,
		);
	});

	it("PUT curriculum returns the new outline and refuses incomplete input", async () => {
		const res = await call(
			"owner",
			"PUT",
			`/school/courses/${seeded.course.id}/curriculum`,
			{
				sections: [{ id: seeded.section.id, lessonIds: [seeded.quiz.id] }],
				unsectionedLessonIds: [seeded.video.id, seeded.text.id],
			},
		);
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
		const bad = await call(
			"owner",
			"PUT",
			`/school/courses/${seeded.course.id}/curriculum`,
			{
				sections: [{ id: seeded.section.id, lessonIds: [seeded.quiz.id] }],
			},
		);
		expectError(bad, 400, /lesson/);
	});

	it("slug conflicts are 409, reserved slugs 400", async () => {
		const other = await call("owner", "POST", "/school/courses", {
			title: "Second",
		});
		expectStatus(other, 201);
		const clash = await call(
			"owner",
			"PATCH",
			`/school/courses/${other.json.id}`,
			{ slug: "react-basics" },
		);
		expectError(clash, 409, /slug/);
		const dup = await call("owner", "POST", "/school/courses", {
			title: "Third",
			slug: "react-basics",
		});
		expectError(dup, 409);
		for (const slug of ["me", "instructor", "certificates"]) {
			expectError(
				await call("owner", "POST", "/school/courses", { title: "T", slug }),
				400,
				/reserved/,
			);
			expectError(
				await call("owner", "PATCH", `/school/courses/${other.json.id}`, {
					slug,
				}),
				400,
			);
		}
		for (const title of ["Me", "Instructor", "Certificates"]) {
			const res = await call("owner", "POST", "/school/courses", { title });
			expectStatus(res, 201);
			expect(res.json.slug).toBe(`${title.toLowerCase()}-2`);
		}
	});
});

describe("input validation and stored XSS", () => {
	const lessonsPath = () => `/school/courses/${seeded.course.id}/lessons`;

	it("invalid quiz JSON on lesson create and update is 400 with a message", async () => {
		const bad = await call("owner", "POST", lessonsPath(), {
			title: "Q",
			type: "quiz",
			content: "{nope",
		});
		expectError(bad, 400, /Quiz content must be valid JSON/);
		const invalid = await call("owner", "POST", lessonsPath(), {
			title: "Q",
			type: "quiz",
			content: JSON.stringify({ questions: [] }),
		});
		expectError(invalid, 400, /at least one question/);
		const update = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.quiz.id}`,
			{ content: "[1,2" },
		);
		expectError(update, 400, /valid JSON/);
		const toQuiz = await call(
			"owner",
			"PATCH",
			`/school/lessons/${seeded.text.id}`,
			{ type: "quiz" },
		);
		expectError(toQuiz, 400);
		expect(await db.count({ model: "lesson" })).toBe(3);
		const student = await enrollAs("student");
		expect(student.status).toBe("enrolled");
		expectStatus(
			await call("student", "GET", `/school/lessons/${seeded.quiz.id}`),
			200,
		);
	});

	it("refuses javascript:, data: and protocol-relative URLs", async () => {
		for (const url of [
			"javascript:alert(1)",
			" JavaScript:alert(1)",
			"data:text/html,<script>alert(1)</script>",
			"//evil.example/x.mp4",
			"/\\evil.example/x.mp4",
			"/\t/evil.example/x.mp4",
			"vbscript:msgbox",
		]) {
			expectError(
				await call("owner", "POST", lessonsPath(), {
					title: "V",
					type: "video",
					videoUrl: url,
				}),
				400,
			);
			expectError(
				await call("owner", "PATCH", `/school/lessons/${seeded.video.id}`, {
					captionsUrl: url,
				}),
				400,
			);
			expectError(
				await call("owner", "PATCH", `/school/courses/${seeded.course.id}`, {
					coverImage: url,
				}),
				400,
			);
			expectError(
				await call("owner", "POST", lessonsPath(), {
					title: "R",
					type: "text",
					resources: [{ label: "Click", url }],
				}),
				400,
			);
		}
		// Resources must be absolute http(s), not site paths.
		expectError(
			await call("owner", "POST", lessonsPath(), {
				title: "R",
				type: "text",
				resources: [{ label: "Local", url: "/files/a.pdf" }],
			}),
			400,
		);
		expect(await db.count({ model: "lesson" })).toBe(3);
		const lesson = await db.findOne<Lesson>({
			model: "lesson",
			where: [{ field: "id", value: seeded.video.id }],
		});
		expect(lesson?.captionsUrl ?? null).toBeNull();
		expect((await courseRow()).coverImage ?? null).toBeNull();
	});

	it("accepts http(s) and site-path media", async () => {
		const res = await call("owner", "POST", lessonsPath(), {
			title: "V",
			type: "video",
			videoUrl: "https://cdn.example.com/v.mp4",
			captionsUrl: "/captions/v.vtt",
			resources: [{ label: "Slides", url: "http://example.com/slides.pdf" }],
		});
		expectStatus(res, 201);
		expect(res.json.resources).toEqual([
			{ label: "Slides", url: "http://example.com/slides.pdf" },
		]);
	});

	it("titles and markdown are stored as given (escaping is the renderer's job)", async () => {
		const title = `<img src=x onerror="alert(1)"> Course`;
		const res = await call("owner", "POST", "/school/courses", {
			title,
			description: "<script>alert('d')</script>",
		});
		expectStatus(res, 201);
		expect(res.json.title).toBe(title);
		expect(res.json.description).toBe("<script>alert('d')</script>");
		const lesson = await call(
			"owner",
			"POST",
			`/school/courses/${res.json.id}/lessons`,
			{
				title: "<b>x</b>",
				type: "text",
				content: "[click](javascript:alert(1))",
			},
		);
		expectStatus(lesson, 201);
		expect(lesson.json.content).toBe("[click](javascript:alert(1))");
	});

	it("refuses over-long and empty fields with a message", async () => {
		expectError(
			await call("owner", "POST", "/school/courses", {
				title: "x".repeat(201),
			}),
			400,
			/title/,
		);
		expectError(
			await call("owner", "POST", "/school/courses", { title: "   " }),
			400,
			/Title is required/,
		);
		expectError(await call("owner", "POST", "/school/courses", {}), 400);
		expectError(
			await call("owner", "POST", "/school/courses", { title: "T", price: -1 }),
			400,
		);
		expectError(
			await call("owner", "POST", "/school/courses", {
				title: "T",
				maxStudents: 0,
			}),
			400,
		);
		expectError(
			await call("owner", "POST", "/school/courses", {
				title: "T",
				currency: "EURO",
			}),
			400,
		);
		expectError(
			await call("owner", "POST", "/school/courses", {
				title: "T",
				status: "deleted",
			}),
			400,
		);
		expectError(
			await call("owner", "POST", lessonsPath(), { title: "L", type: "audio" }),
			400,
		);
		expectError(
			await call(
				"owner",
				"POST",
				`/school/courses/${seeded.course.id}/sections`,
				{ title: "s".repeat(201) },
			),
			400,
		);
		expect(await db.count({ model: "course" })).toBe(1);
	});
});

describe("no identity source configured", () => {
	it("personal and instructor endpoints answer 401 even with a user header", async () => {
		const { call: bare } = makeStack(db, {
			getUser: undefined,
		} as Partial<SchoolBackendOptions>);
		await enrollDirect(db, await courseRow(), users.student);
		const requests: [string, string, unknown?][] = [
			["GET", "/school/me/enrollments"],
			["POST", `/school/courses/${seeded.course.id}/enroll`],
			["GET", `/school/courses/${seeded.course.id}/enrollment`],
			["GET", `/school/lessons/${seeded.text.id}`],
			["POST", `/school/lessons/${seeded.text.id}/complete`],
			[
				"PUT",
				`/school/lessons/${seeded.text.id}/position`,
				{ positionSecs: 1 },
			],
			[
				"POST",
				`/school/lessons/${seeded.quiz.id}/attempts`,
				{ answers: correctAnswers },
			],
			["GET", `/school/lessons/${seeded.quiz.id}/attempts`],
			["GET", "/school/instructor/courses"],
			["POST", "/school/courses", { title: "X" }],
			["PATCH", `/school/courses/${seeded.course.id}`, { title: "X" }],
			["DELETE", `/school/courses/${seeded.course.id}`],
			["GET", `/school/instructor/courses/${seeded.course.id}/students`],
		];
		for (const who of ["student", "owner", "admin"] as Who[]) {
			for (const [method, path, body] of requests) {
				const res = await bare(who, method, path, body);
				expect(res.status, `${who} ${method} ${path}`).toBe(401);
			}
		}
		// Public endpoints still work.
		expectStatus(await bare("anonymous", "GET", "/school/courses"), 200);
		expectStatus(
			await bare("anonymous", "GET", "/school/courses/react-basics"),
			200,
		);
		expectStatus(
			await bare("anonymous", "GET", `/school/lessons/${seeded.video.id}`),
			200,
		);
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		expect((await courseRow()).title).toBe("React Basics");
	});
});

describe("lesson management through the API", () => {
	it("creating a lesson returns it with its quiz for the owner and recounts progress", async () => {
		await enrollAs("student");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		const quiz = await call(
			"owner",
			"POST",
			`/school/courses/${seeded.course.id}/lessons`,
			{
				title: "Second quiz",
				type: "quiz",
				sectionId: seeded.section.id,
				content: JSON.stringify(sampleQuiz),
			},
		);
		expectStatus(quiz, 201);
		expect(quiz.json.quiz.questions[0].correct).toEqual(["a"]);
		expect((await enrollmentRow(users.student.id))?.progressPct).toBe(25);
		const forStudent = await call(
			"student",
			"GET",
			`/school/lessons/${quiz.json.id}`,
		);
		expectNoAnswerKeys(forStudent.text);
		const deleted = await call(
			"owner",
			"DELETE",
			`/school/lessons/${quiz.json.id}`,
		);
		expectStatus(deleted, 200);
		expect((await enrollmentRow(users.student.id))?.progressPct).toBe(33);
	});

	it("a lesson created directly in a draft course stays hidden", async () => {
		const draft = await createCourse(db, { title: "Hidden" }, users.owner);
		const lesson = await createLesson(db, draft.id, {
			title: "Free?",
			type: "text",
			isFreePreview: true,
		});
		expectError(
			await call("anonymous", "GET", `/school/lessons/${lesson.id}`),
			404,
		);
		expectStatus(
			await call("owner", "GET", `/school/lessons/${lesson.id}`),
			200,
		);
	});
});

describe("viewer and course access", () => {
	it("GET /school/me says who is asking, 200 even when signed out", async () => {
		const anon = await call("anonymous", "GET", "/school/me");
		expectStatus(anon, 200);
		expect(anon.json).toEqual({ user: null });
		const owner = await call("owner", "GET", "/school/me?userId=u-admin");
		expect(owner.json.user).toEqual({
			id: users.owner.id,
			name: "Olive Owner",
			isInstructor: true,
			isAdmin: false,
		});
		const admin = await call("admin", "GET", "/school/me");
		expect(admin.json.user).toMatchObject({
			isInstructor: true,
			isAdmin: true,
		});
		const student = await call("student", "GET", "/school/me");
		expect(student.json.user).toMatchObject({
			isInstructor: false,
			isAdmin: false,
		});
		expect(student.text).not.toContain("sam@example.com");
	});

	it("GET /school/courses/:id/access gives only the caller's own enrollment", async () => {
		await enrollAs("student");
		await call(
			"student",
			"POST",
			`/school/lessons/${seeded.video.id}/complete`,
		);
		const path = `/school/courses/${seeded.course.id}/access`;
		const anon = await call("anonymous", "GET", path);
		expectStatus(anon, 200);
		expect(anon.json).toEqual({
			signedIn: false,
			canManage: false,
			enrollment: null,
		});
		const mine = await call("student", "GET", path);
		expect(mine.json).toMatchObject({
			signedIn: true,
			canManage: false,
			enrollment: { userId: users.student.id, completedLessons: 1 },
		});
		const other = await call(
			"otherStudent",
			"GET",
			`${path}?userId=${users.student.id}`,
		);
		expect(other.json).toEqual({
			signedIn: true,
			canManage: false,
			enrollment: null,
		});
		expect((await call("owner", "GET", path)).json).toMatchObject({
			canManage: true,
			enrollment: null,
		});
		expect((await call("otherInstructor", "GET", path)).json.canManage).toBe(
			false,
		);
		expect((await call("admin", "GET", path)).json.canManage).toBe(true);
		const draft = await seedCourse(db, { title: "Draft", status: "draft" });
		expectError(
			await call("student", "GET", `/school/courses/${draft.course.id}/access`),
			404,
		);
		expectError(
			await call(
				"otherInstructor",
				"GET",
				`/school/courses/${draft.course.id}/access`,
			),
			404,
		);
		expectStatus(
			await call("owner", "GET", `/school/courses/${draft.course.id}/access`),
			200,
		);
	});

	it("section bodies are strict too", async () => {
		for (const body of [{ courseId: "other" }, { title: "S", id: "x" }]) {
			expectError(
				await call(
					"owner",
					"PATCH",
					`/school/sections/${seeded.section.id}`,
					body,
				),
				400,
			);
		}
	});
});
