import { describe, expect, it } from "vitest";
import {
	addResource,
	buildLessonBody,
	formFromLesson,
	formSnapshot,
	issuesFromServerError,
	updateResource,
} from "../src/client/components/instructor/lesson-form-model";
import {
	type DraftQuiz,
	draftFromQuiz,
	emptyQuiz,
	isValidId,
	MAX_OPTIONS,
	makeId,
	type QuestionType,
	toQuizInput,
} from "../src/client/components/instructor/quiz-draft";
import {
	addAccepted,
	addOption,
	addQuestion,
	changeQuestionType,
	moveQuestion,
	removeAccepted,
	removeOption,
	removeQuestion,
	setCaseSensitive,
	setTrueFalse,
	toggleCorrect,
	updateAccepted,
	updateOptionText,
	updateQuestion,
	updateSettings,
} from "../src/client/components/instructor/quiz-draft-operations";
import {
	mapQuizIssues,
	serializeQuiz,
	validateQuiz,
} from "../src/client/components/instructor/quiz-issues";
import { SchoolApiError } from "../src/client/fetcher";
import { type Quiz, quizSchema } from "../src/quiz";
import type { LessonDetail } from "../src/types";

/** A 400 as the server now sends it: `{ code, message, issues }`. */
const validation = (issues: { path: string[]; message: string }[]) =>
	new SchoolApiError(400, "Invalid input", "VALIDATION_ERROR", issues);

function q(quiz: DraftQuiz, index: number) {
	const question = quiz.questions[index];
	if (!question) throw new Error(`no question ${index}`);
	return question;
}

/** A valid quiz with one question of every type. */
function fullQuiz(): DraftQuiz {
	let quiz = emptyQuiz();
	for (const type of [
		"single",
		"multiple",
		"true_false",
		"short_text",
	] as QuestionType[])
		quiz = addQuestion(quiz, type);
	quiz = updateQuestion(quiz, 0, { prompt: "2 + 2?" });
	const [a, b] = q(quiz, 0).options;
	quiz = updateOptionText(quiz, 0, a?.id ?? "", "3");
	quiz = updateOptionText(quiz, 0, b?.id ?? "", "4");
	quiz = toggleCorrect(quiz, 0, b?.id ?? "");
	quiz = updateQuestion(quiz, 1, { prompt: "Primes?" });
	quiz = addOption(quiz, 1);
	const [m1, m2, m3] = q(quiz, 1).options;
	quiz = updateOptionText(quiz, 1, m1?.id ?? "", "2");
	quiz = updateOptionText(quiz, 1, m2?.id ?? "", "4");
	quiz = updateOptionText(quiz, 1, m3?.id ?? "", "5");
	quiz = toggleCorrect(quiz, 1, m3?.id ?? "");
	quiz = toggleCorrect(quiz, 1, m1?.id ?? "");
	quiz = updateQuestion(quiz, 2, { prompt: "The sky is green." });
	quiz = setTrueFalse(quiz, 2, false);
	quiz = updateQuestion(quiz, 3, {
		prompt: "Capital of France?",
		explanation: "Paris it is.",
	});
	quiz = updateAccepted(quiz, 3, q(quiz, 3).accepted[0]?.id ?? "", "Paris");
	return quiz;
}

