import { describe, expect, it } from "vitest";
import {
	gradeQuiz,
	mayRevealAnswers,
	parseQuiz,
	presentResults,
	type Quiz,
	type QuizInput,
	quizSchema,
	toPublicQuiz,
} from "../src/quiz";
import { createLessonSchema } from "../src/schemas";
import { correctAnswers, sampleQuiz, wrongAnswers } from "./helpers/fixtures";

const quizOf = (input: QuizInput): Quiz => quizSchema.parse(input);

/** The messages of a refused quiz, so tests can check that the reason is explained. */
function refusal(input: unknown): string[] {
	const result = quizSchema.safeParse(input);
	expect(result.success).toBe(false);
	return result.success ? [] : result.error.issues.map((i) => i.message);
}

type SingleQuestion = Extract<
	QuizInput["questions"][number],
	{ type: "single" }
>;

const single: SingleQuestion = {
	id: "s",
	type: "single",
	prompt: "Pick one",
	options: [
		{ id: "a", text: "A" },
		{ id: "b", text: "B" },
	],
	correct: ["a"],
};

describe("quiz schema", () => {
	it("accepts every question type and fills defaults", () => {
		const quiz = quizOf(sampleQuiz);
		expect(quiz.questions.map((q) => q.type)).toEqual([
			"single",
			"multiple",
			"true_false",
			"short_text",
		]);
		const minimal = quizOf({ questions: [single] });
		expect(minimal.maxAttempts).toBe(0);
		expect(minimal.shuffle).toBe(false);
		expect(minimal.showAnswers).toBe("after_pass");
		expect(minimal.passMark).toBeUndefined();
	});

	it("refuses a quiz without questions", () => {
		expect(refusal({ questions: [] })).toContain(
			"A quiz needs at least one question",
		);
		expect(refusal({})).toHaveLength(1);
	});

	it("refuses duplicate question ids", () => {
		expect(refusal({ questions: [single, single] })).toContain(
			"Question ids must be unique",
		);
	});

	it("refuses a choice question with fewer than two options or duplicate option ids", () => {
		expect(
			refusal({
				questions: [{ ...single, options: [{ id: "a", text: "A" }] }],
			}),
		).toContain("Give at least two options");
		expect(
			refusal({
				questions: [
					{
						...single,
						options: [
							{ id: "a", text: "A" },
							{ id: "a", text: "B" },
						],
					},
				],
			}),
		).toContain("Option ids must be unique");
	});

	it("refuses correct answers that are not options, and single questions with two answers", () => {
		expect(refusal({ questions: [{ ...single, correct: ["z"] }] })).toContain(
			"Correct answers must be options of the question",
		);
		expect(
			refusal({ questions: [{ ...single, correct: ["a", "b"] }] }),
		).toContain("A single-choice question has exactly one correct option");
		expect(
			refusal({
				questions: [{ ...single, type: "multiple", correct: [] }],
			}),
		).toContain("Mark at least one correct option");
	});

	it("refuses a true/false question without a boolean key and a short-text question without accepted answers", () => {
		refusal({
			questions: [{ id: "t", type: "true_false", prompt: "?", correct: "yes" }],
		});
		expect(
			refusal({
				questions: [{ id: "t", type: "short_text", prompt: "?", accepted: [] }],
			}),
		).toContain("Give at least one accepted answer");
	});

	it("refuses unknown question types, empty prompts, bad ids and out-of-range settings", () => {
		refusal({ questions: [{ ...single, type: "essay" }] });
		expect(refusal({ questions: [{ ...single, prompt: "   " }] })).toContain(
			"Question text is required",
		);
		expect(refusal({ questions: [{ ...single, id: "a b" }] })).toContain(
			"Ids may use letters, digits, - and _",
		);
		refusal({ passMark: 101, questions: [single] });
		refusal({ passMark: 50.5, questions: [single] });
		refusal({ maxAttempts: -1, questions: [single] });
		refusal({ showAnswers: "always", questions: [single] });
	});

	it("parseQuiz returns null (never throws) for bad JSON or an invalid structure", () => {
		expect(parseQuiz("{not json")).toBeNull();
		expect(parseQuiz(JSON.stringify({ questions: [] }))).toBeNull();
		expect(parseQuiz("")).toBeNull();
		expect(parseQuiz(null)).toBeNull();
		expect(parseQuiz(JSON.stringify(sampleQuiz))?.questions).toHaveLength(4);
	});

	it("quiz lessons refuse malformed quiz JSON with a clear message", () => {
		const bad = createLessonSchema.safeParse({
			title: "Quiz",
			type: "quiz",
			content: "{oops",
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toBe(
			"Quiz content must be valid JSON",
		);
		expect(bad.error?.issues[0]?.path).toEqual(["content"]);

		const invalid = createLessonSchema.safeParse({
			title: "Quiz",
			type: "quiz",
			content: JSON.stringify({ questions: [] }),
		});
		expect(invalid.error?.issues.map((i) => i.message)).toContain(
			"A quiz needs at least one question",
		);

		const missing = createLessonSchema.safeParse({
			title: "Quiz",
			type: "quiz",
		});
		expect(missing.error?.issues.map((i) => i.message)).toContain(
			"A quiz lesson needs quiz content",
		);
	});
});

describe("grading", () => {
	const quiz = quizOf(sampleQuiz);

	it("grades every question type right", () => {
		const graded = gradeQuiz(quiz, correctAnswers, 60);
		expect(graded.score).toBe(100);
		expect(graded.passed).toBe(true);
		expect(graded.results.map((r) => r.correct)).toEqual([
			true,
			true,
			true,
			true,
		]);
	});

	it("grades every question type wrong", () => {
		const graded = gradeQuiz(quiz, wrongAnswers, 60);
		expect(graded.score).toBe(0);
		expect(graded.passed).toBe(false);
		expect(graded.results.every((r) => !r.correct)).toBe(true);
	});

	it("multiple choice needs exactly the correct set", () => {
		const q2 = (answer: string[]) =>
			gradeQuiz(quiz, [{ questionId: "q2", answer }], 0).results[1]?.correct;
		expect(q2(["a", "c"])).toBe(true);
		expect(q2(["c", "a", "a"])).toBe(true);
		expect(q2(["a"])).toBe(false);
		expect(q2(["a", "b", "c"])).toBe(false);
		expect(q2([])).toBe(false);
	});

	it("answers of the wrong shape are wrong, not errors", () => {
		const graded = gradeQuiz(
			quiz,
			[
				{ questionId: "q1", answer: ["a"] },
				{ questionId: "q2", answer: "a" },
				{ questionId: "q3", answer: "true" },
				{ questionId: "q4", answer: true },
			],
			0,
		);
		expect(graded.results.every((r) => !r.correct)).toBe(true);
		expect(graded.score).toBe(0);
	});

	it("short text is trimmed and case-insensitive unless caseSensitive", () => {
		const loose = quizOf({
			questions: [
				{
					id: "t",
					type: "short_text",
					prompt: "?",
					accepted: ["Paris", "paris city"],
				},
			],
		});
		const strict = quizOf({
			questions: [
				{
					id: "t",
					type: "short_text",
					prompt: "?",
					accepted: ["Paris"],
					caseSensitive: true,
				},
			],
		});
		const ok = (q: Quiz, answer: string) =>
			gradeQuiz(q, [{ questionId: "t", answer }], 50).passed;
		expect(ok(loose, "  PARIS ")).toBe(true);
		expect(ok(loose, "Paris City")).toBe(true);
		expect(ok(loose, "London")).toBe(false);
		expect(ok(strict, " Paris ")).toBe(true);
		expect(ok(strict, "paris")).toBe(false);
	});

	it("unanswered and unknown questions count as wrong", () => {
		const graded = gradeQuiz(
			quiz,
			[
				{ questionId: "q1", answer: "a" },
				{ questionId: "nope", answer: "a" },
			],
			60,
		);
		expect(graded.results.map((r) => r.correct)).toEqual([
			true,
			false,
			false,
			false,
		]);
		expect(graded.score).toBe(25);
		expect(gradeQuiz(quiz, [], 0).score).toBe(0);
	});

	it("rounds the score to an integer", () => {
		const three = quizOf({
			questions: [
				{ ...single, id: "x" },
				{ ...single, id: "y" },
				{ ...single, id: "z" },
			],
		});
		expect(gradeQuiz(three, [{ questionId: "x", answer: "a" }], 0).score).toBe(
			33,
		);
		expect(
			gradeQuiz(
				three,
				[
					{ questionId: "x", answer: "a" },
					{ questionId: "y", answer: "a" },
				],
				0,
			).score,
		).toBe(67);
	});

	it("passes at exactly the pass mark, fails below it", () => {
		const half = [
			{ questionId: "q1", answer: "a" },
			{ questionId: "q3", answer: true },
		];
		expect(gradeQuiz(quiz, half, 50).passed).toBe(true);
		expect(gradeQuiz(quiz, half, 51).passed).toBe(false);
		expect(gradeQuiz(quiz, [], 0).passed).toBe(true);
		expect(gradeQuiz(quiz, correctAnswers, 100).passed).toBe(true);
	});
});

describe("toPublicQuiz", () => {
	const withSecrets = quizOf({
		...sampleQuiz,
		questions: [
			...sampleQuiz.questions,
			{
				id: "q5",
				type: "short_text",
				prompt: "Secret?",
				accepted: ["zebra-answer"],
				explanation: "EXPLAINED-zebra",
				caseSensitive: true,
			},
		],
	});

	it("never contains correct, accepted or explanation", () => {
		for (const quiz of [withSecrets, { ...withSecrets, shuffle: true }]) {
			const text = JSON.stringify(toPublicQuiz(quiz, 70));
			expect(text).not.toContain("correct");
			expect(text).not.toContain("accepted");
			expect(text).not.toContain("explanation");
			expect(text).not.toContain("zebra-answer");
			expect(text).not.toContain("EXPLAINED");
			expect(text).not.toContain("caseSensitive");
			expect(text).not.toContain("useState keeps state");
		}
	});

	it("keeps ids, prompts and options, and uses the default pass mark when the quiz has none", () => {
		const pub = toPublicQuiz(withSecrets, 70);
		expect(pub.passMark).toBe(60);
		expect(pub.maxAttempts).toBe(3);
		expect(pub.showAnswers).toBe("after_pass");
		expect(pub.questions[0]).toEqual({
			id: "q1",
			type: "single",
			prompt: "Which hook stores state?",
			options: [
				{ id: "a", text: "useState" },
				{ id: "b", text: "useRef" },
			],
		});
		expect(pub.questions[2]).toEqual({
			id: "q3",
			type: "true_false",
			prompt: "JSX is JavaScript?",
		});
		const noMark = quizOf({ questions: [single] });
		expect(toPublicQuiz(noMark, 70).passMark).toBe(70);
	});

	it("shuffled quizzes keep the same questions and options", () => {
		const pub = toPublicQuiz({ ...withSecrets, shuffle: true }, 70);
		expect(pub.questions.map((q) => q.id).sort()).toEqual([
			"q1",
			"q2",
			"q3",
			"q4",
			"q5",
		]);
		const q2 = pub.questions.find((q) => q.id === "q2");
		expect(
			q2 && "options" in q2 ? q2.options.map((o) => o.id).sort() : [],
		).toEqual(["a", "b", "c"]);
	});
});

describe("answer reveal policy", () => {
	it("mayRevealAnswers follows each policy", () => {
		const cases: [
			Parameters<typeof mayRevealAnswers>[0],
			boolean,
			number | null,
			boolean,
		][] = [
			["never", true, 0, false],
			["never", false, 0, false],
			["after_submit", false, 2, true],
			["after_submit", false, null, true],
			["after_pass", false, 0, false],
			["after_pass", true, 2, true],
			["after_final_attempt", false, 1, false],
			["after_final_attempt", false, null, false],
			["after_final_attempt", false, 0, true],
			["after_final_attempt", true, 2, true],
		];
		for (const [policy, passed, attemptsLeft, expected] of cases) {
			expect(
				mayRevealAnswers(policy, { passed, attemptsLeft }),
				`${policy} passed=${passed} left=${attemptsLeft}`,
			).toBe(expected);
		}
	});

	it("presentResults hides keys and per-question correctness unless revealed, and then gives answers and explanations", () => {
		const quiz = quizOf(sampleQuiz);
		const graded = gradeQuiz(quiz, wrongAnswers, 60);
		const hidden = presentResults(graded, false);
		// Hidden means score and pass only: per-question correctness would be an answer oracle.
		expect(hidden).toEqual({ score: 0, passed: false, results: [] });
		const hiddenText = JSON.stringify(hidden);
		expect(hiddenText).not.toContain("correctAnswer");
		expect(hiddenText).not.toContain("explanation");
		expect(hiddenText).not.toContain("prompt");
		expect(hiddenText).not.toContain("accepted");

		const shown = presentResults(graded, true);
		expect(shown.score).toBe(0);
		expect(shown.passed).toBe(false);
		expect(shown.results).toEqual([
			{
				questionId: "q1",
				correct: false,
				correctAnswer: "a",
				explanation: "useState keeps state between renders.",
			},
			{ questionId: "q2", correct: false, correctAnswer: ["a", "c"] },
			{ questionId: "q3", correct: false, correctAnswer: true },
			{ questionId: "q4", correct: false, correctAnswer: "React" },
		]);
		// The graded questions themselves (with keys) never leave through the presented result.
		expect(JSON.stringify(shown)).not.toContain("prompt");
	});
});
