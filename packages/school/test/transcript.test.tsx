import {
	act,
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	emitter,
	type MediaPlayer,
} from "../src/client/components/shared/player/types";
import {
	activeCueIndex,
	parseTranscript,
} from "../src/client/components/transcript/cues";
import { LessonMedia } from "../src/client/components/transcript/lesson-media";
import { Transcript } from "../src/client/components/transcript/transcript";
import type { LessonDetail } from "../src/types";
import { renderWithSchool } from "./helpers/render";

const VTT = `WEBVTT

00:00:00.000 --> 00:00:04.000
<v Ana>Welcome to <b>React</b> &amp; friends.

00:00:04.000 --> 00:00:08.500
Components are functions.

00:00:10.000 --> 00:00:14.000
Props flow down.
`;

/** A player whose clock the test moves; `seek` moves it and reports `seeked`. */
function fakePlayer() {
	const events = emitter();
	let time = 0;
	const player: MediaPlayer & { at(t: number): void } = {
		isReady: () => true,
		currentTime: () => time,
		duration: () => 60,
		seek: vi.fn((t: number) => {
			time = t;
			events.emit("seeked");
		}),
		rate: () => 1,
		setRate: () => {},
		subscribe: events.subscribe,
		dispose: () => {},
		at(t: number) {
			time = t;
			act(() => events.emit("timeupdate"));
		},
	};
	return player;
}

const cueButtons = () => screen.getAllByTestId("transcript-cue");
const current = () =>
	cueButtons().filter((b) => b.getAttribute("aria-current") === "true");

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

describe("parsing WebVTT", () => {
	it("reads cues with plain text, speakers and entities, in time order", async () => {
		const cues = await parseTranscript(VTT);
		expect(cues).toEqual([
			{ start: 0, end: 4, text: "Welcome to React & friends.", speaker: "Ana" },
			{ start: 4, end: 8.5, text: "Components are functions.", speaker: null },
			{ start: 10, end: 14, text: "Props flow down.", speaker: null },
		]);
		expect(activeCueIndex(cues, 4)).toBe(1);
		// A pause between cues marks none.
		expect(activeCueIndex(cues, 9)).toBe(-1);
		expect(await parseTranscript("not a vtt file")).toEqual([]);
	});
});

