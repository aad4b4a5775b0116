import {
	act,
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LessonEditorPage } from "../src/client/components/instructor/lesson-editor-page.internal";
import { quizSchema } from "../src/quiz";
import type { LessonDetail, SchoolViewer } from "../src/types";
import {
	type FetchCall,
	makeCourseDetail,
	renderWithSchool,
	type StubHandler,
	stubFetch,
} from "./helpers/render";

const instructor: SchoolViewer = {
	user: { id: "i1", name: "Ivy", isInstructor: true, isAdmin: false },
};

function lessonDetail(overrides: Partial<LessonDetail> = {}): LessonDetail {
	return {
		id: "l1",
		courseId: "c1",
		sectionId: "s1",
		title: "Welcome",
		type: "text",
		content: "Hello",
		videoUrl: null,
		captionsUrl: null,
		captions: [],
		durationMins: 5,
		order: 0,
		isFreePreview: false,
		resources: [],
		quiz: null,
		createdAt: new Date(0).toISOString(),
		updatedAt: new Date(0).toISOString(),
		...overrides,
	};
}

function routes(extra: Record<string, StubHandler> = {}) {
	return stubFetch({
		"GET /school/me": { body: instructor },
		"GET /school/instructor/courses/c1": { body: makeCourseDetail() },
		...extra,
	});
}

function renderEditor(lessonId = "new", overrides = {}, sectionId?: string) {
	return renderWithSchool(
		<LessonEditorPage
			courseId="c1"
			lessonId={lessonId}
			sectionId={sectionId}
		/>,
		{ overrides },
	);
}

const form = () => screen.findByTestId("lesson-form");
const editors = () => screen.getAllByTestId("quiz-question-editor");
const editor = (i: number) => {
	const el = editors()[i];
	if (!el) throw new Error(`no question editor ${i}`);
	return el;
};
const type = (el: HTMLElement, value: string) =>
	fireEvent.change(el, { target: { value } });
const posts = (calls: FetchCall[]) =>
	calls.filter((c) => c.method === "POST" || c.method === "PATCH");

beforeEach(() => {
	window.history.replaceState(null, "", "/");
});
afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe("lesson editor: access", () => {
	it("sends signed-out visitors to sign in", async () => {
		stubFetch({ "GET /school/me": { body: { user: null } } });
		const signInUrl = (to: string) => `/sign-in?to=${encodeURIComponent(to)}`;
		const { navigate } = renderEditor("new", { signInUrl });
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				signInUrl("/pages/learn/instructor/courses/c1/lessons/new"),
			),
		);
	});

	it("turns away learners", async () => {
		stubFetch({
			"GET /school/me": {
				body: {
					user: { id: "u1", name: "L", isInstructor: false, isAdmin: false },
				},
			},
		});
		renderEditor();
		expect(await screen.findByTestId("instructor-forbidden")).toBeTruthy();
		expect(screen.queryByTestId("lesson-form")).toBeNull();
	});

	it("shows not found for a course that is not the instructor's", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses": { body: { items: [], total: 0 } },
		});
		renderEditor();
		expect(await screen.findByTestId("school-not-found")).toBeTruthy();
	});

	it("shows not found for a lesson of another course", async () => {
		routes({
			"GET /school/lessons/l9": { body: lessonDetail({ courseId: "c2" }) },
		});
		renderEditor("l9");
		expect(await screen.findByTestId("school-not-found")).toBeTruthy();
	});
});

