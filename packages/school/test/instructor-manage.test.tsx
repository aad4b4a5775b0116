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
	InstructorCourseStats,
	LearnerDetail,
	Roster,
	RosterEntry,
	SchoolViewer,
} from "../src/types";
import {
	makeCourse,
	makeCourseDetail,
	renderWithSchool,
	type StubHandler,
	stubFetch,
} from "./helpers/render";

const instructor: SchoolViewer = {
	user: { id: "i1", name: "Ivy", isInstructor: true, isAdmin: false },
};

const stats = (o: Partial<InstructorCourseStats>): InstructorCourseStats => ({
	...makeCourse(),
	enrollments: 0,
	completions: 0,
	completionRate: 0,
	averageProgress: 0,
	...o,
});

const list = (items: InstructorCourseStats[], total = items.length) => ({
	body: { items, total, limit: 20, offset: 0 },
});

beforeEach(() => {
	window.history.replaceState(null, "", "/pages/learn/instructor");
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

function dashboard(courses: InstructorCourseStats[]) {
	let current = courses;
	const calls = stubFetch({
		"GET /school/me": { body: instructor },
		"GET /school/instructor/courses": (call) => {
			const q = call.search.get("q")?.toLowerCase();
			const status = call.search.get("status");
			return list(
				current.filter(
					(c) =>
						(!q || c.title.toLowerCase().includes(q)) &&
						(!status || c.status === status),
				),
			);
		},
		"PATCH /school/courses/c1": (call) => {
			current = current.map((c) =>
				c.id === "c1" ? { ...c, ...(call.body as object) } : c,
			);
			return { body: current[0] };
		},
	});
	renderWithSchool(<InstructorDashboardPage />);
	return calls;
}

const rowOf = async (id: string) =>
	(await screen.findAllByTestId("instructor-course-row")).find(
		(r) => r.dataset.courseId === id,
	) as HTMLElement;

describe("dashboard: consequences before status changes", () => {
	const live = stats({
		id: "c1",
		title: "Intro to React",
		status: "published",
		enrollments: 312,
	});

	it("archiving states how many learners keep access, and cancelling changes nothing", async () => {
		const calls = dashboard([live]);
		fireEvent.click(within(await rowOf("c1")).getByTestId("archive-course"));
		const dialog = await screen.findByTestId("confirm-dialog");
		expect(dialog.textContent).toMatch(
			/312 learners keep access to “Intro to React”; the course leaves the catalog/,
		);
		await act(async () => {
			fireEvent.click(within(dialog).getByTestId("confirm-cancel"));
		});
		expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(0);
	});

	it("unpublishing warns that enrolled learners lose access; yes sends the change and toasts", async () => {
		const calls = dashboard([live]);
		fireEvent.click(within(await rowOf("c1")).getByTestId("unpublish-course"));
		const dialog = await screen.findByTestId("confirm-dialog");
		expect(dialog.textContent).toMatch(/312 learners enrolled lose access/);
		await act(async () => {
			fireEvent.click(within(dialog).getByTestId("confirm-accept"));
		});
		await waitFor(() =>
			expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
				status: "draft",
			}),
		);
		expect((await screen.findByTestId("toast")).textContent).toMatch(
			/“Intro to React” is now draft/,
		);
	});

	it("an archived course offers Restore (to draft), never a one-click Publish", async () => {
		dashboard([stats({ id: "c1", title: "Old", status: "archived" })]);
		const row = within(await rowOf("c1"));
		expect(row.queryByTestId("publish-course")).toBeNull();
		fireEvent.click(row.getByTestId("unpublish-course"));
		const dialog = await screen.findByTestId("confirm-dialog");
		expect(within(dialog).getByRole("heading").textContent).toBe(
			"Restore as a draft?",
		);
	});

	it("a failed change shows an alert toast", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses": list([
				stats({ id: "c1", title: "Draft one", status: "draft" }),
			]),
			"PATCH /school/courses/c1": {
				status: 409,
				body: { code: "conflict", message: "Add a lesson first" },
			},
		});
		renderWithSchool(<InstructorDashboardPage />);
		fireEvent.click(within(await rowOf("c1")).getByTestId("publish-course"));
		const alert = await screen.findByTestId("toast-error");
		expect(alert.closest('[role="alert"]')).toBeTruthy();
		expect(alert.textContent).toMatch(/Add a lesson first/);
	});
});

describe("dashboard: search, filter, sort, pages", () => {
	it("sends the search and status filter, and says when nothing matches", async () => {
		const calls = dashboard([
			stats({ id: "c1", title: "Intro to React" }),
			stats({ id: "c2", title: "SQL tuning", status: "draft" }),
		]);
		await rowOf("c1");
		fireEvent.change(screen.getByTestId("course-search"), {
			target: { value: "sql" },
		});
		await waitFor(() =>
			expect(
				screen
					.getAllByTestId("instructor-course-row")
					.map((r) => r.dataset.courseId),
			).toEqual(["c2"]),
		);
		expect(calls.at(-1)?.search.get("q")).toBe("sql");
		fireEvent.change(screen.getByTestId("course-status-filter"), {
			target: { value: "published" },
		});
		await screen.findByTestId("instructor-no-match");
		expect(calls.at(-1)?.search.get("status")).toBe("published");
		// Totals are not shown for a filtered list (they would not be the school's).
		expect(screen.queryByTestId("instructor-totals")).toBeNull();
	});

	it("sorts by a column heading and says the direction", async () => {
		const calls = dashboard([stats({ id: "c1", title: "A" })]);
		await rowOf("c1");
		fireEvent.click(screen.getByTestId("sort-title"));
		await waitFor(() => expect(calls.at(-1)?.search.get("sort")).toBe("title"));
		expect(calls.at(-1)?.search.get("dir")).toBe("asc");
		const th = screen.getByTestId("sort-title").closest("th");
		expect(th?.getAttribute("aria-sort")).toBe("ascending");
		fireEvent.click(screen.getByTestId("sort-title"));
		await waitFor(() => expect(calls.at(-1)?.search.get("dir")).toBe("desc"));
	});
});

