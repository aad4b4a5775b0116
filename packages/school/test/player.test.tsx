import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trackPlayback } from "../src/client/components/shared/player/tracker";
import {
	emitter,
	type MediaPlayer,
	type PlayerEvent,
} from "../src/client/components/shared/player/types";
import { VideoPlayer } from "../src/client/components/shared/video-player";
import { renderWithSchool } from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
	vi.useRealTimers();
	localStorage.clear();
	delete (window as { YT?: unknown }).YT;
});

/** A player the test drives: time, duration and readiness are set by hand. */
function fakePlayer(
	options: { ready?: boolean; duration?: number; ignoreSeeks?: boolean } = {},
) {
	const events = emitter();
	const state = {
		ready: options.ready ?? false,
		time: 0,
		duration: options.duration ?? 0,
		rate: 1,
		seeks: [] as number[],
	};
	const player: MediaPlayer = {
		isReady: () => state.ready,
		currentTime: () => state.time,
		duration: () => state.duration,
		seek: (s) => {
			state.seeks.push(s);
			if (!options.ignoreSeeks) state.time = s;
		},
		rate: () => state.rate,
		setRate: (r) => {
			state.rate = r;
			events.emit("ratechange");
		},
		subscribe: events.subscribe,
		dispose: events.clear,
	};
	const emit = (event: PlayerEvent, time?: number) => {
		if (time !== undefined) state.time = time;
		if (event === "ready") state.ready = true;
		events.emit(event);
	};
	return { player, state, emit };
}

function track(
	player: MediaPlayer,
	startAt = 0,
	speed?: { read(): number | null; write(rate: number): void },
) {
	const calls = {
		onPosition: vi.fn(),
		onWatched: vi.fn(),
		onEnded: vi.fn(),
	};
	const stop = trackPlayback(player, {
		startAt,
		callbacks: () => calls,
		speed,
	});
	return { ...calls, stop };
}

describe("trackPlayback (a fake player)", () => {
	it("never saves before the metadata is known", () => {
		const { player, emit } = fakePlayer();
		const t = track(player, 0);
		window.dispatchEvent(new Event("pagehide"));
		emit("pause");
		expect(t.onPosition).not.toHaveBeenCalled();
		emit("ready");
		emit("pause", 7.5);
		expect(t.onPosition).toHaveBeenCalledWith(7, { keepalive: false });
		t.stop();
	});

	it("never saves 0 over a saved position", () => {
		// The seek to the saved place did not happen (the player refused it).
		const { player, emit, state } = fakePlayer({
			duration: 100,
			ignoreSeeks: true,
		});
		const t = track(player, 30);
		emit("ready");
		expect(state.seeks).toEqual([30]);
		window.dispatchEvent(new Event("pagehide"));
		emit("pause", 0);
		expect(t.onPosition).not.toHaveBeenCalled();
		emit("pause", 31);
		expect(t.onPosition).toHaveBeenCalledWith(31, { keepalive: false });
		t.stop();
	});

	it("resumes once: a later ready does not move the playhead again", () => {
		const { player, emit, state } = fakePlayer({ duration: 100 });
		track(player, 40);
		emit("ready");
		emit("timeupdate", 55);
		emit("ready");
		expect(state.seeks).toEqual([40]);
		expect(state.time).toBe(55);
	});

	it("saves on seek, on the interval while playing, on pause, and with keepalive when hidden", () => {
		const { player, emit, state } = fakePlayer({ ready: true, duration: 600 });
		const t = track(player, 0);
		emit("seeked", 120.4);
		expect(t.onPosition).toHaveBeenLastCalledWith(120, { keepalive: false });
		emit("timeupdate", 125);
		expect(t.onPosition).toHaveBeenCalledTimes(1);
		emit("timeupdate", 130.2);
		expect(t.onPosition).toHaveBeenLastCalledWith(130, { keepalive: false });
		emit("pause", 133);
		expect(t.onPosition).toHaveBeenLastCalledWith(133, { keepalive: false });
		state.time = 140;
		vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
		document.dispatchEvent(new Event("visibilitychange"));
		expect(t.onPosition).toHaveBeenLastCalledWith(140, { keepalive: true });
		t.stop();
		state.time = 150;
		window.dispatchEvent(new Event("pagehide"));
		expect(t.onPosition).toHaveBeenCalledTimes(4);
	});

	it("reports watched once past 90 %, and the end", () => {
		const { player, emit } = fakePlayer({ ready: true, duration: 100 });
		const t = track(player, 0);
		emit("timeupdate", 89);
		expect(t.onWatched).not.toHaveBeenCalled();
		emit("timeupdate", 90);
		emit("timeupdate", 99);
		expect(t.onWatched).toHaveBeenCalledTimes(1);
		emit("ended", 100);
		expect(t.onEnded).toHaveBeenCalledTimes(1);
		expect(t.onPosition).toHaveBeenLastCalledWith(100, { keepalive: false });
	});

	it("applies the remembered speed when ready and remembers a change", () => {
		const store = { rate: 1.5 as number | null, written: [] as number[] };
		const speed = {
			read: () => store.rate,
			write: (r: number) => store.written.push(r),
		};
		const { player, emit, state } = fakePlayer({ duration: 100 });
		track(player, 0, speed);
		emit("ready");
		expect(state.rate).toBe(1.5);
		// Applying the stored speed is not a change by the learner.
		expect(store.written).toEqual([]);
		state.rate = 2;
		emit("ratechange");
		expect(store.written).toEqual([2]);
	});
});

