import {
	type Question,
	type Quiz,
	type QuizInput,
	type ShowAnswers,
	showAnswersValues,
} from "../../../quiz.js";

/**
 * The quiz builder's draft (no React): an editable copy of a quiz and its conversion from and to
 * the stored quiz format. The edits are in `quiz-draft-operations.ts`, validation in
 * `quiz-issues.ts`.
 *
 * A draft question keeps the data of every question type (options, the true/false answer,
 * accepted answers), so changing a question's type and back loses nothing. Ids are generated
 * here, never typed by the author, and never change once made.
 */

export type QuestionType = Question["type"];
export const questionTypes = [
	"single",
	"multiple",
	"true_false",
	"short_text",
] as const satisfies readonly QuestionType[];
export { type ShowAnswers, showAnswersValues };

/** An option of a choice question, or one accepted answer of a short-text question. */
export interface DraftItem {
	id: string;
	text: string;
}

export interface DraftQuestion {
	id: string;
	type: QuestionType;
	prompt: string;
	/** Options of single and multiple choice questions. */
	options: DraftItem[];
	/** Ids of the correct options (single: at most one is kept). */
	correct: string[];
	/** The answer of a true/false question. */
	correctBool: boolean;
	/** Accepted answers of a short-text question (their ids are the builder's, not stored). */
	accepted: DraftItem[];
	caseSensitive: boolean;
	explanation: string;
}

export interface DraftQuiz {
	/** As typed; empty = the plugin's default pass mark. */
	passMark: string;
	/** As typed; empty or 0 = unlimited. */
	maxAttempts: string;
	shuffle: boolean;
	showAnswers: ShowAnswers;
	questions: DraftQuestion[];
}

export const MAX_OPTIONS = 10;
export const MAX_ACCEPTED = 20;
export const MAX_QUESTIONS = 100;
const MIN_OPTIONS = 2;

const ID_PATTERN = /^[\w-]+$/;

function randomSuffix(length = 6): string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
	const bytes = new Uint8Array(length);
	const crypto = (globalThis as { crypto?: Crypto }).crypto;
	if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
	else
		for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
	let out = "";
	for (const byte of bytes) out += alphabet[byte % alphabet.length];
	return out;
}

/**
 * A short id (`q-x7k2m9`) matching the quiz format's `[\w-]+`, not among `taken`. Random rather
 * than counted, so a removed question's id is not handed to a new one (stored attempts refer to
 * question ids).
 */
export function makeId(prefix: string, taken: Iterable<string> = []): string {
	const used = new Set(taken);
	for (;;) {
		const id = `${prefix}-${randomSuffix()}`;
		if (!used.has(id)) return id;
	}
}

/** The question's options, with blank ones added up to `min` (a choice question needs two). */
export function withOptions(
	question: DraftQuestion,
	min = MIN_OPTIONS,
): DraftItem[] {
	const options = [...question.options];
	while (options.length < min)
		options.push({
			id: makeId(
				"o",
				options.map((o) => o.id),
			),
			text: "",
		});
	return options;
}

/** A blank question of the type, with an id not used in the quiz. */
export function newQuestion(
	type: QuestionType,
	takenIds: Iterable<string> = [],
): DraftQuestion {
	const base: DraftQuestion = {
		id: makeId("q", takenIds),
		type,
		prompt: "",
		options: [],
		correct: [],
		correctBool: true,
		accepted: [],
		caseSensitive: false,
		explanation: "",
	};
	if (type === "single" || type === "multiple")
		return { ...base, options: withOptions(base) };
	if (type === "short_text")
		return { ...base, accepted: [{ id: makeId("a"), text: "" }] };
	return base;
}

export function emptyQuiz(): DraftQuiz {
	return {
		passMark: "",
		maxAttempts: "0",
		shuffle: false,
		showAnswers: "after_pass",
		questions: [],
	};
}

/** A draft of a stored quiz (the full quiz, with answers, as its owner loads it). */
export function draftFromQuiz(
	quiz: QuizInput | Quiz | null | undefined,
): DraftQuiz {
	if (!quiz) return emptyQuiz();
	const taken: string[] = [];
	return {
		passMark: quiz.passMark === undefined ? "" : String(quiz.passMark),
		maxAttempts: String(quiz.maxAttempts ?? 0),
		shuffle: quiz.shuffle ?? false,
		showAnswers: quiz.showAnswers ?? "after_pass",
		questions: quiz.questions.map((q) => {
			const draft = newQuestion(q.type, taken);
			taken.push(q.id);
			const common = {
				...draft,
				id: q.id,
				prompt: q.prompt,
				explanation: q.explanation ?? "",
			};
			switch (q.type) {
				case "single":
				case "multiple":
					return {
						...common,
						options: q.options.map((o) => ({ id: o.id, text: o.text })),
						correct: [...q.correct],
					};
				case "true_false":
					return { ...common, correctBool: q.correct };
				case "short_text": {
					const accepted: DraftItem[] = [];
					for (const text of q.accepted)
						accepted.push({
							id: makeId(
								"a",
								accepted.map((a) => a.id),
							),
							text,
						});
					return {
						...common,
						accepted,
						caseSensitive: q.caseSensitive ?? false,
					};
				}
			}
			return common;
		}),
	};
}

/** The quiz as stored (before the schema's defaults), built from the draft as it is. */
export function toQuizInput(draft: DraftQuiz): QuizInput {
	const passMark = draft.passMark.trim();
	const maxAttempts = draft.maxAttempts.trim();
	return {
		...(passMark === "" ? {} : { passMark: Number(passMark) }),
		maxAttempts: maxAttempts === "" ? 0 : Number(maxAttempts),
		shuffle: draft.shuffle,
		showAnswers: draft.showAnswers,
		questions: draft.questions.map((q): QuizInput["questions"][number] => {
			const explanation = q.explanation.trim()
				? { explanation: q.explanation }
				: {};
			switch (q.type) {
				case "single":
				case "multiple":
					return {
						id: q.id,
						type: q.type,
						prompt: q.prompt,
						options: q.options.map((o) => ({ id: o.id, text: o.text })),
						correct: [...q.correct],
						...explanation,
					};
				case "true_false":
					return {
						id: q.id,
						type: "true_false",
						prompt: q.prompt,
						correct: q.correctBool,
						...explanation,
					};
				default:
					return {
						id: q.id,
						type: "short_text",
						prompt: q.prompt,
						accepted: q.accepted.map((a) => a.text),
						...(q.caseSensitive ? { caseSensitive: true } : {}),
						...explanation,
					};
			}
		}),
	};
}

export function isValidId(id: string): boolean {
	return ID_PATTERN.test(id) && id.length <= 64;
}