describe("quiz builder model: questions", () => {
	it("adds questions of every type with sensible blanks", () => {
		const quiz = fullQuiz();
		expect(quiz.questions.map((x) => x.type)).toEqual([
			"single",
			"multiple",
			"true_false",
			"short_text",
		]);
		const blank = addQuestion(emptyQuiz(), "single");
		expect(q(blank, 0).options).toHaveLength(2);
		expect(q(blank, 0).correct).toEqual([]);
		expect(q(addQuestion(emptyQuiz(), "short_text"), 0).accepted).toHaveLength(
			1,
		);
	});

	it("generates short, unique, stable ids the quiz format accepts", () => {
		let quiz = emptyQuiz();
		for (let i = 0; i < 40; i++) quiz = addQuestion(quiz, "multiple");
		const ids = quiz.questions.map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^[\w-]+$/);
			expect(id.length).toBeLessThanOrEqual(12);
			expect(isValidId(id)).toBe(true);
		}
		for (const question of quiz.questions) {
			const optionIds = question.options.map((o) => o.id);
			expect(new Set(optionIds).size).toBe(optionIds.length);
			for (const id of optionIds) expect(id).toMatch(/^[\w-]+$/);
		}
		// Editing and moving keep ids.
		const before = q(quiz, 3).id;
		quiz = updateQuestion(quiz, 3, { prompt: "changed" });
		expect(q(quiz, 3).id).toBe(before);
		quiz = moveQuestion(quiz, 3, -1);
		expect(q(quiz, 2).id).toBe(before);
		// A new id avoids those taken.
		expect(ids).not.toContain(makeId("q", ids));
	});

	it("removes and moves questions, with no-ops at the ends", () => {
		const quiz = fullQuiz();
		const ids = quiz.questions.map((x) => x.id);
		expect(moveQuestion(quiz, 0, -1)).toBe(quiz);
		expect(moveQuestion(quiz, 3, 1)).toBe(quiz);
		expect(moveQuestion(quiz, 0, 1).questions.map((x) => x.id)).toEqual([
			ids[1],
			ids[0],
			ids[2],
			ids[3],
		]);
		expect(moveQuestion(quiz, 3, -1).questions.map((x) => x.id)).toEqual([
			ids[0],
			ids[1],
			ids[3],
			ids[2],
		]);
		expect(removeQuestion(quiz, 1).questions.map((x) => x.id)).toEqual([
			ids[0],
			ids[2],
			ids[3],
		]);
		expect(removeQuestion(quiz, 9)).toBe(quiz);
	});

	it("changes a question's type and keeps its other data", () => {
		let quiz = fullQuiz();
		const multiple = q(quiz, 1);
		expect(multiple.correct).toHaveLength(2);
		// multiple -> single keeps the options and one correct option.
		quiz = changeQuestionType(quiz, 1, "single");
		expect(q(quiz, 1).options).toEqual(multiple.options);
		expect(q(quiz, 1).correct).toEqual([multiple.correct[0]]);
		// single -> short text -> single: the options survive the round trip.
		quiz = changeQuestionType(quiz, 1, "short_text");
		expect(q(quiz, 1).accepted).toHaveLength(1);
		quiz = changeQuestionType(quiz, 1, "single");
		expect(q(quiz, 1).options).toEqual(multiple.options);
		expect(q(quiz, 1).prompt).toBe("Primes?");
		// true/false -> multiple gets two blank options; back keeps the answer.
		quiz = changeQuestionType(quiz, 2, "multiple");
		expect(q(quiz, 2).options).toHaveLength(2);
		quiz = changeQuestionType(quiz, 2, "true_false");
		expect(q(quiz, 2).correctBool).toBe(false);
	});
});

describe("quiz builder model: options and answers", () => {
	it("adds and removes options, dropping removed ones from the answer key", () => {
		let quiz = addQuestion(emptyQuiz(), "multiple");
		quiz = addOption(quiz, 0);
		expect(q(quiz, 0).options).toHaveLength(3);
		const third = q(quiz, 0).options[2]?.id ?? "";
		quiz = toggleCorrect(quiz, 0, third);
		expect(q(quiz, 0).correct).toEqual([third]);
		quiz = removeOption(quiz, 0, third);
		expect(q(quiz, 0).options).toHaveLength(2);
		expect(q(quiz, 0).correct).toEqual([]);
		for (let i = 0; i < 20; i++) quiz = addOption(quiz, 0);
		expect(q(quiz, 0).options).toHaveLength(MAX_OPTIONS);
	});

	it("toggles correct answers: one for single choice, any for multiple", () => {
		let single = addQuestion(emptyQuiz(), "single");
		const [a, b] = q(single, 0).options.map((o) => o.id);
		single = toggleCorrect(single, 0, a ?? "");
		single = toggleCorrect(single, 0, b ?? "");
		expect(q(single, 0).correct).toEqual([b]);
		expect(toggleCorrect(single, 0, "nope")).toBe(single);

		let multiple = addQuestion(emptyQuiz(), "multiple");
		const [x, y] = q(multiple, 0).options.map((o) => o.id);
		multiple = toggleCorrect(multiple, 0, y ?? "");
		multiple = toggleCorrect(multiple, 0, x ?? "");
		// Kept in option order.
		expect(q(multiple, 0).correct).toEqual([x, y]);
		multiple = toggleCorrect(multiple, 0, x ?? "");
		expect(q(multiple, 0).correct).toEqual([y]);
		expect(toggleCorrect(multiple, 0, y ?? "", true)).toBe(multiple);
	});

	it("edits true/false answers, accepted answers and case sensitivity", () => {
		let quiz = addQuestion(emptyQuiz(), "true_false");
		quiz = setTrueFalse(quiz, 0, false);
		expect(q(quiz, 0).correctBool).toBe(false);
		quiz = addQuestion(quiz, "short_text");
		quiz = addAccepted(quiz, 1);
		const [first, second] = q(quiz, 1).accepted.map((a) => a.id);
		quiz = updateAccepted(quiz, 1, second ?? "", "Lyon");
		quiz = removeAccepted(quiz, 1, first ?? "");
		quiz = setCaseSensitive(quiz, 1, true);
		expect(q(quiz, 1).accepted.map((a) => a.text)).toEqual(["Lyon"]);
		expect(q(quiz, 1).caseSensitive).toBe(true);
	});
});