describe("lesson editor: quiz builder", () => {
	it("builds a quiz with clicks and the keyboard and POSTs it", async () => {
		const calls = routes({
			"POST /school/courses/c1/lessons": {
				status: 201,
				body: lessonDetail({ id: "new-1", type: "quiz" }),
			},
		});
		// The route hands the link's ?sectionId= to the page.
		const { navigate } = renderEditor("new", {}, "s1");
		await form();
		expect(screen.getByTestId("school-lesson-editor")).toBeTruthy();
		expect((screen.getByLabelText("Section") as HTMLSelectElement).value).toBe(
			"s1",
		);

		type(screen.getByLabelText("Title"), "Check yourself");
		type(screen.getByTestId("lesson-type"), "quiz");
		const builder = screen.getByTestId("quiz-builder");

		// Q1: single choice.
		fireEvent.click(screen.getByTestId("add-question-single"));
		expect(document.activeElement).toBe(
			within(editor(0)).getByLabelText("Question text"),
		);
		type(within(editor(0)).getByLabelText("Question text"), "2 + 2?");
		type(within(editor(0)).getByLabelText("Option 1"), "3");
		type(within(editor(0)).getByLabelText("Option 2"), "4");
		fireEvent.click(within(editor(0)).getByTestId("add-option"));
		type(within(editor(0)).getByLabelText("Option 3"), "5");
		fireEvent.click(within(editor(0)).getByLabelText("Option 2 is correct"));
		type(
			within(editor(0)).getByLabelText(/^Explanation/),
			"Count on your fingers.",
		);

		// Q2: multiple choice, one option removed.
		fireEvent.click(screen.getByTestId("add-question-multiple"));
		type(within(editor(1)).getByLabelText("Question text"), "Primes?");
		fireEvent.click(within(editor(1)).getByTestId("add-option"));
		type(within(editor(1)).getByLabelText("Option 1"), "2");
		type(within(editor(1)).getByLabelText("Option 2"), "4");
		type(within(editor(1)).getByLabelText("Option 3"), "5");
		fireEvent.click(within(editor(1)).getByLabelText("Option 1 is correct"));
		fireEvent.click(within(editor(1)).getByLabelText("Option 3 is correct"));
		fireEvent.click(within(editor(1)).getByLabelText("Remove option 2"));

		// Q3: true/false.
		fireEvent.click(screen.getByTestId("add-question-true_false"));
		type(within(editor(2)).getByLabelText("Question text"), "Sky is green.");
		fireEvent.click(within(editor(2)).getByLabelText("False"));

		// Q4: short text, then moved to the top with "Move up" (focus follows it).
		fireEvent.click(screen.getByTestId("add-question-short_text"));
		type(within(editor(3)).getByLabelText("Question text"), "Capital?");
		type(within(editor(3)).getByLabelText("Accepted answer 1"), "Paris");
		fireEvent.click(within(editor(3)).getByTestId("add-accepted"));
		type(within(editor(3)).getByLabelText("Accepted answer 2"), "paris");
		fireEvent.click(within(editor(3)).getByLabelText("Case-sensitive"));
		const moveUp = within(editor(3)).getByRole("button", {
			name: "Move up question 4",
		});
		moveUp.focus();
		fireEvent.click(moveUp);
		fireEvent.click(
			within(editor(2)).getByRole("button", { name: "Move up question 3" }),
		);
		fireEvent.click(
			within(editor(1)).getByRole("button", { name: "Move up question 2" }),
		);
		expect(editor(0).textContent).toContain("Short text");
		// Moved to the top: "Move up" is disabled there, so focus lands on "Move down".
		expect(document.activeElement).toBe(
			within(editor(0)).getByTestId("question-move-down"),
		);

		// An extra question, removed again.
		fireEvent.click(screen.getByTestId("add-question-single"));
		expect(editors()).toHaveLength(5);
		fireEvent.click(within(editor(4)).getByTestId("question-remove"));
		expect(editors()).toHaveLength(4);

		// Settings.
		type(within(builder).getByTestId("quiz-pass-mark"), "80");
		type(within(builder).getByTestId("quiz-max-attempts"), "2");
		fireEvent.click(within(builder).getByTestId("quiz-shuffle"));
		type(within(builder).getByTestId("quiz-show-answers"), "after_submit");

		fireEvent.click(screen.getByTestId("lesson-save"));
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				"/pages/learn/instructor/courses/c1/lessons/new-1",
			),
		);
		const [post] = posts(calls);
		expect(post?.path).toBe("/school/courses/c1/lessons");
		const body = post?.body as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual(
			[
				"content",
				"durationMins",
				"isFreePreview",
				"resources",
				"sectionId",
				"title",
				"type",
			].sort(),
		);
		expect(body).toMatchObject({
			title: "Check yourself",
			type: "quiz",
			sectionId: "s1",
			isFreePreview: false,
			durationMins: null,
			resources: [],
		});
		const quiz = quizSchema.parse(JSON.parse(body.content as string));
		expect(quiz).toMatchObject({
			passMark: 80,
			maxAttempts: 2,
			shuffle: true,
			showAnswers: "after_submit",
		});
		expect(quiz.questions.map((q) => q.type)).toEqual([
			"short_text",
			"single",
			"multiple",
			"true_false",
		]);
		const [short, single, multiple, tf] = quiz.questions;
		expect(short).toMatchObject({
			prompt: "Capital?",
			accepted: ["Paris", "paris"],
			caseSensitive: true,
		});
		if (single?.type !== "single") throw new Error("expected single");
		expect(single.options.map((o) => o.text)).toEqual(["3", "4", "5"]);
		expect(single.correct).toEqual([single.options[1]?.id]);
		expect(single.explanation).toBe("Count on your fingers.");
		if (multiple?.type !== "multiple") throw new Error("expected multiple");
		expect(multiple.options.map((o) => o.text)).toEqual(["2", "5"]);
		expect(multiple.correct).toEqual(multiple.options.map((o) => o.id));
		expect(tf).toMatchObject({ prompt: "Sky is green.", correct: false });
		for (const q of quiz.questions) expect(q.id).toMatch(/^[\w-]+$/);
	});

	it("blocks saving an invalid quiz and shows each issue beside its question", async () => {
		const calls = routes();
		renderEditor();
		await form();
		type(screen.getByLabelText("Title"), "Quiz");
		type(screen.getByTestId("lesson-type"), "quiz");

		fireEvent.click(screen.getByTestId("lesson-save"));
		expect(
			(await screen.findByTestId("lesson-form-issues")).textContent,
		).toContain("Fix 1 problem");
		expect(screen.getByTestId("quiz-builder").textContent).toContain(
			"A quiz needs at least one question",
		);

		fireEvent.click(screen.getByTestId("add-question-true_false"));
		fireEvent.click(screen.getByTestId("add-question-single"));
		type(within(editor(1)).getByLabelText("Question text"), "Pick one");
		type(within(editor(1)).getByLabelText("Option 1"), "A");
		fireEvent.click(screen.getByTestId("lesson-save"));

		const first = within(editor(0));
		expect(first.getByText("Question text is required")).toBeTruthy();
		const prompt = first.getByLabelText("Question text");
		expect(prompt.getAttribute("aria-invalid")).toBe("true");
		// The message is tied to the field, and focus goes to the first problem.
		const describedBy = prompt.getAttribute("aria-describedby") ?? "";
		expect(document.getElementById(describedBy)?.textContent).toBe(
			"Question text is required",
		);
		expect(document.activeElement).toBe(prompt);

		const second = within(editor(1));
		expect(second.queryByText("Question text is required")).toBeNull();
		expect(second.getByText("Option text is required")).toBeTruthy();
		expect(second.getByText("Mark at least one correct option")).toBeTruthy();
		expect(posts(calls)).toHaveLength(0);

		// Fixing the problems clears them as you type.
		type(prompt, "True?");
		expect(first.queryByText("Question text is required")).toBeNull();
	});

	it("shows a server 400 beside the question it names", async () => {
		routes({
			"POST /school/courses/c1/lessons": {
				status: 400,
				// The server's 4xx shape; the issue was read from the message text before.
				body: {
					code: "VALIDATION_ERROR",
					message:
						"[body.content.questions.0.options] Give at least two options",
					issues: [
						{
							path: ["content", "questions", "0", "options"],
							message: "Give at least two options",
						},
					],
				},
			},
		});
		const { navigate } = renderEditor();
		await form();
		type(screen.getByLabelText("Title"), "Quiz");
		type(screen.getByTestId("lesson-type"), "quiz");
		fireEvent.click(screen.getByTestId("add-question-true_false"));
		type(within(editor(0)).getByLabelText("Question text"), "Yes?");
		fireEvent.click(screen.getByTestId("lesson-save"));

		const alert = await screen.findByTestId("lesson-form-error");
		expect(alert.textContent).toBe(
			"[body.content.questions.0.options] Give at least two options",
		);
		expect(
			within(editor(0)).getByText("Give at least two options"),
		).toBeTruthy();
		expect(navigate).not.toHaveBeenCalled();
	});

	it("loads a quiz lesson's full quiz and PATCHes only lesson fields", async () => {
		const quiz = quizSchema.parse({
			passMark: 60,
			questions: [
				{
					id: "q1",
					type: "single",
					prompt: "Pick",
					options: [
						{ id: "a", text: "A" },
						{ id: "b", text: "B" },
					],
					correct: ["b"],
				},
			],
		});
		const lesson = lessonDetail({
			id: "l3",
			type: "quiz",
			content: null,
			quiz,
			title: "Check",
		});
		const calls = routes({
			"GET /school/lessons/l3": { body: lesson },
			"PATCH /school/lessons/l3": { body: lesson },
		});
		renderEditor("l3");
		await form();
		expect(
			(
				within(editor(0)).getByLabelText(
					"Option 2 is correct",
				) as HTMLInputElement
			).checked,
		).toBe(true);
		expect(
			(screen.getByTestId("quiz-pass-mark") as HTMLInputElement).value,
		).toBe("60");
		type(within(editor(0)).getByLabelText("Option 1"), "A!");
		fireEvent.click(screen.getByTestId("lesson-save"));
		expect(await screen.findByTestId("lesson-saved")).toBeTruthy();
		const [patch] = posts(calls);
		expect(patch?.method).toBe("PATCH");
		const body = patch?.body as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual(
			[
				"content",
				"durationMins",
				"isFreePreview",
				"resources",
				"sectionId",
				"title",
				"type",
			].sort(),
		);
		expect(JSON.parse(body.content as string)).toEqual({
			...quiz,
			questions: [
				{
					...quiz.questions[0],
					options: [
						{ id: "a", text: "A!" },
						{ id: "b", text: "B" },
					],
				},
			],
		});
	});
});

