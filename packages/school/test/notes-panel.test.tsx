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
		renderWithSchool(<NotesPanel lessonId="l1" courseId="c1" player={video} />);
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
