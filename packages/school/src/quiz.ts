import { z } from "zod";
import { text } from "./text.js";

/**
 * The quiz format, stored as JSON in a quiz lesson's `content`.
 *
 * Question types: `single` (one option), `multiple` (every correct option and no other),
 * `true_false`, and `short_text` (matched against accepted answers, trimmed, case-insensitive
 * unless `caseSensitive`). Every question has an id that answers refer to.
 */

const id = z
	.string()
	.trim()
	.min(1, "Id is required")
	.max(64)
	.regex(/^[\w-]+$/, "Ids may use letters, digits, - and _");
const prompt = text().trim().min(1, "Question text is required").max(2000);
const explanation = text().trim().max(2000).optional();
const option = z.object({
	id,
	text: text().trim().min(1, "Option text is required").max(500),
});

const uniqueIds = (items: { id: string }[]) =>
	new Set(items.map((i) => i.id)).size === items.length;

const choiceQuestion = <T extends "single" | "multiple">(type: T) =>
	z
		.object({
			id,
			type: z.literal(type),
			prompt,
			options: z
				.array(option)
				.min(2, "Give at least two options")
				.max(10)
				.refine(uniqueIds, "Option ids must be unique"),
			correct: z.array(id).min(1, "Mark at least one correct option"),
			explanation,
		})
		.superRefine((q, ctx) => {
			const ids = new Set(q.options.map((o) => o.id));
			if (q.correct.some((c) => !ids.has(c))) {
				ctx.addIssue({
					code: "custom",
					path: ["correct"],
					message: "Correct answers must be options of the question",
				});
			}
			if (type === "single" && q.correct.length !== 1) {
				ctx.addIssue({
					code: "custom",
					path: ["correct"],
					message: "A single-choice question has exactly one correct option",
				});
			}
		});

export const singleChoiceQuestionSchema = choiceQuestion("single");
export const multipleChoiceQuestionSchema = choiceQuestion("multiple");
export const trueFalseQuestionSchema = z.object({
	id,
	type: z.literal("true_false"),
	prompt,
	correct: z.boolean(),
	explanation,
});
export const shortTextQuestionSchema = z.object({
	id,
	type: z.literal("short_text"),
	prompt,
	accepted: z
		.array(text().trim().min(1).max(200))
		.min(1, "Give at least one accepted answer")
		.max(20),
	caseSensitive: z.boolean().optional(),
	explanation,
});

export const questionSchema = z.union([
	singleChoiceQuestionSchema,
	multipleChoiceQuestionSchema,
	trueFalseQuestionSchema,
	shortTextQuestionSchema,
]);

/** When a learner may see the correct answers and explanations. */
export const showAnswersValues = [
	"never",
	"after_submit",
	"after_pass",
	"after_final_attempt",
] as const;
export type ShowAnswers = (typeof showAnswersValues)[number];

export const quizSchema = z.object({
	/** Score needed to pass, 0-100; the plugin's `quizPassMark` when absent. */
	passMark: z.number().int().min(0).max(100).optional(),
	/** Attempts allowed per learner; 0 = unlimited. */
	maxAttempts: z.number().int().min(0).max(100).default(0),
	/** Shuffle questions and options for each learner view. */
	shuffle: z.boolean().default(false),
	/**
	 * `after_pass` (default): once the learner has passed. `after_final_attempt`: once passed or
	 * out of attempts. `after_submit`: after every attempt. `never`: a result only ever says the
	 * score and whether it passed.
	 */
	showAnswers: z.enum(showAnswersValues).default("after_pass"),
	questions: z
		.array(questionSchema)
		.min(1, "A quiz needs at least one question")
		.max(100)
		.refine(uniqueIds, "Question ids must be unique"),
});

export type Quiz = z.infer<typeof quizSchema>;
export type QuizInput = z.input<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;

/** A question as a learner sees it: no correct answers, no explanation. */
export type PublicQuestion =
	| {
			id: string;
			type: "single" | "multiple";
			prompt: string;
			options: { id: string; text: string }[];
	  }
	| { id: string; type: "true_false"; prompt: string }
	| { id: string; type: "short_text"; prompt: string };

export interface PublicQuiz {
	passMark: number;
	maxAttempts: number;
	shuffle: boolean;
	showAnswers: ShowAnswers;
	questions: PublicQuestion[];
}

export type AnswerValue = string | string[] | boolean;

export const answersSchema = z
	.array(
		z.object({
			questionId: text().min(1).max(64),
			answer: z.union([
				text().max(500),
				z.array(text().max(64)).max(10),
				z.boolean(),
			]),
		}),
	)
	.max(100);
export type QuizAnswers = z.infer<typeof answersSchema>;