describe("lesson editor: video, text and resources", () => {
	it("shows a live preview of the video URL", async () => {
		routes();
		renderEditor();
		await form();
		type(screen.getByTestId("lesson-type"), "video");
		expect(screen.getByTestId("video-preview").textContent).toContain(
			"Enter a valid video URL",
		);
		type(screen.getByLabelText("Video URL"), "javascript:alert(1)");
		type(screen.getByLabelText("Video URL"), "https://cdn.example.com/a.mp4");
		const video = await screen.findByTestId("lesson-video");
		expect(video.getAttribute("src")).toBe("https://cdn.example.com/a.mp4");
		// Captions are previewed with the video.
		type(screen.getByLabelText(/^Captions URL/), "/captions/a.vtt");
		await waitFor(() =>
			expect(
				screen
					.getByTestId("lesson-video")
					.querySelector("track")
					?.getAttribute("src"),
			).toBe("/captions/a.vtt"),
		);
	});

	it("previews Markdown, validates resources and sends them", async () => {
		const calls = routes({
			"POST /school/courses/c1/lessons": {
				status: 201,
				body: lessonDetail({ id: "l7" }),
			},
		});
		renderEditor();
		await form();
		type(screen.getByLabelText("Title"), "Reading");
		type(screen.getByLabelText("Lesson text (Markdown)"), "# Heading");
		fireEvent.click(screen.getByTestId("markdown-preview-toggle"));
		expect(
			within(screen.getByTestId("markdown-preview")).getByRole("heading", {
				name: "Heading",
			}),
		).toBeTruthy();
		fireEvent.click(screen.getByTestId("markdown-preview-toggle"));

		fireEvent.click(screen.getByTestId("add-resource"));
		type(screen.getByLabelText("Label of resource 1"), "Slides");
		type(screen.getByLabelText("URL of resource 1"), "javascript:alert(1)");
		fireEvent.click(screen.getByTestId("lesson-save"));
		expect(await screen.findByText("Must be an http(s) URL")).toBeTruthy();
		expect(posts(calls)).toHaveLength(0);

		type(screen.getByLabelText("URL of resource 1"), "https://x.test/s.pdf");
		fireEvent.click(screen.getByTestId("lesson-save"));
		await waitFor(() => expect(posts(calls)).toHaveLength(1));
		expect(posts(calls)[0]?.body).toMatchObject({
			type: "text",
			content: "# Heading",
			resources: [{ label: "Slides", url: "https://x.test/s.pdf" }],
			sectionId: null,
		});
	});
});