describe("Transcript", () => {
	async function setup() {
		const cues = await parseTranscript(VTT);
		const player = fakePlayer();
		renderWithSchool(<Transcript cues={cues} player={player} />);
		return { cues, player };
	}

	it("marks the cue being spoken as the video plays and seeks", async () => {
		const { player } = await setup();
		expect(current().map((b) => b.textContent)).toEqual([
			expect.stringContaining("Welcome"),
		]);
		player.at(5);
		expect(current()).toHaveLength(1);
		expect(current()[0]?.textContent).toContain("Components are functions.");
		player.at(9);
		expect(current()).toHaveLength(0);
		player.at(11);
		expect(current()[0]?.textContent).toContain("Props flow down.");
	});

	it("a click on a cue seeks the video to its start", async () => {
		const { player } = await setup();
		fireEvent.click(cueButtons()[2] as HTMLElement);
		expect(player.seek).toHaveBeenCalledWith(10);
		// The seek is reported back: the clicked cue becomes the current one.
		expect(current()[0]?.textContent).toContain("Props flow down.");
	});

	it("keyboard: Enter and Space seek once; arrows, Home and End move between cues", async () => {
		const { player } = await setup();
		const [first, second, third] = cueButtons() as HTMLElement[];
		first?.focus();
		fireEvent.keyDown(first as HTMLElement, { key: "ArrowDown" });
		expect(document.activeElement).toBe(second);
		fireEvent.keyDown(second as HTMLElement, { key: "Enter" });
		expect(player.seek).toHaveBeenCalledTimes(1);
		expect(player.seek).toHaveBeenLastCalledWith(4);
		fireEvent.keyDown(second as HTMLElement, { key: "End" });
		expect(document.activeElement).toBe(third);
		fireEvent.keyDown(third as HTMLElement, { key: " " });
		expect(player.seek).toHaveBeenLastCalledWith(10);
		fireEvent.keyDown(third as HTMLElement, { key: "Home" });
		expect(document.activeElement).toBe(first);
		fireEvent.keyDown(first as HTMLElement, { key: "ArrowUp" });
		expect(document.activeElement).toBe(first);
		// Moving focus never seeks.
		expect(player.seek).toHaveBeenCalledTimes(2);
	});

	it("search filters the cues, ignoring case and accents, and says how many match", async () => {
		await setup();
		fireEvent.change(screen.getByTestId("transcript-search"), {
			target: { value: "FUNCTIONS" },
		});
		expect(cueButtons()).toHaveLength(1);
		expect(cueButtons()[0]?.querySelector("mark")?.textContent).toBe(
			"functions",
		);
		expect(screen.getByTestId("transcript-matches").textContent).toBe(
			"1 matching line",
		);
		fireEvent.change(screen.getByTestId("transcript-search"), {
			target: { value: "wélcome" },
		});
		expect(cueButtons()).toHaveLength(1);
		fireEvent.change(screen.getByTestId("transcript-search"), {
			target: { value: "" },
		});
		expect(cueButtons()).toHaveLength(3);
	});

	it("keeps the current cue in view by scrolling the list only, never while the learner uses it", async () => {
		const { player } = await setup();
		const list = screen.getByRole("list", { name: "Transcript" });
		Object.defineProperty(list, "clientHeight", {
			value: 60,
			configurable: true,
		});
		Object.defineProperty(list, "offsetTop", { value: 0, configurable: true });
		const items = within(list).getAllByRole("listitem");
		items.forEach((li, i) => {
			Object.defineProperty(li, "offsetTop", { value: i * 100 });
			Object.defineProperty(li, "offsetHeight", { value: 30 });
		});
		const scrollIntoView = vi.fn();
		Element.prototype.scrollIntoView = scrollIntoView;

		player.at(11);
		expect(list.scrollTop).toBe(200 - 20);
		// The learner points at the list: it stays where they are reading.
		list.scrollTop = 0;
		fireEvent.pointerEnter(list);
		player.at(5);
		expect(list.scrollTop).toBe(0);
		fireEvent.pointerLeave(list);
		// Keyboard focus inside holds it too.
		fireEvent.focus(cueButtons()[0] as HTMLElement);
		player.at(11);
		expect(list.scrollTop).toBe(0);
		fireEvent.blur(cueButtons()[0] as HTMLElement);
		player.at(5);
		expect(list.scrollTop).toBe(100 - 20);
		// The page is never scrolled for it.
		expect(scrollIntoView).not.toHaveBeenCalled();
	});
});

describe("LessonMedia", () => {
	const lesson = {
		id: "l1",
		courseId: "c1",
		title: "Welcome",
		type: "video",
		videoUrl: "/media/intro.webm",
		captionsUrl: null,
		captions: [
			{ language: "en", label: "English", url: "http://media.test/en.vtt" },
			{ language: "de", label: "Deutsch", url: "http://media.test/de.vtt" },
		],
	} as unknown as LessonDetail;

	it("the transcript follows the chosen caption language, for the video too", async () => {
		vi.stubGlobal(
			"fetch",
			vi.fn(
				async (url: string) =>
					new Response(
						String(url).endsWith("de.vtt")
							? "WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen.\n"
							: "WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome.\n",
					),
			),
		);
		const seen: (string | null)[] = [];
		renderWithSchool(
			<LessonMedia lesson={lesson} courseSlug="react" notes={false}>
				{(wiring) => {
					seen.push(wiring.captionLanguage);
					return <div data-testid="video" />;
				}}
			</LessonMedia>,
		);
		await waitFor(() =>
			expect(cueButtons()[0]?.textContent).toContain("Welcome."),
		);
		fireEvent.change(screen.getByTestId("caption-language"), {
			target: { value: "de" },
		});
		await waitFor(() =>
			expect(cueButtons()[0]?.textContent).toContain("Willkommen."),
		);
		expect(seen.at(-1)).toBe("de");
	});
});
