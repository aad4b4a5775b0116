import {
	act,
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CourseEditorPage } from "../src/client/components/instructor/course-editor-page.internal";
import { InstructorDashboardPage } from "../src/client/components/instructor/dashboard-page.internal";
import type {
	CourseAnalytics,
	CourseDetail,
	InstructorCourseStats,
	Roster,
	SchoolViewer,
} from "../src/types";
import {
	makeCourse,
	makeCourseDetail,
	renderWithSchool,
	type StubHandler,
	stubFetch,
} from "./helpers/render";

const signInUrl = (returnTo: string) =>
	`/sign-in?returnTo=${encodeURIComponent(returnTo)}`;

const student: SchoolViewer = {
	user: { id: "u1", name: "Sam", isInstructor: false, isAdmin: false },
};
const instructor: SchoolViewer = {
	user: { id: "i1", name: "Ivy", isInstructor: true, isAdmin: false },
};

function stats(
	overrides: Partial<InstructorCourseStats>,
): InstructorCourseStats {
	return {
		...makeCourse(),
		enrollments: 0,
		completions: 0,
		completionRate: 0,
		averageProgress: 0,
		...overrides,
	};
}

const list = (items: InstructorCourseStats[]) => ({
	body: { items, total: items.length, limit: 100, offset: 0 },
});

beforeEach(() => {
	window.history.replaceState(null, "", "/pages/learn/instructor");
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

/** Answers the confirm dialog (which replaced `window.confirm`); returns the dialog it was. */
async function answerConfirm(answer: boolean) {
	const dialog = await screen.findByTestId("confirm-dialog");
	// Async act: the answer resolves a promise, and what follows it updates state.
	await act(async () => {
		fireEvent.click(
			within(dialog).getByTestId(answer ? "confirm-accept" : "confirm-cancel"),
		);
	});
	return dialog;
}

const requests = (calls: { method: string; path: string }[]) =>
	calls.map((c) => `${c.method} ${c.path}`);

describe("InstructorDashboardPage", () => {
	it("turns a student away without a failing request", async () => {
		const calls = stubFetch({ "GET /school/me": { body: student } });
		renderWithSchool(<InstructorDashboardPage />, { overrides: { signInUrl } });
		const forbidden = await screen.findByTestId("instructor-forbidden");
		expect(
			within(forbidden).getByRole("heading", { name: "For instructors only" }),
		).toBeTruthy();
		expect(requests(calls)).toEqual(["GET /school/me"]);
		expect(screen.queryByTestId("create-course")).toBeNull();
	});

	it("sends a signed-out visitor to sign in, returning to the dashboard", async () => {
		const calls = stubFetch({ "GET /school/me": { body: { user: null } } });
		const { navigate } = renderWithSchool(<InstructorDashboardPage />, {
			overrides: { signInUrl },
		});
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				"/sign-in?returnTo=%2Fpages%2Flearn%2Finstructor",
			),
		);
		expect(requests(calls)).toEqual(["GET /school/me"]);
	});

	it("lists every course with its numbers, totals, and publishes a draft", async () => {
		let courses = [
			stats({
				id: "c1",
				title: "Intro to React",
				status: "published",
				enrollments: 8,
				completions: 2,
				completionRate: 25,
				averageProgress: 40,
			}),
			stats({
				id: "c2",
				title: "Advanced Hooks",
				slug: "hooks",
				status: "draft",
				enrollments: 2,
				completions: 2,
				completionRate: 100,
				averageProgress: 100,
			}),
			stats({ id: "c3", title: "Old course", slug: "old", status: "archived" }),
		];
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses": () => list(courses),
			"PATCH /school/courses/c2": (call) => {
				courses = courses.map((c) =>
					c.id === "c2" ? { ...c, ...(call.body as object) } : c,
				);
				return { body: courses[1] };
			},
		});
		renderWithSchool(<InstructorDashboardPage />);
		await screen.findByTestId("school-instructor-dashboard");
		const rows = await screen.findAllByTestId("instructor-course-row");
		expect(rows.map((r) => r.dataset.courseId)).toEqual(["c1", "c2", "c3"]);
		const statuses = rows.map(
			(r) => within(r).getByTestId("course-status").textContent,
		);
		expect(statuses).toEqual(["Published", "Draft", "Archived"]);
		const first = within(rows[0] as HTMLElement);
		expect(first.getByTestId("row-enrollments").textContent).toBe("8");
		expect(first.getByTestId("row-completion-rate").textContent).toBe("25%");
		expect(first.queryByTestId("publish-course")).toBeNull();
		expect(first.getByTestId("unpublish-course")).toBeTruthy();
		expect(
			within(rows[2] as HTMLElement).getByTestId("unpublish-course")
				.textContent,
		).toMatch(/Restore as draft/);

		// Totals: 3 courses, 10 enrollments, 4 completions → 40% overall.
		expect(screen.getByTestId("total-courses").textContent).toBe("3");
		expect(screen.getByTestId("total-enrollments").textContent).toBe("10");
		expect(screen.getByTestId("total-completions").textContent).toBe("4");
		expect(screen.getByTestId("total-completion-rate").textContent).toBe("40%");
		expect(screen.getByTestId("create-course").getAttribute("href")).toBe(
			"/pages/learn/instructor/courses/new",
		);

		const draft = within(rows[1] as HTMLElement);
		const publish = draft.getByRole("button", {
			name: "Publish Advanced Hooks",
		});
		fireEvent.click(publish);
		await waitFor(() =>
			expect(
				within(
					screen.getAllByTestId("instructor-course-row")[1] as HTMLElement,
				).getByTestId("course-status").textContent,
			).toBe("Published"),
		);
		const patch = calls.find((c) => c.method === "PATCH");
		expect(patch?.path).toBe("/school/courses/c2");
		expect(patch?.body).toEqual({ status: "published" });
		expect(screen.getByRole("status", { name: "" }).textContent).toMatch(
			/“Advanced Hooks” is now published/,
		);
	});

	it("shows a helpful empty state", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses": list([]),
		});
		renderWithSchool(<InstructorDashboardPage />);
		const empty = await screen.findByTestId("instructor-empty");
		expect(
			within(empty).getByRole("link", { name: "Create course" }),
		).toBeTruthy();
	});
});

