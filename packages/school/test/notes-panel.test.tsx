import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	emitter,
	type MediaPlayer,
} from "../src/client/components/shared/player/types";
import { NotesPanel } from "../src/client/components/transcript/notes-panel";
import type { SerializedNote } from "../src/types";
import { renderWithSchool, stubFetch } from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

function player(time: number): MediaPlayer {
	const events = emitter();
	return {
		isReady: () => true,
		currentTime: () => time,
		duration: () => 60,
		seek: vi.fn(),
		rate: () => 1,
		setRate: () => {},
		subscribe: events.subscribe,
		dispose: () => {},
	};
}

const note = (over: Partial<SerializedNote> = {}): SerializedNote => ({
	id: "n1",
	courseId: "c1",
	lessonId: "l1",
	lessonTitle: "Welcome",
	body: "Props flow down",
	positionSecs: 75,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
	...over,
});

describe("NotesPanel", () => {
	it("saves a bookmark at the video's time, jumps back to one, and links the Markdown export", async () => {
		const stored: SerializedNote[] = [note()];
		const calls = stubFetch({
			"GET /school/lessons/l1/notes": () => ({
				body: { items: stored, total: stored.length, limit: 100, offset: 0 },
			}),
			"POST /school/lessons/l1/notes": ({ body }) => {
				const created = note({ id: "n2", ...(body as object) });
				stored.push(created);
				return { status: 201, body: created };
			},
		});
		const video = player(42.7);
		renderWithSchool(
			<NotesPanel
				lessonId="l1"
				courseId="c1"
				courseSlug="react"
				player={video}
			/>,
		);
		const jump = await screen.findByRole("button", { name: "Jump to 1:15" });
		fireEvent.click(jump);
		expect(video.seek).toHaveBeenCalledWith(75);

		expect(screen.getByTestId("note-bookmark").parentElement?.textContent).toBe(
			"Bookmark at 0:42",
		);
		fireEvent.change(screen.getByLabelText("New note"), {
			target: { value: "Remember this" },
		});
		fireEvent.click(screen.getByTestId("note-add"));
		await waitFor(() => expect(screen.getAllByTestId("note")).toHaveLength(2));
		const post = calls.find((c) => c.method === "POST");
		expect(post?.body).toEqual({ body: "Remember this", positionSecs: 42.7 });
		expect(
			(screen.getByLabelText("New note") as HTMLTextAreaElement).value,
		).toBe("");

		// Unticked: a note on the whole lesson.
		fireEvent.click(screen.getByTestId("note-bookmark"));
		fireEvent.change(screen.getByLabelText("New note"), {
			target: { value: "General" },
		});
		fireEvent.click(screen.getByTestId("note-add"));
		await waitFor(() =>
			expect(calls.filter((c) => c.method === "POST")).toHaveLength(2),
		);
		expect(calls.filter((c) => c.method === "POST")[1]?.body).toEqual({
			body: "General",
			positionSecs: null,
		});

		expect(screen.getByTestId("notes-export").getAttribute("href")).toBe(
			"http://api.test/api/data/school/courses/c1/notes?format=md",
		);
	});
});

describe("NotesPanel's course list", () => {
	it("switches to the whole course and lists the notes of each lesson, linked to its page", async () => {
		const calls = stubFetch({
			"GET /school/lessons/l1/notes": () => ({
				body: { items: [note()], total: 1, limit: 100, offset: 0 },
			}),
			"GET /school/courses/c1/notes": () => ({
				body: {
					items: [
						note(),
						note({
							id: "n2",
							lessonId: "l2",
							lessonTitle: "Hooks",
							body: "useState keeps state",
							positionSecs: 30,
						}),
						note({
							id: "n3",
							lessonId: "l2",
							lessonTitle: "Hooks",
							body: "On the whole lesson",
							positionSecs: null,
						}),
					],
					total: 3,
					limit: 100,
					offset: 0,
				},
			}),
		});
		renderWithSchool(
			<NotesPanel
				lessonId="l1"
				courseId="c1"
				courseSlug="react"
				player={null}
			/>,
		);
		const lessonButton = screen.getByRole("button", { name: "This lesson" });
		const courseButton = screen.getByRole("button", { name: "Whole course" });
		expect(screen.getByRole("group", { name: "Show notes from" })).toBe(
			screen.getByTestId("notes-scope"),
		);
		expect(lessonButton.getAttribute("aria-pressed")).toBe("true");
		expect(courseButton.getAttribute("aria-pressed")).toBe("false");
		await screen.findByTestId("notes-list");
		// The course list is fetched only once the learner asks for it.
		expect(calls.some((c) => c.path === "/school/courses/c1/notes")).toBe(
			false,
		);

		fireEvent.click(courseButton);
		expect(courseButton.getAttribute("aria-pressed")).toBe("true");
		const list = await screen.findByTestId("course-notes-list");
		expect(screen.queryByTestId("notes-list")).toBeNull();

		const groups = screen.getAllByTestId("course-notes-group");
		expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual([
			"Welcome",
			"Hooks",
		]);
		const links = screen.getAllByTestId("course-note-link");
		expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
			["1:15Props flow down", "/pages/learn/react/lessons/l1"],
			["0:30useState keeps state", "/pages/learn/react/lessons/l2"],
			["On the whole lesson", "/pages/learn/react/lessons/l2"],
		]);
		expect(groups[1]?.contains(links[2] ?? null)).toBe(true);
		expect(list.textContent).not.toContain("Showing the first");

		fireEvent.click(lessonButton);
		await screen.findByTestId("notes-list");
		expect(screen.queryByTestId("course-notes-list")).toBeNull();
	});
});
