import {
	type DraftQuestion,
	type DraftQuiz,
	MAX_ACCEPTED,
	MAX_OPTIONS,
	MAX_QUESTIONS,
	makeId,
	newQuestion,
	type QuestionType,
	withOptions,
} from "./quiz-draft.js";

/**
 * The quiz builder's edits (no React). Each returns a new draft; out-of-range indexes return the
 * draft unchanged.
 */

function questionIds(quiz: DraftQuiz): string[] {
	return quiz.questions.map((q) => q.id);
}

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

/** Adds an empty row to a question's options or accepted answers, up to `max`. */
function addRow(
	quiz: DraftQuiz,
	index: number,
	field: "options" | "accepted",
	idPrefix: string,
	max: number,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => {
		const rows = q[field];
		if (rows.length >= max) return q;
		const id = makeId(
			idPrefix,
			rows.map((r) => r.id),
		);
		return { ...q, [field]: [...rows, { id, text: "" }] };
	});
}

export function addOption(quiz: DraftQuiz, index: number): DraftQuiz {
	return addRow(quiz, index, "options", "o", MAX_OPTIONS);
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

/** Changes the text of one row of a question's options or accepted answers. */
function setRowText(
	quiz: DraftQuiz,
	index: number,
	field: "options" | "accepted",
	rowId: string,
	text: string,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({
		...q,
		[field]: q[field].map((row) => (row.id === rowId ? { ...row, text } : row)),
	}));
}

export function updateOptionText(
	quiz: DraftQuiz,
	index: number,
	optionId: string,
	text: string,
): DraftQuiz {
	return setRowText(quiz, index, "options", optionId, text);
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
	return addRow(quiz, index, "accepted", "a", MAX_ACCEPTED);
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
	return setRowText(quiz, index, "accepted", acceptedId, text);
}

export function setCaseSensitive(
	quiz: DraftQuiz,
	index: number,
	caseSensitive: boolean,
): DraftQuiz {
	return mapQuestion(quiz, index, (q) => ({ ...q, caseSensitive }));
}