describe("CourseEditorPage: details", () => {
	it("derives the slug from the title, converts the price to cents and opens the new course", async () => {
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"POST /school/courses": (call) => ({
				status: 201,
				body: makeCourse({ id: "new-id", ...(call.body as object) }),
			}),
		});
		const { navigate } = renderWithSchool(<CourseEditorPage courseId="new" />);
		const form = await screen.findByTestId("course-form");
		const title = within(form).getByLabelText("Title");
		const slug = within(form).getByLabelText("Slug") as HTMLInputElement;
		fireEvent.change(title, { target: { value: "Intro to React & Next.js" } });
		expect(slug.value).toBe("intro-to-react-and-next-js");
		// Once edited by hand, the slug stays.
		fireEvent.change(slug, { target: { value: "react-intro" } });
		fireEvent.change(title, { target: { value: "Intro to React" } });
		expect(slug.value).toBe("react-intro");

		fireEvent.change(within(form).getByLabelText("Price"), {
			target: { value: "49.00" },
		});
		fireEvent.change(within(form).getByLabelText("Tags"), {
			target: { value: "react, web" },
		});
		fireEvent.click(screen.getByTestId("course-save"));
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				"/pages/learn/instructor/courses/new-id",
			),
		);
		const post = calls.find((c) => c.method === "POST");
		expect(post?.body).toMatchObject({
			title: "Intro to React",
			slug: "react-intro",
			price: 4900,
			currency: "USD",
			tags: ["react", "web"],
			status: "draft",
		});
	});

	it("shows a server validation error beside its field", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"POST /school/courses": {
				status: 400,
				// The server's 4xx shape; was read from "[body.slug] …" message text.
				body: {
					code: "VALIDATION_ERROR",
					message: "Invalid body",
					issues: [{ path: ["slug"], message: "This slug is reserved" }],
				},
			},
		});
		const { navigate } = renderWithSchool(<CourseEditorPage courseId="new" />);
		const form = await screen.findByTestId("course-form");
		fireEvent.change(within(form).getByLabelText("Title"), {
			target: { value: "New" },
		});
		fireEvent.click(screen.getByTestId("course-save"));
		const error = await screen.findByTestId("field-error-slug");
		expect(error.textContent).toBe("This slug is reserved");
		const slug = within(form).getByLabelText("Slug");
		expect(slug.getAttribute("aria-invalid")).toBe("true");
		expect(slug.getAttribute("aria-describedby")?.split(" ")).toContain(
			error.id,
		);
		expect(
			within(form).getByLabelText("Title").getAttribute("aria-invalid"),
		).toBeNull();
		expect(navigate).not.toHaveBeenCalled();
	});

	it("previews the description and the cover, and asks before leaving with changes", async () => {
		stubFetch({ "GET /school/me": { body: instructor } });
		renderWithSchool(<CourseEditorPage courseId="new" />);
		const form = await screen.findByTestId("course-form");
		const leave = () => {
			const event = new Event("beforeunload", { cancelable: true });
			window.dispatchEvent(event);
			return event.defaultPrevented;
		};
		expect(leave()).toBe(false);
		fireEvent.change(within(form).getByLabelText("Description"), {
			target: { value: "Learn **fast**" },
		});
		expect(leave()).toBe(true);
		fireEvent.click(within(form).getByRole("button", { name: "Preview" }));
		const preview = screen.getByTestId("description-preview");
		expect(preview.querySelector("strong")?.textContent).toBe("fast");
		fireEvent.change(within(form).getByLabelText("Cover image URL"), {
			target: { value: "/covers/react.png" },
		});
		expect(
			screen
				.getByRole("img", { name: "Cover image preview" })
				.getAttribute("src"),
		).toBe("/covers/react.png");
		fireEvent.change(within(form).getByLabelText("Cover image URL"), {
			target: { value: "javascript:alert(1)" },
		});
		expect(screen.queryByTestId("cover-preview")).toBeNull();
	});

	it("checks the price before sending", async () => {
		const calls = stubFetch({ "GET /school/me": { body: instructor } });
		renderWithSchool(<CourseEditorPage courseId="new" />);
		const form = await screen.findByTestId("course-form");
		fireEvent.change(within(form).getByLabelText("Title"), {
			target: { value: "New" },
		});
		fireEvent.change(within(form).getByLabelText("Price"), {
			target: { value: "12.345" },
		});
		fireEvent.click(screen.getByTestId("course-save"));
		expect((await screen.findByTestId("field-error-price")).textContent).toBe(
			"Enter a price such as 49.00.",
		);
		expect(calls.some((c) => c.method === "POST")).toBe(false);
	});

	it("saves only the changed fields of an existing course", async () => {
		const course = stats({ id: "c1", price: 4900, status: "draft" });
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses/c1": {
				body: makeCourseDetail({ price: 4900, status: "draft" }),
			},
			"PATCH /school/courses/c1": (call) => ({
				body: { ...course, ...(call.body as object) },
			}),
		});
		renderWithSchool(<CourseEditorPage courseId="c1" />);
		const form = await screen.findByTestId("course-form");
		const price = within(form).getByLabelText("Price") as HTMLInputElement;
		expect(price.value).toBe("49.00");
		const save = screen.getByTestId("course-save") as HTMLButtonElement;
		expect(save.disabled).toBe(true);
		fireEvent.change(price, { target: { value: "19.99" } });
		fireEvent.click(save);
		expect(
			(await screen.findByText("Changes saved.")).getAttribute("role"),
		).toBe("status");
		expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
			price: 1999,
		});
	});

	it("shows the 409 of a course with learners and offers to archive it", async () => {
		const course = stats({ id: "c1", status: "published", enrollments: 3 });
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses/c1": { body: makeCourseDetail() },
			"DELETE /school/courses/c1": {
				status: 409,
				body: {
					code: "has_learners",
					message: "This course has learners, so it cannot be deleted.",
				},
			},
			"PATCH /school/courses/c1": { body: { ...course, status: "archived" } },
		});
		renderWithSchool(<CourseEditorPage courseId="c1" />);
		fireEvent.click(await screen.findByTestId("delete-course"));
		await answerConfirm(true);
		const alert = await screen.findByTestId("delete-course-error");
		expect(alert.textContent).toMatch(/has learners/);
		fireEvent.click(
			within(alert).getByRole("button", { name: "Archive instead" }),
		);
		await waitFor(() =>
			expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
				status: "archived",
			}),
		);
	});

	it("tells an instructor that a course they do not manage is not found", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses": list([stats({ id: "mine" })]),
		});
		renderWithSchool(<CourseEditorPage courseId="someone-elses" />);
		expect(
			await screen.findByTestId("instructor-course-not-found"),
		).toBeTruthy();
	});

	it("turns a student away from the editor", async () => {
		const calls = stubFetch({ "GET /school/me": { body: student } });
		renderWithSchool(<CourseEditorPage courseId="c1" />);
		expect(await screen.findByTestId("instructor-forbidden")).toBeTruthy();
		expect(requests(calls)).toEqual(["GET /school/me"]);
	});
});