function loadedVideo(duration: number) {
	const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
	Object.defineProperty(video, "duration", {
		configurable: true,
		get: () => duration,
	});
	act(() => {
		video.dispatchEvent(new Event("loadedmetadata"));
	});
	return video;
}

describe("VideoPlayer with a file", () => {
	it("completing the lesson (a new saved position) does not rewind the playing video", () => {
		const props = { title: "Welcome", videoUrl: "/media/a.mp4" };
		const { rerender } = renderWithSchool(
			<VideoPlayer {...props} startAt={12} onPosition={() => {}} />,
		);
		const video = loadedVideo(120);
		expect(video.currentTime).toBe(12);
		video.currentTime = 19.3;
		// The enrollment refetched after completion carries an older saved position.
		rerender(<VideoPlayer {...props} startAt={12} onWatched={() => {}} />);
		rerender(<VideoPlayer {...props} startAt={15} onWatched={() => {}} />);
		act(() => {
			video.dispatchEvent(new Event("loadedmetadata"));
		});
		expect(video.currentTime).toBe(19.3);
	});

	it("remembers the playback speed on this device", () => {
		renderWithSchool(<VideoPlayer title="Welcome" videoUrl="/media/a.mp4" />);
		const video = loadedVideo(120);
		const select = screen.getByTestId("playback-speed") as HTMLSelectElement;
		act(() => {
			select.value = "1.5";
			select.dispatchEvent(new Event("change", { bubbles: true }));
		});
		expect(video.playbackRate).toBe(1.5);
		expect(localStorage.getItem("btst-school:playback-rate")).toBe("1.5");
		cleanup();
		renderWithSchool(<VideoPlayer title="Welcome" videoUrl="/media/b.mp4" />);
		const next = loadedVideo(60);
		expect(next.playbackRate).toBe(1.5);
	});
});

/** A fake YouTube IFrame API: the test plays the video through `fake`. */
function fakeYouTube() {
	const fake = {
		time: 0,
		duration: 0,
		rate: 1,
		seeks: [] as number[],
		events: {} as {
			onReady?: () => void;
			onStateChange?: (e: { data: number }) => void;
			onPlaybackRateChange?: () => void;
		},
		element: null as HTMLIFrameElement | null,
	};
	class Player {
		constructor(
			element: HTMLIFrameElement,
			options: { events: typeof fake.events },
		) {
			fake.element = element;
			fake.events = options.events;
		}
		getCurrentTime = () => fake.time;
		getDuration = () => fake.duration;
		seekTo = (s: number) => {
			fake.seeks.push(s);
			fake.time = s;
		};
		getPlaybackRate = () => fake.rate;
		setPlaybackRate = (r: number) => {
			fake.rate = r;
		};
	}
	(window as { YT?: unknown }).YT = { Player };
	return fake;
}

