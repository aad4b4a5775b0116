import {
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CourseEditorPage } from "../src/client/components/instructor/course-editor-page.internal";
import { indicatorAt } from "../src/client/components/instructor/curriculum-drag";
import type { CourseDetail, SchoolViewer } from "../src/types";
import {
	makeCourseDetail,
	renderWithSchool,
	type StubHandler,
	stubFetch,
} from "./helpers/render";

const instructor: SchoolViewer = {
	user: { id: "i1", name: "Ivy", isInstructor: true, isAdmin: false },
};

function renderEditor(
	detail: CourseDetail,
	routes: Record<string, StubHandler> = {},
) {
	const calls = stubFetch({
		"GET /school/me": { body: instructor },
		"GET /school/instructor/courses/c1": { body: detail },
		"PUT /school/courses/c1/curriculum": { body: detail },
		...routes,
	});
	renderWithSchool(<CourseEditorPage courseId="c1" />);
	return calls;
}

async function openCurriculum() {
	fireEvent.click(await screen.findByRole("tab", { name: "Curriculum" }));
	return screen.findByTestId("curriculum-editor");
}

const original = {
	sections: [{ id: "s1", lessonIds: ["l1", "l2"] }],
	unsectionedLessonIds: ["l3"],
};

beforeEach(() => {
	window.history.replaceState(null, "", "/pages/learn/instructor");
});

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	// The drop test pins the element under the finger on the document itself.
	Reflect.deleteProperty(document, "elementFromPoint");
});

describe("indicatorAt", () => {
	it("finds the gap under a point from the editor's marks", () => {
		document.body.innerHTML = `
			<ol>
				<li data-section-index="0" data-section-id="s1">
					<h3 id="title">Basics</h3>
					<ul data-lesson-group="s1" data-lesson-count="2">
						<li data-lesson-index="0" data-lesson-group-id="s1"><b id="a">A</b></li>
						<li data-lesson-index="1" data-lesson-group-id="s1"><b id="b">B</b></li>
					</ul>
				</li>
			</ol>
			<p id="outside">x</p>`;
		const el = (id: string) => document.getElementById(id);
		// happy-dom lays nothing out: every box is empty at 0, so any y > 0 is a lower half.
		expect(indicatorAt("lesson", el("a"), 10)).toEqual({
			kind: "lesson",
			groupId: "s1",
			slot: 1,
		});
		expect(indicatorAt("lesson", el("b"), -1)).toEqual({
			kind: "lesson",
			groupId: "s1",
			slot: 1,
		});
		// The section's heading: the end of its lessons.
		expect(indicatorAt("lesson", el("title"), 10)).toEqual({
			kind: "lesson",
			groupId: "s1",
			slot: 2,
		});
		expect(indicatorAt("section", el("b"), -1)).toEqual({
			kind: "section",
			slot: 0,
		});
		expect(indicatorAt("lesson", el("outside"), 10)).toBeNull();
		expect(indicatorAt("section", null, 10)).toBeNull();
		document.body.innerHTML = "";
	});
});

describe("curriculum: reorder saves itself", () => {
	it("drops a lesson with a finger, saves at once and undoes from the toast", async () => {
		const calls = renderEditor(makeCourseDetail());
		const editor = await openCurriculum();
		const row = (id: string) =>
			editor.querySelector(`[data-lesson-id="${id}"]`) as HTMLElement;
		const target = within(row("l2")).getByText("Components");
		// No layout in happy-dom: the finger is "over" Components' lower half.
		Object.defineProperty(document, "elementFromPoint", {
			configurable: true,
			value: () => target,
		});
		const handle = within(row("l1")).getByTestId("lesson-drag-handle");
		const touch = { pointerId: 7, pointerType: "touch", clientY: 40 };
		fireEvent.pointerDown(handle, touch);
		fireEvent.pointerMove(handle, touch);
		fireEvent.pointerUp(handle, touch);

		await waitFor(() =>
			expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1),
		);
		expect(calls.find((c) => c.method === "PUT")?.body).toEqual({
			sections: [{ id: "s1", lessonIds: ["l2", "l1"] }],
			unsectionedLessonIds: ["l3"],
		});
		const toast = await screen.findByTestId("toast");
		expect(toast.textContent).toContain("Order saved.");

		fireEvent.click(within(toast).getByTestId("toast-action"));
		await waitFor(() =>
			expect(calls.filter((c) => c.method === "PUT")).toHaveLength(2),
		);
		expect(calls.filter((c) => c.method === "PUT")[1]?.body).toEqual(original);
		expect((await screen.findByTestId("toast")).textContent).toContain(
			"Previous order restored.",
		);
	});

	it("saves a run of keyboard moves once, after a pause", async () => {
		const calls = renderEditor(makeCourseDetail());
		const editor = await openCurriculum();
		const welcome = editor.querySelector(
			'[data-lesson-id="l1"]',
		) as HTMLElement;
		fireEvent.click(
			within(welcome).getByRole("button", { name: "Move “Welcome” down" }),
		);
		// Not on the click itself: a second move may follow.
		expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);
		expect(screen.getByTestId("curriculum-save-state").textContent).toBe(
			"The new order is not saved yet.",
		);
		await waitFor(
			() => expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1),
			{ timeout: 3000 },
		);
		expect(calls.find((c) => c.method === "PUT")?.body).toEqual({
			sections: [{ id: "s1", lessonIds: ["l2", "l1"] }],
			unsectionedLessonIds: ["l3"],
		});
	});

	it("says when the order could not be saved and keeps it for a retry", async () => {
		const calls = renderEditor(makeCourseDetail(), {
			"PUT /school/courses/c1/curriculum": {
				status: 500,
				body: { message: "Database down" },
			},
		});
		const editor = await openCurriculum();
		const welcome = editor.querySelector(
			'[data-lesson-id="l1"]',
		) as HTMLElement;
		fireEvent.click(
			within(welcome).getByRole("button", { name: "Move “Welcome” down" }),
		);
		fireEvent.click(within(editor).getByTestId("save-curriculum"));
		const error = await screen.findByTestId("toast-error");
		expect(error.textContent).toContain("The order was not saved");
		expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1);
		const save = within(editor).getByTestId(
			"save-curriculum",
		) as HTMLButtonElement;
		await waitFor(() => expect(save.disabled).toBe(false));
		fireEvent.click(save);
		await waitFor(() =>
			expect(calls.filter((c) => c.method === "PUT")).toHaveLength(2),
		);
	});
});