function renderEditor(
	detail: CourseDetail,
	routes: Record<string, StubHandler> = {},
) {
	const calls = stubFetch({
		"GET /school/me": { body: instructor },
		"GET /school/instructor/courses/c1": { body: detail },
		...routes,
	});
	return { calls, ...renderWithSchool(<CourseEditorPage courseId="c1" />) };
}

describe("CourseEditorPage: tabs", () => {
	it("moves between tabs with the arrow keys", async () => {
		renderEditor(makeCourseDetail());
		const details = await screen.findByRole("tab", { name: "Details" });
		expect(details.getAttribute("aria-selected")).toBe("true");
		expect(details.tabIndex).toBe(0);
		details.focus();
		fireEvent.keyDown(details, { key: "ArrowRight" });
		const curriculum = screen.getByRole("tab", { name: "Curriculum" });
		expect(curriculum.getAttribute("aria-selected")).toBe("true");
		expect(document.activeElement).toBe(curriculum);
		expect(details.tabIndex).toBe(-1);
		expect(screen.getByRole("tabpanel", { name: "Curriculum" }).hidden).toBe(
			false,
		);
		expect(window.location.hash).toBe("#curriculum");
		fireEvent.keyDown(curriculum, { key: "End" });
		expect(
			screen
				.getByRole("tab", { name: "Analytics" })
				.getAttribute("aria-selected"),
		).toBe("true");
		fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
		expect(details.getAttribute("aria-selected")).toBe("true");
	});
});