const entry = (o: Partial<RosterEntry>): RosterEntry => ({
	enrollmentId: "e1",
	userId: "u1",
	learnerName: "Ada Lovelace",
	learnerEmail: "ada@example.com",
	status: "enrolled",
	progressPct: 50,
	enrolledAt: "2024-03-01T10:00:00.000Z",
	completedAt: null,
	lastActivityAt: "2024-03-05T10:00:00.000Z",
	bestQuizScore: 80,
	quizScores: [],
	...o,
});

function editor(routes: Record<string, StubHandler>) {
	const calls = stubFetch({
		"GET /school/me": { body: instructor },
		"GET /school/instructor/courses/c1": { body: makeCourseDetail() },
		...routes,
	});
	renderWithSchool(<CourseEditorPage courseId="c1" />);
	return calls;
}

describe("students tab", () => {
	it("searches and filters the roster, the CSV follows, and a row opens the learner", async () => {
		const roster: Roster = {
			items: [entry({})],
			total: 1,
			limit: 20,
			offset: 0,
		};
		const detail: LearnerDetail = {
			entry: entry({}),
			lessons: [
				{
					lessonId: "l1",
					title: "Welcome",
					type: "video",
					completed: true,
					completedAt: "2024-03-02T10:00:00.000Z",
				},
				{
					lessonId: "l3",
					title: "Check yourself",
					type: "quiz",
					completed: false,
					completedAt: null,
				},
			],
			quizzes: [
				{
					lessonId: "l3",
					title: "Check yourself",
					best: 80,
					passed: true,
					attempts: [
						{
							score: 80,
							passed: true,
							attemptedAt: "2024-03-04T10:00:00.000Z",
						},
						{
							score: 40,
							passed: false,
							attemptedAt: "2024-03-03T10:00:00.000Z",
						},
					],
				},
			],
		};
		const calls = editor({
			"GET /school/instructor/courses/c1/students": { body: roster },
			"GET /school/instructor/courses/c1/students/u1": { body: detail },
		});
		fireEvent.click(await screen.findByRole("tab", { name: "Students" }));
		await screen.findByTestId("roster-table");
		fireEvent.change(screen.getByTestId("roster-search"), {
			target: { value: "ada" },
		});
		fireEvent.change(screen.getByTestId("roster-progress"), {
			target: { value: "over-half" },
		});
		await waitFor(() => {
			const last = calls.filter((c) => c.path.endsWith("/students")).at(-1);
			expect(last?.search.get("q")).toBe("ada");
			expect(last?.search.get("progress")).toBe("over-half");
		});
		const csv = new URL(
			screen.getByTestId("download-csv").getAttribute("href") ?? "",
		);
		expect(csv.searchParams.get("progress")).toBe("over-half");
		expect(csv.searchParams.get("format")).toBe("csv");

		fireEvent.click(screen.getByTestId("open-learner"));
		const dialog = await screen.findByTestId("learner-detail");
		await within(dialog).findByText("Ada Lovelace");
		const lessons = within(dialog).getAllByTestId("learner-lesson");
		expect(lessons.map((l) => l.dataset.completed)).toEqual(["true", "false"]);
		expect(within(dialog).getByTestId("learner-quiz").textContent).toMatch(
			/Best 80%.*80% · passed.*40% · not passed/,
		);
		fireEvent.click(within(dialog).getByTestId("learner-detail-close"));
		await waitFor(() =>
			expect(screen.queryByTestId("learner-detail")).toBeNull(),
		);
	});
});

describe("analytics tab", () => {
	const analytics = (o: Partial<CourseAnalytics>): CourseAnalytics => ({
		courseId: "c1",
		enrollments: 0,
		completions: 0,
		days: null,
		funnel: [
			{ lessonId: "l1", title: "Welcome", type: "video", completions: 0 },
		],
		quizzes: [],
		quizLearners: [],
		...o,
	});

	it("a course without learners shows one empty state, not rows of 0% bars", async () => {
		editor({
			"GET /school/instructor/courses/c1/analytics": { body: analytics({}) },
		});
		fireEvent.click(await screen.findByRole("tab", { name: "Analytics" }));
		await screen.findByTestId("analytics-empty");
		expect(screen.queryByTestId("funnel-bar")).toBeNull();
	});

	it("asks for a time range and shows per-quiz best scores", async () => {
		const calls = editor({
			"GET /school/instructor/courses/c1/analytics": (call) => ({
				body: analytics({
					enrollments: 3,
					days: Number(call.search.get("days")) || null,
					quizLearners: [
						{
							lessonId: "l3",
							title: "Check yourself",
							learners: 2,
							passedLearners: 1,
							averageBestScore: 75,
						},
					],
				}),
			}),
		});
		fireEvent.click(await screen.findByRole("tab", { name: "Analytics" }));
		const best = await screen.findByTestId("quiz-best-row");
		expect(best.textContent).toMatch(/Check yourself.*2.*1.*75%/);
		fireEvent.change(screen.getByTestId("analytics-range"), {
			target: { value: "30" },
		});
		await waitFor(() =>
			expect(
				calls
					.filter((c) => c.path.endsWith("/analytics"))
					.at(-1)
					?.search.get("days"),
			).toBe("30"),
		);
		await screen.findByTestId("funnel-quiet");
	});
});