describe("lesson editor: unsaved changes and delete", () => {
	it("registers beforeunload only while there are unsaved changes", async () => {
		const lesson = lessonDetail({ id: "l2" });
		routes({
			"GET /school/lessons/l2": { body: lesson },
			"PATCH /school/lessons/l2": { body: lesson },
		});
		const add = vi.spyOn(window, "addEventListener");
		const remove = vi.spyOn(window, "removeEventListener");
		const registered = () =>
			add.mock.calls.filter(([name]) => name === "beforeunload").length -
			remove.mock.calls.filter(([name]) => name === "beforeunload").length;

		renderEditor("l2");
		await form();
		expect(registered()).toBe(0);
		expect(screen.queryByTestId("lesson-dirty")).toBeNull();

		type(screen.getByLabelText("Title"), "Welcome!");
		expect(registered()).toBe(1);
		const event = new Event("beforeunload", { cancelable: true });
		window.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);

		// Typing the original value back is not a change.
		type(screen.getByLabelText("Title"), "Welcome");
		expect(registered()).toBe(0);

		type(screen.getByLabelText("Title"), "Welcome!");
		expect(registered()).toBe(1);
		fireEvent.click(screen.getByTestId("lesson-save"));
		await screen.findByTestId("lesson-saved");
		expect(registered()).toBe(0);
		expect(screen.queryByTestId("lesson-dirty")).toBeNull();
	});

	it("asks before leaving through the Back link with unsaved changes", async () => {
		routes({ "GET /school/lessons/l2": { body: lessonDetail({ id: "l2" }) } });
		renderEditor("l2");
		await form();
		type(screen.getByLabelText("Title"), "Changed");
		const back = screen.getByRole("link", { name: /Back to course/ });
		expect(back.getAttribute("href")).toBe(
			"/pages/learn/instructor/courses/c1",
		);
		const click = new MouseEvent("click", { bubbles: true, cancelable: true });
		act(() => {
			back.dispatchEvent(click);
		});
		// The confirm dialog (was `window.confirm`) asks once.
		expect(screen.getAllByTestId("confirm-dialog")).toHaveLength(1);
		expect(click.defaultPrevented).toBe(true);
	});

	it("deletes after confirming and returns to the course editor", async () => {
		const calls = routes({
			"GET /school/lessons/l2": { body: lessonDetail({ id: "l2" }) },
			"DELETE /school/lessons/l2": { body: { ok: true } },
		});
		const { navigate } = renderEditor("l2");
		await form();
		fireEvent.click(screen.getByTestId("lesson-delete"));
		// The confirm dialog (was `window.confirm`): no, then yes.
		const dialog = await screen.findByTestId("confirm-dialog");
		fireEvent.click(within(dialog).getByTestId("confirm-cancel"));
		await waitFor(() =>
			expect(screen.queryByTestId("confirm-dialog")).toBeNull(),
		);
		expect(calls.some((c) => c.method === "DELETE")).toBe(false);

		fireEvent.click(screen.getByTestId("lesson-delete"));
		fireEvent.click(
			within(await screen.findByTestId("confirm-dialog")).getByTestId(
				"confirm-accept",
			),
		);
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				"/pages/learn/instructor/courses/c1",
			),
		);
		expect(calls.some((c) => c.method === "DELETE")).toBe(true);
	});
});