describe("quiz builder model: output and validation", () => {
	it("produces a quiz that passes quizSchema, and round-trips", () => {
		let draft = fullQuiz();
		draft = updateSettings(draft, {
			passMark: "80",
			maxAttempts: "3",
			shuffle: true,
			showAnswers: "after_submit",
		});
		const result = validateQuiz(draft);
		expect(result.ok).toBe(true);
		const parsed = quizSchema.parse(toQuizInput(draft));
		expect(parsed).toMatchObject({
			passMark: 80,
			maxAttempts: 3,
			shuffle: true,
			showAnswers: "after_submit",
		});
		expect(parsed.questions[0]).toEqual({
			id: q(draft, 0).id,
			type: "single",
			prompt: "2 + 2?",
			options: q(draft, 0).options,
			correct: [q(draft, 0).options[1]?.id],
		});
		expect(parsed.questions[2]).toMatchObject({
			type: "true_false",
			correct: false,
		});
		expect(parsed.questions[3]).toEqual({
			id: q(draft, 3).id,
			type: "short_text",
			prompt: "Capital of France?",
			accepted: ["Paris"],
			explanation: "Paris it is.",
		});
		const json = serializeQuiz(draft);
		expect(json).not.toBeNull();
		const back = draftFromQuiz(JSON.parse(json ?? "") as Quiz);
		expect(toQuizInput(back)).toEqual(toQuizInput(draft));
		// An empty pass mark means the plugin's default: no `passMark` is stored.
		expect(
			toQuizInput(updateSettings(draft, { passMark: "" })),
		).not.toHaveProperty("passMark");
	});

	it("maps validation issues to question indexes and fields", () => {
		let draft = fullQuiz();
		draft = updateQuestion(draft, 1, { prompt: "  " });
		draft = updateOptionText(draft, 0, q(draft, 0).options[0]?.id ?? "", "");
		draft = removeOption(draft, 1, q(draft, 1).options[0]?.id ?? "");
		draft = removeOption(draft, 1, q(draft, 1).options[0]?.id ?? "");
		draft = updateAccepted(draft, 3, q(draft, 3).accepted[0]?.id ?? "", "");
		draft = updateSettings(draft, { passMark: "150" });
		const result = validateQuiz(draft);
		expect(result.ok).toBe(false);
		const { issues } = result;
		expect(issues.questions[0]).toEqual({
			"options.0": ["Option text is required"],
		});
		expect(issues.questions[1]?.prompt).toEqual(["Question text is required"]);
		expect(issues.questions[1]?.options).toEqual(["Give at least two options"]);
		expect(issues.questions[2]).toBeUndefined();
		expect(issues.questions[3]?.["accepted.0"]).toBeDefined();
		expect(issues.settings.passMark).toHaveLength(1);

		const none = validateQuiz(emptyQuiz());
		expect(none.ok).toBe(false);
		expect(none.issues.quiz).toEqual(["A quiz needs at least one question"]);

		const single = addQuestion(emptyQuiz(), "single");
		expect(validateQuiz(single).issues.questions[0]?.correct).toContain(
			"Mark at least one correct option",
		);
	});

	it("reads server issues into paths", () => {
		// Was: `parseIssueMessage` read "content.questions.0.options: …" text. The server now sends
		// `issues` with string paths; they land on the same question and field.
		expect(
			issuesFromServerError(
				validation([
					{
						path: ["content", "questions", "0", "options"],
						message: "Give at least two options",
					},
				]),
				"quiz",
			)?.quiz.questions[0],
		).toEqual({ options: ["Give at least two options"] });
		expect(
			issuesFromServerError(
				new SchoolApiError(404, "Section not found", "not_found"),
				"quiz",
			),
		).toBeNull();
		expect(
			mapQuizIssues([
				{ path: ["questions", 2, "options", 1, "text"], message: "x" },
			]).questions[2],
		).toEqual({ "options.1": ["x"] });
	});
});

