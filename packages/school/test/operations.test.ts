import type { Adapter } from "@btst/stack/plugins/api";
import { APIError } from "better-call";
import {
	afterAll,
	beforeAll,
	beforeEach,
	describe,
	expect,
	it,
	vi,
} from "vitest";
import { SchoolError } from "../src/api/errors";
import type { SchoolBackendOptions } from "../src/api/options";
import { createSchoolApi } from "../src/api/server-api";
import type { SchoolUser } from "../src/types";
import {
	memoryAdapter,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";
import {
	correctAnswers,
	seedCourse,
	users,
	wrongAnswers,
} from "./helpers/fixtures";

/**
 * Every operation through `createSchoolApi`, on the memory adapter and on Postgres: the same
 * rules and hooks as over HTTP, with the acting user passed explicitly.
 */

async function failure(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e,
	);
	expect(error, "expected a SchoolError").toBeInstanceOf(SchoolError);
	return error as SchoolError;
}

const learner = (n: number): SchoolUser => ({
	id: `learner-${n}`,
	name: `L${n}`,
});

function suite(
	name: string,
	open: () => Promise<{ db: Adapter; reset?: () => Promise<void> }>,
) {
	describe(`operations through createSchoolApi (${name})`, () => {
		let db: Adapter;
		let reset: (() => Promise<void>) | undefined;
		beforeAll(async () => {
			({ db, reset } = await open());
		});
		beforeEach(async () => {
			if (reset) await reset();
			else db = memoryAdapter();
		});
		const api = (options: SchoolBackendOptions = {}) =>
			createSchoolApi(db, options);

		it("enroll: idempotent, 404 for drafts and unknown ids", async () => {
			const { course } = await seedCourse(db);
			const first = await api().enroll(users.student, course.id);
			expect(first.created).toBe(true);
			const again = await api().enroll(users.student, course.id);
			expect(again).toMatchObject({
				created: false,
				enrollment: { id: first.enrollment.id },
			});
			expect((await failure(api().enroll(users.student, "nope"))).status).toBe(
				404,
			);
			const draft = await seedCourse(db, { title: "Draft", status: "draft" });
			expect(
				(await failure(api().enroll(users.student, draft.course.id))).status,
			).toBe(404);
		});

		it("enroll: the payment gate fails closed; { paid: true } is the trusted way past it", async () => {
			const { course } = await seedCourse(db, { title: "Paid", price: 4900 });
			const refused = await failure(api().enroll(users.student, course.id));
			expect([refused.status, refused.code]).toEqual([403, "payment_required"]);
			for (const onBeforeEnroll of [
				() => false,
				() => undefined as unknown as boolean,
				() => {
					throw new Error("payment service down");
				},
			]) {
				const error = await failure(
					api({ hooks: { onBeforeEnroll } }).enroll(users.student, course.id),
				);
				expect(error.code).toBe("payment_required");
			}
			// Throw-to-deny with the app's own answer keeps it.
			const own = await api({
				hooks: {
					onBeforeEnroll: () => {
						throw new APIError("PAYMENT_REQUIRED", { message: "Pay first" });
					},
				},
			})
				.enroll(users.student, course.id)
				.catch((e: unknown) => e);
			expect(own).toBeInstanceOf(APIError);
			expect((own as APIError).statusCode).toBe(402);
			const onBeforeEnroll = vi.fn(() => true);
			const admitted = await api({ hooks: { onBeforeEnroll } }).enroll(
				users.student,
				course.id,
			);
			expect(admitted.created).toBe(true);
			expect(onBeforeEnroll).toHaveBeenCalledWith(
				users.student.id,
				expect.objectContaining({ id: course.id }),
				expect.objectContaining({
					user: expect.objectContaining({ id: users.student.id }),
				}),
			);
			const gate = vi.fn(() => false);
			const webhook = await api({ hooks: { onBeforeEnroll: gate } }).enroll(
				users.otherStudent,
				course.id,
				{ paid: true, paymentRef: "pi_123" },
			);
			expect(webhook.enrollment.paymentRef).toBe("pi_123");
			expect(gate).not.toHaveBeenCalled();
		});

		it("enroll: capacity holds, and a failing onAfterEnroll takes the enrollment back", async () => {
			const { course } = await seedCourse(db, { maxStudents: 1 });
			const onAfterEnroll = vi.fn(() => {
				throw new Error("mailer down");
			});
			await expect(
				api({ hooks: { onAfterEnroll } }).enroll(learner(1), course.id),
			).rejects.toThrow("mailer down");
			expect(onAfterEnroll).toHaveBeenCalledWith(
				expect.objectContaining({ userId: learner(1).id }),
				expect.objectContaining({ id: course.id }),
				{
					user: expect.objectContaining({ id: learner(1).id }),
					headers: undefined,
					request: undefined,
				},
			);
			expect(await db.count({ model: "enrollment" })).toBe(0);
			expect((await api().enroll(learner(1), course.id)).created).toBe(true);
			const full = await failure(api().enroll(learner(2), course.id));
			expect([full.status, full.code]).toEqual([409, "course_full"]);
		});

		it("cancelEnrollment: one's own only", async () => {
			const { course } = await seedCourse(db);
			const { enrollment } = await api().enroll(users.student, course.id);
			expect(
				(
					await failure(
						api().cancelEnrollment(users.otherStudent, enrollment.id),
					)
				).status,
			).toBe(404);
			expect(
				(await api().cancelEnrollment(users.student, enrollment.id)).status,
			).toBe("cancelled");
		});

		it("completeLesson: needs an enrollment, refuses quizzes, completes the course once with one certificate", async () => {
			const seeded = await seedCourse(db);
			const onCourseComplete = vi.fn(async () => ({
				certificateId: `cert-${Math.random()}`,
			}));
			const school = api({ hooks: { onCourseComplete } });
			expect(
				(await failure(school.completeLesson(users.student, seeded.video.id)))
					.status,
			).toBe(403);
			await school.enroll(users.student, seeded.course.id);
			expect(
				(await failure(school.completeLesson(users.student, seeded.quiz.id)))
					.code,
			).toBe("quiz_lesson");
			await school.completeLesson(users.student, seeded.video.id);
			await school.completeLesson(users.student, seeded.text.id);
			expect(onCourseComplete).not.toHaveBeenCalled();
			const passed = await school.submitQuiz(users.student, seeded.quiz.id, {
				answers: correctAnswers,
			});
			expect(passed.progress?.courseCompleted).toBe(true);
			const again = await school.completeLesson(users.student, seeded.video.id);
			expect(again.courseCompleted).toBe(false);
			expect(onCourseComplete).toHaveBeenCalledTimes(1);
			const certificateId = passed.progress?.enrollment.certificateId;
			expect(certificateId).toMatch(/^cert-/);
			expect(again.enrollment.certificateId).toBe(certificateId);
			expect(await api().getCertificate(certificateId ?? "")).toMatchObject({
				courseTitle: "React Basics",
			});
		});

		it("savePosition: enrolled learners only", async () => {
			const seeded = await seedCourse(db);
			expect(
				(
					await failure(
						api().savePosition(users.student, seeded.video.id, {
							positionSecs: 5,
						}),
					)
				).status,
			).toBe(403);
			await api().enroll(users.student, seeded.course.id);
			expect(
				await api().savePosition(users.student, seeded.video.id, {
					positionSecs: 5.7,
				}),
			).toEqual({ ok: true, positionSecs: 5 });
			expect(
				(
					await failure(
						api().savePosition(users.student, seeded.video.id, {
							positionSecs: -1,
						}),
					)
				).code,
			).toBe("VALIDATION_ERROR");
		});

		it("submitQuiz: grading, attempt limit, reveal policy, onQuizSubmit with its context", async () => {
			const seeded = await seedCourse(db);
			const onQuizSubmit = vi.fn();
			const school = api({ hooks: { onQuizSubmit } });
			await school.enroll(users.student, seeded.course.id);
			const wrong = await school.submitQuiz(users.student, seeded.quiz.id, {
				answers: wrongAnswers,
			});
			expect(wrong).toMatchObject({
				score: 0,
				passed: false,
				passMark: 60,
				attemptsLeft: 2,
				progress: null,
			});
			// after_pass: no answer keys for a failed attempt.
			expect(wrong.results.every((r) => r.correctAnswer === undefined)).toBe(
				true,
			);
			const right = await school.submitQuiz(users.student, seeded.quiz.id, {
				answers: correctAnswers,
			});
			expect(right).toMatchObject({
				score: 100,
				passed: true,
				attemptsLeft: 1,
			});
			expect(right.results[0]?.correctAnswer).toBe("a");
			await school.submitQuiz(users.student, seeded.quiz.id, {
				answers: wrongAnswers,
			});
			const over = await failure(
				school.submitQuiz(users.student, seeded.quiz.id, {
					answers: wrongAnswers,
				}),
			);
			expect([over.status, over.code]).toEqual([409, "attempt_limit"]);
			expect(onQuizSubmit).toHaveBeenCalledTimes(3);
			expect(onQuizSubmit).toHaveBeenCalledWith(
				expect.objectContaining({ userId: users.student.id }),
				expect.objectContaining({ id: seeded.quiz.id }),
				expect.objectContaining({
					user: expect.objectContaining({ id: users.student.id }),
				}),
			);
			expect(
				(
					await failure(
						school.submitQuiz(users.student, seeded.text.id, { answers: [] }),
					)
				).status,
			).toBe(404);
		});

		it("instructor writes: learners 403, other instructors 403, owners and admins allowed", async () => {
			const school = api();
			expect(
				(await failure(school.createCourse(users.student, { title: "X" })))
					.status,
			).toBe(403);
			const course = await school.createCourse(users.owner, { title: "Owned" });
			expect(course.instructorId).toBe(users.owner.id);
			expect(
				(
					await failure(
						school.updateCourse(users.otherInstructor, course.id, {
							title: "Y",
						}),
					)
				).status,
			).toBe(403);
			expect(
				(
					await school.updateCourse(users.admin, course.id, {
						status: "published",
					})
				).status,
			).toBe("published");
			const section = await school.createSection(users.owner, course.id, {
				title: "S",
			});
			expect(
				(
					await failure(
						school.updateSection(users.otherInstructor, section.id, {
							title: "Z",
						}),
					)
				).status,
			).toBe(403);
			expect(
				(await school.updateSection(users.owner, section.id, { title: "S2" }))
					.title,
			).toBe("S2");
			const lesson = await school.createLesson(users.owner, course.id, {
				title: "L",
				type: "text",
				sectionId: section.id,
			});
			expect(
				(await school.updateLesson(users.owner, lesson.id, { title: "L2" }))
					.title,
			).toBe("L2");
			const invalid = await failure(
				school.updateLesson(users.owner, lesson.id, { type: "quiz" }),
			);
			expect(invalid.issues?.[0]?.path).toEqual(["content"]);
			const detail = await school.setCurriculum(users.owner, course.id, {
				sections: [{ id: section.id, lessonIds: [] }],
				unsectionedLessonIds: [lesson.id],
			});
			expect(detail.unsectionedLessons.map((l) => l.id)).toEqual([lesson.id]);
			expect((await school.getInstructorCourse(course)).lessons[0]?.title).toBe(
				"L2",
			);
			await school.deleteLesson(users.owner, lesson.id);
			await school.deleteSection(users.owner, section.id);
			expect(
				(await failure(school.deleteCourse(users.otherInstructor, course.id)))
					.status,
			).toBe(403);
			await school.deleteCourse(users.owner, course.id);
			expect(await school.getCourseById(course.id)).toBeNull();
			expect(
				(await failure(school.updateCourse(users.owner, "nope", {}))).status,
			).toBe(404);
		});
	});
}

suite("memory", async () => ({ db: memoryAdapter() }));

for (const target of sqlTargets()) {
	let database: SqlDatabase | null = null;
	afterAll(async () => {
		await database?.close();
	});
	suite(target.name, async () => {
		database = await target.open("school_operations_test");
		if (!database) throw new Error(`${target.name} is not available`);
		return { db: database.adapter, reset: database.reset };
	});
}
