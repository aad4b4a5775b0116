import { type Quiz, quizSchema } from "../../../quiz.js";
import type { PathIssue } from "../shared/api-issues.js";
import { type DraftQuiz, toQuizInput } from "./quiz-draft.js";

/**
 * The quiz builder's validation (no React): the draft checked with the package's own
 * `quizSchema`, and issues (the browser's or the server's) mapped to the question and field they
 * belong to.
 */

/**
 * Issues of one question, keyed by the field they belong to, relative to the question:
 * `""` (the question itself), `prompt`, `options`, `options.2` (the third option), `correct`,
 * `accepted`, `accepted.0`, `explanation`, ...
 */
export type QuestionIssues = Record<string, string[]>;

export interface QuizIssues {
	/** About the quiz as a whole (e.g. no questions). */
	quiz: string[];
	/** About the settings: `passMark`, `maxAttempts`, `shuffle`, `showAnswers`. */
	settings: Record<string, string[]>;
	/** By question index. */
	questions: Record<number, QuestionIssues>;
}

export function emptyIssues(): QuizIssues {
	return { quiz: [], settings: {}, questions: {} };
}

function push(map: Record<string, string[]>, key: string, message: string) {
	const list = map[key] ?? [];
	if (!list.includes(message)) list.push(message);
	map[key] = list;
}

/** Maps issues with paths relative to the quiz (`questions.0.options`) to where they belong. */
export function mapQuizIssues(issues: readonly PathIssue[]): QuizIssues {
	const out = emptyIssues();
	for (const { path, message } of issues) {
		const [head, index, ...rest] = path.map((p) =>
			typeof p === "symbol" ? String(p) : p,
		);
		if (
			head === "questions" &&
			index !== undefined &&
			/^\d+$/.test(String(index))
		) {
			const i = Number(index);
			const question = out.questions[i] ?? {};
			push(question, rest.slice(0, 2).map(String).join("."), message);
			out.questions[i] = question;
		} else if (head === undefined || head === "questions") {
			if (!out.quiz.includes(message)) out.quiz.push(message);
		} else {
			push(out.settings, String(head), message);
		}
	}
	return out;
}

export function issueCount(issues: QuizIssues): number {
	const count = (map: Record<string, string[]>) =>
		Object.values(map).reduce((n, list) => n + list.length, 0);
	return (
		issues.quiz.length +
		count(issues.settings) +
		Object.values(issues.questions).reduce((n, q) => n + count(q), 0)
	);
}

export type QuizValidation =
	| { ok: true; quiz: Quiz; issues: QuizIssues }
	| { ok: false; issues: QuizIssues };

/** Validates the draft with `quizSchema`: the parsed quiz (defaults applied), or the issues. */
export function validateQuiz(draft: DraftQuiz): QuizValidation {
	const result = quizSchema.safeParse(toQuizInput(draft));
	if (result.success)
		return { ok: true, quiz: result.data, issues: emptyIssues() };
	return { ok: false, issues: mapQuizIssues(result.error.issues) };
}

/** The quiz JSON stored in a quiz lesson's `content`, or null while the draft is invalid. */
export function serializeQuiz(draft: DraftQuiz): string | null {
	const result = validateQuiz(draft);
	return result.ok ? JSON.stringify(result.quiz) : null;
}