describe("lesson form model", () => {
	const lesson: LessonDetail = {
		id: "l1",
		courseId: "c1",
		sectionId: "s1",
		title: "Welcome",
		type: "video",
		content: "# Hi",
		videoUrl: "https://example.com/a.mp4",
		captionsUrl: null,
		captions: [],
		durationMins: 5,
		order: 0,
		isFreePreview: true,
		resources: [{ label: "Slides", url: "https://example.com/s.pdf" }],
		quiz: null,
		createdAt: new Date(0).toISOString(),
		updatedAt: new Date(0).toISOString(),
	};

	it("builds the body with only lesson fields", () => {
		const form = formFromLesson(lesson);
		const result = buildLessonBody(form);
		expect(result).toEqual({
			ok: true,
			body: {
				title: "Welcome",
				type: "video",
				sectionId: "s1",
				isFreePreview: true,
				durationMins: 5,
				videoUrl: "https://example.com/a.mp4",
				captionsUrl: null,
				resources: [{ label: "Slides", url: "https://example.com/s.pdf" }],
				content: "# Hi",
			},
		});
		// Changing the type keeps the data in the form; video fields are sent for videos only.
		const text = buildLessonBody({ ...form, type: "text" });
		expect(text.ok && text.body).not.toHaveProperty("videoUrl");
		expect(formSnapshot({ ...form, type: "text" })).not.toBe(
			formSnapshot(form),
		);
	});

	it("sends quiz content as JSON and validates fields in the browser", () => {
		const form = {
			...formFromLesson(null),
			title: "Check",
			type: "quiz" as const,
		};
		const invalid = buildLessonBody(form);
		expect(invalid.ok).toBe(false);
		expect(!invalid.ok && invalid.issues.quiz.quiz).toEqual([
			"A quiz needs at least one question",
		]);
		const built = fullQuiz();
		const valid = buildLessonBody({ ...form, quiz: built });
		expect(valid.ok).toBe(true);
		if (valid.ok)
			expect(JSON.parse(valid.body.content ?? "")).toEqual(
				quizSchema.parse(toQuizInput(built)),
			);

		let withResource = addResource({ ...formFromLesson(null), title: "" });
		const rowId = withResource.resources[0]?.id ?? "";
		// A blank row is not sent.
		expect(buildLessonBody({ ...withResource, title: "T" })).toMatchObject({
			ok: true,
			body: { resources: [] },
		});
		withResource = updateResource(withResource, rowId, {
			label: "Bad",
			url: "javascript:alert(1)",
		});
		const bad = buildLessonBody(withResource);
		expect(!bad.ok && bad.issues.fields).toEqual({
			title: ["Title is required"],
			"resources.0.url": ["Must be an http(s) URL"],
		});
	});

	// Was `issuesFromServerMessage` / `parseIssueMessages` over message text (`path: message`
	// and `[body.path] message; …`); the same cases now arrive as the error's `issues`.
	it("places server issues beside their field", () => {
		expect(
			issuesFromServerError(
				validation([
					{
						path: ["content", "questions", "1", "options"],
						message: "Give at least two options",
					},
				]),
				"quiz",
			)?.quiz.questions[1],
		).toEqual({ options: ["Give at least two options"] });
		expect(
			issuesFromServerError(
				validation([{ path: ["videoUrl"], message: "Must be an http(s) URL" }]),
				"video",
			)?.fields,
		).toEqual({ videoUrl: ["Must be an http(s) URL"] });
		// Several issues at once.
		const both = issuesFromServerError(
			validation([
				{ path: ["title"], message: "Title is required" },
				{
					path: ["content", "questions", "0", "options"],
					message: "Give at least two options",
				},
			]),
			"quiz",
		);
		expect(both?.fields).toEqual({ title: ["Title is required"] });
		expect(both?.quiz.questions[0]).toEqual({
			options: ["Give at least two options"],
		});
		expect(
			issuesFromServerError(
				validation([
					{ path: [], message: "Invalid input" },
					{ path: ["resources", "0", "url"], message: "Must be x; y" },
				]),
				"text",
			)?.fields,
		).toEqual({ "resources.0.url": ["Must be x; y"] });
		expect(
			issuesFromServerError(
				new SchoolApiError(404, "Course not found", "not_found"),
				"text",
			),
		).toBeNull();
		expect(
			issuesFromServerError(
				validation([{ path: ["foo"], message: "bar" }]),
				"text",
			),
		).toBeNull();
	});
});
