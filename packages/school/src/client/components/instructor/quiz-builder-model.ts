import {
	type Question,
	type Quiz,
	type QuizInput,
	quizSchema,
	type ShowAnswers,
	showAnswersValues,
} from "../../../quiz";

/**
 * The quiz builder's pure logic (no React): an editable draft of a quiz, the operations the
 * builder offers, the conversion to the stored quiz format, and validation with the package's
 * own `quizSchema`, its issues mapped to the question (and field) they belong to.
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

function questionIds(quiz: DraftQuiz): string[] {
	return quiz.questions.map((q) => q.id);
}

function withOptions(question: DraftQuestion, min = MIN_OPTIONS): DraftItem[] {
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

// ---------------------------------------------------------------------------------------------
// Operations. Each returns a new draft; out-of-range indexes return the draft unchanged.

function mapQuestion(
	quiz: DraftQuiz,
	index: number,
	fn: (q: DraftQuestion) => DraftQuestion,
): DraftQuiz {
	const question = quiz.questions[index];
	if (!question) return quiz;
	const next = fn(question);
	if (next === question) return quiz;
	const questions = [...quiz.questions];
	questions[index] = next;
	return { ...quiz, questions };
}

export function updateSettings(
	quiz: DraftQuiz,
	patch: Partial<Omit<DraftQuiz, "questions">>,
): DraftQuiz {
	return { ...quiz, ...patch };
}

export function addQuestion(quiz: DraftQuiz, type: QuestionType): DraftQuiz {
	if (quiz.questions.length >= MAX_QUESTIONS) return quiz;
	return {
		...quiz,
		questions: [...quiz.questions, newQuestion(type, questionIds(quiz))],
	};
}

export function removeQuestion(quiz: DraftQuiz, index: number): DraftQuiz {
	if (!quiz.questions[index]) return quiz;
	return { ...quiz, questions: quiz.questions.filter((_, i) => i !== index) };
}

/** Moves a question by `delta` places (-1 up, +1 down); no-op at the ends. */
export function moveQuestion(
	quiz: DraftQuiz,
	index: number,
	delta: number,
): DraftQuiz {
	const target = index + delta;
	const question = quiz.questions[index];
	if (!question || target < 0 || target >= quiz.questions.length) return quiz;
	const questions = [...quiz.questions];
	questions.splice(index, 1);
	questions.splice(target, 0, question);
	return { ...quiz, questions };
}

/** Prompt and explanation edits. */
export function updateQuestion(
	quiz: DraftQuiz,
	index: number,
	patch: Partial<Pick<DraftQuestion, "prompt" | "explanation">>,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({ ...q, ...patch }));
}

/**
 * Changes a question's type and keeps its other data. A choice question gets at least two
 * options; a single-choice question keeps at most one correct option; a short-text question
 * gets an empty accepted answer to fill when it has none.
 */
export function changeQuestionType(
	quiz: DraftQuiz,
	index: number,
	type: QuestionType,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => {
		if (q.type === type) return q;
		const next = { ...q, type };
		if (type === "single" || type === "multiple") {
			next.options = withOptions(q);
			const ids = new Set(next.options.map((o) => o.id));
			next.correct = q.correct.filter((id) => ids.has(id));
			if (type === "single") next.correct = next.correct.slice(0, 1);
		}
		if (type === "short_text" && q.accepted.length === 0)
			next.accepted = [{ id: makeId("a"), text: "" }];
		return next;
	});
}

export function addOption(quiz: DraftQuiz, index: number): DraftQuiz {
	return mapQuestion(quiz, index, (q) =>
		q.options.length >= MAX_OPTIONS
			? q
			: {
					...q,
					options: [
						...q.options,
						{
							id: makeId(
								"o",
								q.options.map((o) => o.id),
							),
							text: "",
						},
					],
				},
	);
}

export function removeOption(
	quiz: DraftQuiz,
	index: number,
	optionId: string,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({
		...q,
		options: q.options.filter((o) => o.id !== optionId),
		correct: q.correct.filter((id) => id !== optionId),
	}));
}

export function updateOptionText(
	quiz: DraftQuiz,
	index: number,
	optionId: string,
	text: string,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({
		...q,
		options: q.options.map((o) => (o.id === optionId ? { ...o, text } : o)),
	}));
}

/**
 * Marks an option correct. Single choice: it becomes the only correct option. Multiple
 * choice: toggles it (`correct` forces a state).
 */
export function toggleCorrect(
	quiz: DraftQuiz,
	index: number,
	optionId: string,
	correct?: boolean,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => {
		if (!q.options.some((o) => o.id === optionId)) return q;
		if (q.type === "single")
			return {
				...q,
				correct:
					correct === false
						? q.correct.filter((id) => id !== optionId)
						: [optionId],
			};
		const isOn = q.correct.includes(optionId);
		const want = correct ?? !isOn;
		if (want === isOn) return q;
		return {
			...q,
			// Kept in option order, so the stored answer key reads like the question.
			correct: want
				? q.options
						.map((o) => o.id)
						.filter((id) => id === optionId || q.correct.includes(id))
				: q.correct.filter((id) => id !== optionId),
		};
	});
}

export function setTrueFalse(
	quiz: DraftQuiz,
	index: number,
	value: boolean,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({ ...q, correctBool: value }));
}

export function addAccepted(quiz: DraftQuiz, index: number): DraftQuiz {
	return mapQuestion(quiz, index, (q) =>
		q.accepted.length >= MAX_ACCEPTED
			? q
			: {
					...q,
					accepted: [
						...q.accepted,
						{
							id: makeId(
								"a",
								q.accepted.map((a) => a.id),
							),
							text: "",
						},
					],
				},
	);
}

export function removeAccepted(
	quiz: DraftQuiz,
	index: number,
	acceptedId: string,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({
		...q,
		accepted: q.accepted.filter((a) => a.id !== acceptedId),
	}));
}

export function updateAccepted(
	quiz: DraftQuiz,
	index: number,
	acceptedId: string,
	text: string,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({
		...q,
		accepted: q.accepted.map((a) => (a.id === acceptedId ? { ...a, text } : a)),
	}));
}

export function setCaseSensitive(
	quiz: DraftQuiz,
	index: number,
	caseSensitive: boolean,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({ ...q, caseSensitive }));
}

// ---------------------------------------------------------------------------------------------
// Validation

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

export interface PathIssue {
	path: readonly PropertyKey[];
	message: string;
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

/**
 * Reads a server validation message (`content.questions.0.options: Give at least two options`)
 * into a path and a message. Null when the message names no path.
 */
export function parseIssueMessage(message: string): PathIssue | null {
	const match = /^([A-Za-z_]\w*(?:\.\w+)*): (.+)$/s.exec(message);
	if (!match) return null;
	const [, path = "", text = ""] = match;
	return {
		path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
		message: text,
	};
}

/**
 * Reads every issue of a server 400 message: the plugin's own `path: message`, or the request
 * validator's `[body.title] Title is required; [body.content.questions.0.options] ...`.
 */
export function parseIssueMessages(message: string): PathIssue[] {
	const bracketed = [
		...message.matchAll(
			/\[(?:body|query)(?:\.([^\]]*))?\]\s*(.*?)(?=;\s*\[(?:body|query)[.\]]|$)/gs,
		),
	];
	if (bracketed.length) {
		return bracketed.map(([, path = "", text = ""]) => ({
			path: path
				? path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p))
				: [],
			message: text.trim(),
		}));
	}
	const single = parseIssueMessage(message);
	return single ? [single] : [];
}

export function isValidId(id: string): boolean {
	return ID_PATTERN.test(id) && id.length <= 64;
}
