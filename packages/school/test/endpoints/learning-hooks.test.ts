import { beforeEach, describe, expect, it, vi } from "vitest";
import {
	expectStatus,
	type SeededCourse,
	type SeededSchool,
	schoolApiWith,
	seededSchool,
} from "../helpers/api";
import { correctAnswers, users, wrongAnswers } from "../helpers/fixtures";

let school: SeededSchool;
let seeded: SeededCourse;
beforeEach(async () => {
	school = await seededSchool();
	seeded = school.seeded;
});

describe("onLessonComplete", () => {
	it("fires once per lesson, for quizzes on a pass, and says when the course completed", async () => {
		const onLessonComplete = vi.fn();
		const api = schoolApiWith(school.db, { hooks: { onLessonComplete } });
		await api.enroll("student", seeded.course.id);

		expectStatus(await api.completeLesson("student", seeded.video.id), 200);
		expect(onLessonComplete).toHaveBeenCalledTimes(1);
		expect(onLessonComplete).toHaveBeenLastCalledWith(
			expect.objectContaining({
				lesson: expect.objectContaining({ id: seeded.video.id }),
				course: expect.objectContaining({ id: seeded.course.id }),
				completedLessons: 1,
				totalLessons: 3,
				courseCompleted: false,
			}),
			expect.objectContaining({
				user: expect.objectContaining({ id: users.student.id }),
			}),
		);
		// Completing it again is no news.
		await api.completeLesson("student", seeded.video.id);
		expect(onLessonComplete).toHaveBeenCalledTimes(1);
		// A saved position on a lesson (an unfinished progress row) does not count as complete.
		await api.savePosition("student", seeded.text.id, { positionSecs: 5 });
		await api.completeLesson("student", seeded.text.id);
		expect(onLessonComplete).toHaveBeenCalledTimes(2);

		// A failed quiz is not a completion; the pass that finishes the course is.
		await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		expect(onLessonComplete).toHaveBeenCalledTimes(2);
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		expect(onLessonComplete).toHaveBeenCalledTimes(3);
		const [last] = onLessonComplete.mock.calls[2] ?? [];
		expect(last).toMatchObject({
			courseCompleted: true,
			enrollment: { status: "completed" },
		});
		expect(last.enrollment.certificateId).toEqual(expect.any(String));
	});

	it("a failing hook is logged; the completion stands", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const api = schoolApiWith(school.db, {
			hooks: {
				onLessonComplete: () => {
					throw new Error("mailer down");
				},
			},
		});
		await api.enroll("student", seeded.course.id);
		const res = await api.completeLesson("student", seeded.video.id);
		expectStatus(res, 200);
		expect(res.json.completedLessons).toBe(1);
		expect(errors).toHaveBeenCalled();
		errors.mockRestore();
	});
});

describe("onEnrollmentCancelled", () => {
	it("fires after a learner leaves, once, with the cancelled enrollment and course", async () => {
		const onEnrollmentCancelled = vi.fn();
		const api = schoolApiWith(school.db, { hooks: { onEnrollmentCancelled } });
		const mine = await api.enroll("student", seeded.course.id);
		expectStatus(await api.cancelEnrollment("otherStudent", mine.json.id), 404);
		expect(onEnrollmentCancelled).not.toHaveBeenCalled();

		expectStatus(await api.cancelEnrollment("student", mine.json.id), 200);
		expect(onEnrollmentCancelled).toHaveBeenCalledTimes(1);
		expect(onEnrollmentCancelled).toHaveBeenCalledWith(
			expect.objectContaining({ id: mine.json.id, status: "cancelled" }),
			expect.objectContaining({ id: seeded.course.id }),
			expect.objectContaining({
				user: expect.objectContaining({ id: users.student.id }),
			}),
		);
		await api.cancelEnrollment("student", mine.json.id);
		expect(onEnrollmentCancelled).toHaveBeenCalledTimes(1);
	});

	it("a failing hook is logged; the learner has still left", async () => {
		const errors = vi.spyOn(console, "error").mockImplementation(() => {});
		const api = schoolApiWith(school.db, {
			hooks: {
				onEnrollmentCancelled: () => {
					throw new Error("mailer down");
				},
			},
		});
		const mine = await api.enroll("student", seeded.course.id);
		const res = await api.cancelEnrollment("student", mine.json.id);
		expectStatus(res, 200);
		expect(res.json.status).toBe("cancelled");
		expect(errors).toHaveBeenCalled();
		errors.mockRestore();
	});
});