describe("CourseEditorPage: curriculum", () => {
	async function openCurriculum() {
		fireEvent.click(await screen.findByRole("tab", { name: "Curriculum" }));
		return screen.findByTestId("curriculum-editor");
	}

	it("reorders from the keyboard and saves the order in one PUT", async () => {
		const detail = makeCourseDetail({
			sections: [
				...makeCourseDetail().sections,
				{ id: "s2", title: "Advanced", order: 1, lessons: [] },
			],
		});
		const { calls } = renderEditor(detail, {
			"PUT /school/courses/c1/curriculum": { body: detail },
		});
		const editor = await openCurriculum();
		const save = within(editor).getByTestId(
			"save-curriculum",
		) as HTMLButtonElement;
		expect(save.disabled).toBe(true);

		// Welcome goes down one place, within Basics.
		const welcome = () =>
			editor.querySelector('[data-lesson-id="l1"]') as HTMLElement;
		const down = within(welcome()).getByRole("button", {
			name: "Move “Welcome” down",
		});
		fireEvent.click(down);
		expect(
			within(editor)
				.getAllByTestId("curriculum-lesson")
				.map((l) => l.dataset.lessonId),
		).toEqual(["l2", "l1", "l3"]);
		// Focus follows the moved lesson; at the end of its list it lands on "Move up".
		await waitFor(() =>
			expect(document.activeElement).toBe(
				within(welcome()).getByTestId("move-up"),
			),
		);
		expect(screen.getByTestId("curriculum-status").textContent).toBe(
			"“Welcome” moved to position 2 of 2 in Basics.",
		);
		expect(save.disabled).toBe(false);

		// The unsectioned quiz moves into Advanced through its menu.
		const quiz = editor.querySelector('[data-lesson-id="l3"]') as HTMLElement;
		fireEvent.change(
			within(quiz).getByRole("combobox", {
				name: "Move “Check yourself” to section",
			}),
			{ target: { value: "s2" } },
		);
		// Advanced moves above Basics.
		const advanced = editor.querySelector(
			'[data-section-id="s2"]',
		) as HTMLElement;
		fireEvent.click(
			within(advanced).getByRole("button", { name: "Move “Advanced” up" }),
		);
		expect(
			within(editor)
				.getAllByTestId("curriculum-section")
				.map((s) => s.dataset.sectionId),
		).toEqual(["s2", "s1"]);

		fireEvent.click(save);
		await waitFor(() =>
			expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1),
		);
		const put = calls.find((c) => c.method === "PUT");
		expect(put?.path).toBe("/school/courses/c1/curriculum");
		expect(put?.body).toEqual({
			sections: [
				{ id: "s2", lessonIds: ["l3"] },
				{ id: "s1", lessonIds: ["l2", "l1"] },
			],
			unsectionedLessonIds: [],
		});
	});

	it("disables moves past the ends and links to the lesson editor with the section", async () => {
		renderEditor(makeCourseDetail());
		const editor = await openCurriculum();
		const welcome = editor.querySelector(
			'[data-lesson-id="l1"]',
		) as HTMLElement;
		expect(
			(within(welcome).getByTestId("move-up") as HTMLButtonElement).disabled,
		).toBe(true);
		const section = editor.querySelector(
			'[data-section-id="s1"]',
		) as HTMLElement;
		expect(
			within(section).getByTestId("add-lesson-editor").getAttribute("href"),
		).toBe("/pages/learn/instructor/courses/c1/lessons/new?sectionId=s1");
		expect(
			within(welcome)
				.getByRole("link", { name: "Edit “Welcome”" })
				.getAttribute("href"),
		).toBe("/pages/learn/instructor/courses/c1/lessons/l1");
	});

	it("adds a section and a quick lesson, and deletes a lesson after confirming", async () => {
		const { calls } = renderEditor(makeCourseDetail(), {
			"POST /school/courses/c1/sections": { status: 201, body: { id: "s9" } },
			"POST /school/courses/c1/lessons": { status: 201, body: { id: "l9" } },
			"DELETE /school/lessons/l2": { body: { ok: true } },
		});
		const editor = await openCurriculum();
		fireEvent.change(within(editor).getByLabelText("New section title"), {
			target: { value: "Extras" },
		});
		fireEvent.click(within(editor).getByTestId("add-section"));
		await waitFor(() =>
			expect(
				calls.find((c) => c.path === "/school/courses/c1/sections")?.body,
			).toEqual({ title: "Extras" }),
		);

		const section = editor.querySelector(
			'[data-section-id="s1"]',
		) as HTMLElement;
		fireEvent.click(within(section).getByTestId("add-lesson"));
		fireEvent.change(within(section).getByLabelText("Lesson title"), {
			target: { value: "Props" },
		});
		fireEvent.change(within(section).getByLabelText("Type"), {
			target: { value: "text" },
		});
		fireEvent.click(within(section).getByTestId("quick-lesson-submit"));
		await waitFor(() =>
			expect(
				calls.find((c) => c.path === "/school/courses/c1/lessons")?.body,
			).toEqual({ title: "Props", type: "text", sectionId: "s1" }),
		);

		fireEvent.click(
			within(editor).getByRole("button", { name: "Delete “Components”" }),
		);
		const dialog = await answerConfirm(true);
		expect(dialog.textContent).toContain(
			"Delete the lesson “Components”? Learners' progress on it is lost.",
		);
		await waitFor(() =>
			expect(calls.some((c) => c.method === "DELETE")).toBe(true),
		);
	});
});

