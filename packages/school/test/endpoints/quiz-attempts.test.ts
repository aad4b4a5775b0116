import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import {
	expectError,
	expectStatus,
	type SchoolApiClient,
	type SeededCourse,
	type SeededSchool,
	schoolApiWith,
	seededSchool,
} from "../helpers/api";
import {
	correctAnswers,
	sampleQuiz,
	users,
	wrongAnswers,
} from "../helpers/fixtures";

let db: Adapter;
let api: SchoolApiClient;
let seeded: SeededCourse;
let school: SeededSchool;
beforeEach(async () => {
	school = await seededSchool();
	({ db, api, seeded } = school);
	await school.enrollAs("student");
});

describe("quiz attempts", () => {
	it("needs a sign-in and an enrollment; records nothing otherwise", async () => {
		expectError(
			await api.submitQuiz("anonymous", seeded.quiz.id, correctAnswers),
			401,
		);
		const res = await api.submitQuiz(
			"otherStudent",
			seeded.quiz.id,
			correctAnswers,
		);
		expectError(res, 403);
		expect(res.text).not.toContain("score");
		expectError(
			await api.submitQuiz("otherInstructor", seeded.quiz.id, correctAnswers),
			403,
		);
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		expectError(
			await api.submitQuiz("student", seeded.text.id, correctAnswers),
			404,
		);
		expectError(await api.submitQuiz("student", "nope", correctAnswers), 404);
	});

	it("grades on the server and hides answers until passed (after_pass)", async () => {
		const wrong = await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		expectStatus(wrong, 201);
		expect(wrong.json).toMatchObject({
			score: 0,
			passed: false,
			passMark: 60,
			attemptsLeft: 2,
			progress: null,
			attempt: { lessonId: seeded.quiz.id, score: 0, passed: false },
		});
		// Not passed yet (after_pass): score and pass only, no per-question correctness (an oracle).
		expect(wrong.json.results).toEqual([]);
		expect(wrong.text).not.toContain("correctAnswer");
		expect(wrong.text).not.toContain("explanation");
		expect(wrong.text).not.toContain("useState");

		const right = await api.submitQuiz(
			"student",
			seeded.quiz.id,
			correctAnswers,
		);
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
			const res = await api.postAttempt("student", seeded.quiz.id, body);
			expectError(res, 400);
		}
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		const progress = await db.count({ model: "lessonProgress" });
		expect(progress).toBe(0);
	});

	it("the attempt limit answers 409 with no score (no oracle)", async () => {
		for (let i = 0; i < 3; i++)
			expectStatus(
				await api.submitQuiz("student", seeded.quiz.id, wrongAnswers),
				201,
			);
		const over = await api.submitQuiz(
			"student",
			seeded.quiz.id,
			correctAnswers,
		);
		expectError(over, 409);
		expect(over.json.code).toBe("attempt_limit");
		for (const leak of ["score", "passed", "results", "correct"]) {
			expect(over.text).not.toContain(leak);
		}
		expect(await db.count({ model: "quizAttempt" })).toBe(3);
		expect((await school.enrollmentRow(users.student.id))?.progressPct).toBe(0);
	});

	it("after_final_attempt reveals answers on the last attempt only", async () => {
		await school.setQuiz({
			...sampleQuiz,
			showAnswers: "after_final_attempt",
			maxAttempts: 2,
		});
		const first = await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		expect(first.text).not.toContain("correctAnswer");
		const second = await api.submitQuiz(
			"student",
			seeded.quiz.id,
			wrongAnswers,
		);
		expect(second.json.attemptsLeft).toBe(0);
		expect(second.json.results[3]).toEqual({
			questionId: "q4",
			correct: false,
			correctAnswer: "React",
		});
	});

	it("never: answers stay hidden even after passing; after_submit: shown at once", async () => {
		await school.setQuiz({ ...sampleQuiz, showAnswers: "never" });
		const passed = await api.submitQuiz(
			"student",
			seeded.quiz.id,
			correctAnswers,
		);
		expect(passed.json.passed).toBe(true);
		expect(passed.text).not.toContain("correctAnswer");
		expect(passed.text).not.toContain("explanation");
		await school.setQuiz({ ...sampleQuiz, showAnswers: "after_submit" });
		const shown = await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		expect(shown.json.passed).toBe(false);
		expect(shown.json.results[0].correctAnswer).toBe("a");
	});

	it("a custom quizPassMark applies to quizzes without their own", async () => {
		const { passMark: _omit, ...noMark } = sampleQuiz;
		await school.setQuiz(noMark);
		const half = [correctAnswers[0], correctAnswers[2]];
		const strict = await api.submitQuiz("student", seeded.quiz.id, half);
		expect(strict.json).toMatchObject({
			score: 50,
			passed: false,
			passMark: 70,
		});
		const lenient = schoolApiWith(db, { quizPassMark: 50 });
		const lesson = await lenient.getLesson("student", seeded.quiz.id);
		expect(lesson.json.quiz.passMark).toBe(50);
		const res = await lenient.submitQuiz("student", seeded.quiz.id, half);
		expect(res.json).toMatchObject({ score: 50, passed: true, passMark: 50 });
	});

	it("GET /school/lessons/:id/attempts returns only the caller's own", async () => {
		await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		await school.enrollAs("otherStudent");
		await api.submitQuiz("otherStudent", seeded.quiz.id, correctAnswers);
		expectError(await api.listAttempts("anonymous", seeded.quiz.id), 401);
		const mine = await api.listAttempts("student", seeded.quiz.id);
		expectStatus(mine, 200);
		expect(mine.json.items).toHaveLength(1);
		expect(mine.json.items[0]).toMatchObject({ score: 0, passed: false });
		expect(mine.text).not.toContain("answers");
		const spying = await api.listAttempts("owner", seeded.quiz.id, {
			userId: users.student.id,
		});
		expectStatus(spying, 200);
		expect(spying.json.items).toEqual([]);
		const other = await api.listAttempts("otherStudent", seeded.quiz.id, {
			userId: users.student.id,
		});
		expect(other.json.items).toHaveLength(1);
		expect(other.json.items[0].score).toBe(100);
	});
});