describe("VideoPlayer with YouTube (IFrame API)", () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ["setInterval", "Date"] }));

	it("resumes, saves, reports watched and the end like a file", async () => {
		const fake = fakeYouTube();
		const onPosition = vi.fn();
		const onWatched = vi.fn();
		const onEnded = vi.fn();
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="https://youtu.be/abc123"
				startAt={30}
				onPosition={onPosition}
				onWatched={onWatched}
				onEnded={onEnded}
			/>,
			{ container: document.createElement("div") },
		);
		await act(async () => {});
		expect(fake.element?.getAttribute("src")).toMatch(
			/^https:\/\/www\.youtube-nocookie\.com\/embed\/abc123\?enablejsapi=1&origin=/,
		);
		fake.duration = 100;
		act(() => fake.events.onReady?.());
		expect(fake.seeks).toEqual([30]);
		act(() => fake.events.onStateChange?.({ data: 1 }));
		for (let s = 31; s <= 92; s++) {
			fake.time = s;
			act(() => vi.advanceTimersByTime(1000));
		}
		expect(onWatched).toHaveBeenCalledTimes(1);
		expect(onPosition).toHaveBeenCalledWith(40, { keepalive: false });
		fake.time = 93.4;
		act(() => fake.events.onStateChange?.({ data: 2 }));
		expect(onPosition).toHaveBeenLastCalledWith(93, { keepalive: false });
		fake.time = 100;
		act(() => fake.events.onStateChange?.({ data: 0 }));
		expect(onEnded).toHaveBeenCalledTimes(1);
		expect(onPosition).toHaveBeenLastCalledWith(100, { keepalive: false });
	});

	it("a signed-out preview loads no player API", async () => {
		const fake = fakeYouTube();
		renderWithSchool(
			<VideoPlayer title="Welcome" videoUrl="https://youtu.be/abc123" />,
			{ container: document.createElement("div") },
		);
		await act(async () => {});
		expect(fake.element).toBeNull();
	});
});

describe("VideoPlayer with Vimeo (postMessage API)", () => {
	it("asks for events, resumes, saves and reports watched and the end", async () => {
		const onPosition = vi.fn();
		const onWatched = vi.fn();
		const onEnded = vi.fn();
		const posted: unknown[] = [];
		const frameWindow = {
			postMessage: (message: string, origin: string) => {
				expect(origin).toBe("https://player.vimeo.com");
				posted.push(JSON.parse(message));
			},
		};
		const spy = vi
			.spyOn(HTMLIFrameElement.prototype, "contentWindow", "get")
			.mockReturnValue(frameWindow as unknown as Window);
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="https://vimeo.com/76979871"
				startAt={20}
				onPosition={onPosition}
				onWatched={onWatched}
				onEnded={onEnded}
			/>,
			{ container: document.createElement("div") },
		);
		await act(async () => {});
		const send = (data: unknown, origin = "https://player.vimeo.com") =>
			act(() => {
				window.dispatchEvent(
					new MessageEvent("message", {
						data: JSON.stringify(data),
						origin,
					}),
				);
			});
		send({ event: "ready" });
		expect(posted).toContainEqual({
			method: "addEventListener",
			value: "timeupdate",
		});
		// Another origin cannot drive the player.
		send({ method: "getDuration", value: 50 }, "https://evil.example");
		expect(posted).not.toContainEqual({ method: "setCurrentTime", value: 20 });
		send({ method: "getDuration", value: 100 });
		expect(posted).toContainEqual({ method: "setCurrentTime", value: 20 });
		send({ event: "timeupdate", data: { seconds: 91, duration: 100 } });
		expect(onWatched).toHaveBeenCalledTimes(1);
		send({ event: "pause", data: { seconds: 91.6 } });
		expect(onPosition).toHaveBeenLastCalledWith(91, { keepalive: false });
		send({ event: "ended", data: { seconds: 100 } });
		expect(onEnded).toHaveBeenCalledTimes(1);
		spy.mockRestore();
	});
});
