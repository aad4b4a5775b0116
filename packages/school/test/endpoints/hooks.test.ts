import { describe, expect, it, vi } from "vitest";
import type { Lesson, QuizAttempt } from "../../src/types";
import { expectStatus, schoolApiWith } from "../helpers/api";
import { correctAnswers, users, wrongAnswers } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("hooks", () => {
	it("onAfterEnroll gets the enrollment and course", async () => {
		const onAfterEnroll = vi.fn();
		const hooked = schoolApiWith(db, { hooks: { onAfterEnroll } });
		const res = await hooked.enroll("student", seeded.course.id);
		expectStatus(res, 201);
		expect(onAfterEnroll).toHaveBeenCalledTimes(1);
		expect(onAfterEnroll).toHaveBeenCalledWith(
			expect.objectContaining({ id: res.json.id, userId: users.student.id }),
			expect.objectContaining({ id: seeded.course.id }),
			// The hook context (last argument): the acting user and the request.
			expect.objectContaining({
				user: expect.objectContaining({ id: users.student.id }),
				headers: expect.any(Headers),
			}),
		);
		// An idempotent repeat is not a new enrollment.
		await hooked.enroll("student", seeded.course.id);
		expect(onAfterEnroll).toHaveBeenCalledTimes(1);
	});

	it("onAfterEnroll throwing fails the request and leaves no enrollment", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const failing = schoolApiWith(db, {
			hooks: {
				onAfterEnroll: () => {
					throw new Error("mailer down");
				},
			},
		});
		const res = await failing.enroll("student", seeded.course.id);
		expect(res.status).toBeGreaterThanOrEqual(500);
		expect(await school.enrollmentRow(users.student.id)).toBeNull();
		expect((await school.courseRow()).enrollmentCount).toBe(0);

		// A reactivation whose hook fails goes back to cancelled.
		const mine = await school.enrollAs("student");
		await api.cancelEnrollment("student", mine.id);
		const again = await failing.enroll("student", seeded.course.id);
		expect(again.status).toBeGreaterThanOrEqual(500);
		const row = await school.enrollmentRow(users.student.id);
		expect(row?.status).toBe("cancelled");
		expect(row?.seatKey ?? null).toBeNull();
		expect((await school.courseRow()).enrollmentCount).toBe(0);
		errors.mockRestore();
	});

	it("onCourseComplete runs once with the enrollment and course, and its id is the certificate", async () => {
		const onCourseComplete = vi.fn(async () => ({
			certificateId: "cert-from-hook",
		}));
		const hooked = schoolApiWith(db, { hooks: { onCourseComplete } });
		await school.enrollAs("otherStudent");
		for (const lesson of [seeded.video, seeded.text]) {
			const res = await hooked.completeLesson("otherStudent", lesson.id);
			expectStatus(res, 200);
			expect(res.json.courseCompleted).toBe(false);
		}
		expect(onCourseComplete).not.toHaveBeenCalled();
		const last = await hooked.submitQuiz(
			"otherStudent",
			seeded.quiz.id,
			correctAnswers,
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
			expect.objectContaining({
				user: expect.objectContaining({ id: users.otherStudent.id }),
			}),
		);
		// Later completions do not complete again.
		const later = await hooked.completeLesson("otherStudent", seeded.video.id);
		expect(later.json.courseCompleted).toBe(false);
		expect(later.json.enrollment.certificateId).toBe("cert-from-hook");
		expect(onCourseComplete).toHaveBeenCalledTimes(1);

		const cert = await api.getCertificate("anonymous", "cert-from-hook");
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
		const failing = schoolApiWith(db, {
			hooks: {
				onCourseComplete: () => {
					throw new Error("cert service down");
				},
			},
		});
		await school.enrollAs("student");
		await api.completeLesson("student", seeded.video.id);
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		const res = await failing.completeLesson("student", seeded.text.id);
		expect(res.status).toBeGreaterThanOrEqual(500);
		const row = await school.enrollmentRow(users.student.id);
		expect(row?.status).toBe("enrolled");
		expect(row?.certificateId ?? null).toBeNull();
		expect((await school.courseRow()).completionCount).toBe(0);
		const retry = await api.completeLesson("student", seeded.text.id);
		expectStatus(retry, 200);
		expect(retry.json.courseCompleted).toBe(true);
		expect(retry.json.enrollment.certificateId).toEqual(expect.any(String));
		errors.mockRestore();
	});

	it("onQuizSubmit gets the stored attempt and the lesson", async () => {
		const onQuizSubmit = vi.fn();
		const hooked = schoolApiWith(db, { hooks: { onQuizSubmit } });
		await school.enrollAs("student");
		const res = await hooked.submitQuiz(
			"student",
			seeded.quiz.id,
			wrongAnswers,
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