describe("CourseEditorPage: students and analytics", () => {
	it("shows the roster with a CSV download", async () => {
		const roster: Roster = {
			total: 1,
			limit: 20,
			offset: 0,
			items: [
				{
					enrollmentId: "e1",
					userId: "u1",
					learnerName: "Ada",
					learnerEmail: "ada@example.com",
					status: "enrolled",
					progressPct: 50,
					enrolledAt: new Date(0).toISOString(),
					completedAt: null,
					lastActivityAt: "2024-03-01T10:00:00.000Z",
					bestQuizScore: 80,
					quizScores: [{ lessonId: "l3", best: 80, passed: true }],
				},
			],
		};
		const { calls } = renderEditor(makeCourseDetail(), {
			"GET /school/instructor/courses/c1/students": { body: roster },
		});
		fireEvent.click(await screen.findByRole("tab", { name: "Students" }));
		const table = await screen.findByTestId("roster-table");
		const rows = within(table).getAllByTestId("roster-row");
		expect(rows).toHaveLength(1);
		const row = within(rows[0] as HTMLElement);
		expect(row.getByText("Ada")).toBeTruthy();
		expect(row.getByText("ada@example.com")).toBeTruthy();
		expect(row.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(
			"50",
		);
		expect(row.getByText("80%")).toBeTruthy();
		const csv = screen.getByTestId("download-csv");
		expect(csv.hasAttribute("download")).toBe(true);
		expect(csv.getAttribute("href")).toBe(
			"http://api.test/api/data/school/instructor/courses/c1/students?format=csv",
		);
		const get = calls.find((c) => c.path.endsWith("/students"));
		expect(get?.search.get("limit")).toBe("20");
	});

	it("draws the completion funnel with its numbers, and quiz stats", async () => {
		const analytics: CourseAnalytics = {
			courseId: "c1",
			enrollments: 4,
			completions: 1,
			days: null,
			funnel: [
				{ lessonId: "l1", title: "Welcome", type: "video", completions: 4 },
				{ lessonId: "l2", title: "Components", type: "text", completions: 2 },
				{
					lessonId: "l3",
					title: "Check yourself",
					type: "quiz",
					completions: 1,
				},
			],
			quizzes: [
				{
					lessonId: "l3",
					title: "Check yourself",
					attempts: 3,
					passes: 1,
					passRate: 33,
					averageScore: 61,
				},
			],
			quizLearners: [
				{
					lessonId: "l3",
					title: "Check yourself",
					learners: 2,
					passedLearners: 1,
					averageBestScore: 70,
				},
			],
		};
		renderEditor(makeCourseDetail(), {
			"GET /school/instructor/courses/c1/analytics": { body: analytics },
		});
		fireEvent.click(await screen.findByRole("tab", { name: "Analytics" }));
		const funnel = await screen.findByTestId("analytics-funnel");
		expect(
			within(funnel)
				.getAllByTestId("funnel-bar")
				.map((b) => (b as HTMLElement).style.width),
		).toEqual(["100%", "50%", "25%"]);
		const table = within(funnel).getByRole("table");
		expect(within(table).getAllByRole("row")).toHaveLength(4);
		expect(screen.getByTestId("analytics-completion-rate").textContent).toBe(
			"25%",
		);
		const quizzes = screen.getByTestId("quiz-stats");
		expect(within(quizzes).getByText("33%")).toBeTruthy();
		expect(within(quizzes).getByText("61%")).toBeTruthy();
	});
});
