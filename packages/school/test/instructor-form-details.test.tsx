import {
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CourseEditorPage } from "../src/client/components/instructor/course-editor-page.internal";
import { LessonEditorPage } from "../src/client/components/instructor/lesson-editor-page.internal";
import type { SchoolViewer } from "../src/types";
import {
	makeCourseDetail,
	renderWithSchool,
	stubFetch,
} from "./helpers/render";

/** Issue #17's small defects: the form's status asks first, the slug hint, the default pass mark. */

const instructor: SchoolViewer = {
	user: { id: "i1", name: "Ivy", isInstructor: true, isAdmin: false },
	quizPassMark: 65,
};

beforeEach(() => {
	window.history.replaceState(null, "", "/pages/learn/instructor");
});
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

describe("course form", () => {
	it("asks before archiving through the status field, with the learners it keeps", async () => {
		const detail = makeCourseDetail({ status: "published" });
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses/c1": { body: detail },
			"PATCH /school/courses/c1": { body: { ...detail, status: "archived" } },
		});
		renderWithSchool(<CourseEditorPage courseId="c1" />);
		const form = await screen.findByTestId("course-form");
		const status = within(form).getByLabelText("Status");
		fireEvent.change(status, { target: { value: "archived" } });
		fireEvent.click(screen.getByTestId("course-save"));

		const dialog = await screen.findByTestId("confirm-dialog");
		expect(dialog.textContent).toContain("Archive this course?");
		expect(dialog.textContent).toContain(
			`${detail.enrollmentCount} learners keep access`,
		);
		fireEvent.click(within(dialog).getByTestId("confirm-cancel"));
		await waitFor(() =>
			expect(screen.queryByTestId("confirm-dialog")).toBeNull(),
		);
		expect(calls.some((c) => c.method === "PATCH")).toBe(false);
		// Still unsaved: the choice is kept, not reverted behind the instructor's back.
		expect((status as HTMLSelectElement).value).toBe("archived");

		fireEvent.click(screen.getByTestId("course-save"));
		fireEvent.click(
			within(await screen.findByTestId("confirm-dialog")).getByTestId(
				"confirm-accept",
			),
		);
		await waitFor(() =>
			expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
				status: "archived",
			}),
		);
	});

	it("saves other fields without asking", async () => {
		const calls = stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses/c1": { body: makeCourseDetail() },
			"PATCH /school/courses/c1": { body: makeCourseDetail() },
		});
		renderWithSchool(<CourseEditorPage courseId="c1" />);
		const form = await screen.findByTestId("course-form");
		fireEvent.change(within(form).getByLabelText("Category"), {
			target: { value: "Design" },
		});
		fireEvent.click(screen.getByTestId("course-save"));
		await waitFor(() =>
			expect(calls.some((c) => c.method === "PATCH")).toBe(true),
		);
		expect(screen.queryByTestId("confirm-dialog")).toBeNull();
	});

	it("shows a readable slug hint before there is a slug, then the address", async () => {
		stubFetch({ "GET /school/me": { body: instructor } });
		renderWithSchool(<CourseEditorPage courseId="new" />);
		const form = await screen.findByTestId("course-form");
		expect(form.textContent).not.toContain("%E2");
		expect(form.textContent).toContain(
			"The course's address follows from its slug, made from the title.",
		);
		fireEvent.change(within(form).getByLabelText("Title"), {
			target: { value: "Intro to React" },
		});
		expect(form.textContent).toContain("/pages/learn/intro-to-react");
	});
});

describe("quiz builder", () => {
	it("names the school's default pass mark", async () => {
		stubFetch({
			"GET /school/me": { body: instructor },
			"GET /school/instructor/courses/c1": { body: makeCourseDetail() },
		});
		renderWithSchool(<LessonEditorPage courseId="c1" lessonId="new" />);
		await screen.findByTestId("lesson-form");
		fireEvent.change(screen.getByTestId("lesson-type"), {
			target: { value: "quiz" },
		});
		const builder = screen.getByTestId("quiz-builder");
		expect(builder.textContent).toContain(
			"Leave empty to use the school's default (65%).",
		);
	});
});