/** Parses stored quiz JSON. Returns null (never throws) so a bad row cannot crash a read. */
export function parseQuiz(content: string | null | undefined): Quiz | null {
	if (!content) return null;
	try {
		const result = quizSchema.safeParse(JSON.parse(content));
		return result.success ? result.data : null;
	} catch {
		return null;
	}
}

function shuffled<T>(items: T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(Math.random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/** The quiz without answer keys or explanations, shuffled when the quiz asks for it. */
export function toPublicQuiz(quiz: Quiz, defaultPassMark: number): PublicQuiz {
	const order = quiz.shuffle ? shuffled : <T>(items: T[]) => items;
	return {
		passMark: quiz.passMark ?? defaultPassMark,
		maxAttempts: quiz.maxAttempts,
		shuffle: quiz.shuffle,
		showAnswers: quiz.showAnswers,
		questions: order(quiz.questions).map((q): PublicQuestion => {
			if (q.type === "single" || q.type === "multiple") {
				return {
					id: q.id,
					type: q.type,
					prompt: q.prompt,
					options: order(q.options).map((o) => ({ id: o.id, text: o.text })),
				};
			}
			return { id: q.id, type: q.type, prompt: q.prompt };
		}),
	};
}

/** One question of a revealed result (results are only given when answers may be shown). */
export interface QuestionResult {
	questionId: string;
	correct: boolean;
	/** Present only when the quiz's policy lets this learner see answers now. */
	correctAnswer?: AnswerValue;
	explanation?: string;
}

export interface GradeResult {
	score: number;
	passed: boolean;
	/** Per question, only when the reveal policy lets this learner see answers; else empty. */
	results: QuestionResult[];
}

function sameSet(a: string[], b: string[]): boolean {
	const setA = new Set(a);
	return setA.size === new Set(b).size && b.every((x) => setA.has(x));
}

function isCorrect(
	question: Question,
	answer: AnswerValue | undefined,
): boolean {
	if (answer === undefined) return false;
	switch (question.type) {
		case "single":
			return typeof answer === "string" && answer === question.correct[0];
		case "multiple":
			return Array.isArray(answer) && sameSet(answer, question.correct);
		case "true_false":
			return typeof answer === "boolean" && answer === question.correct;
		case "short_text": {
			if (typeof answer !== "string") return false;
			const norm = (s: string) =>
				question.caseSensitive ? s.trim() : s.trim().toLowerCase();
			return question.accepted.some((a) => norm(a) === norm(answer));
		}
	}
}

function correctAnswerOf(question: Question): AnswerValue {
	switch (question.type) {
		case "single":
			return question.correct[0] as string;
		case "multiple":
			return question.correct;
		case "true_false":
			return question.correct;
		case "short_text":
			return question.accepted[0] as string;
	}
}

/** Grades answers on the server. Unanswered and unknown questions count as wrong. */
export function gradeQuiz(
	quiz: Quiz,
	answers: QuizAnswers,
	passMark: number,
): Omit<GradeResult, "results"> & {
	results: (QuestionResult & { question: Question })[];
} {
	const byQuestion = new Map(answers.map((a) => [a.questionId, a.answer]));
	const results = quiz.questions.map((question) => ({
		question,
		questionId: question.id,
		correct: isCorrect(question, byQuestion.get(question.id)),
	}));
	const right = results.filter((r) => r.correct).length;
	const score = Math.round((right / quiz.questions.length) * 100);
	return { score, passed: score >= passMark, results };
}

/** Whether the policy lets the learner see answer keys after this attempt. */
export function mayRevealAnswers(
	policy: ShowAnswers,
	state: { passed: boolean; attemptsLeft: number | null },
): boolean {
	switch (policy) {
		case "never":
			return false;
		case "after_submit":
			return true;
		case "after_pass":
			return state.passed;
		case "after_final_attempt":
			return state.passed || state.attemptsLeft === 0;
	}
}

/**
 * What the learner sees of a graded attempt, per the policy decision. Without reveal: only the
 * score and pass — no per-question correctness, since "question 3 was wrong" is an answer key
 * read one attempt at a time (four tries on a four-option quiz recover it). With reveal: each
 * question's correctness, its correct answer and explanation.
 */
export function presentResults(
	graded: ReturnType<typeof gradeQuiz>,
	reveal: boolean,
): GradeResult {
	if (!reveal)
		return { score: graded.score, passed: graded.passed, results: [] };
	return {
		score: graded.score,
		passed: graded.passed,
		results: graded.results.map(({ question, questionId, correct }) => ({
			questionId,
			correct,
			correctAnswer: correctAnswerOf(question),
			...(question.explanation ? { explanation: question.explanation } : {}),
		})),
	};
}
