import { emitter, type MediaPlayer, type PlayerEvent } from "./types.js";

const EVENTS: [keyof HTMLMediaElementEventMap, PlayerEvent][] = [
	["loadedmetadata", "ready"],
	["timeupdate", "timeupdate"],
	["pause", "pause"],
	["seeked", "seeked"],
	["ended", "ended"],
	["ratechange", "ratechange"],
];

/** A `<video>` element as a `MediaPlayer`. */
export function filePlayer(video: HTMLVideoElement): MediaPlayer {
	const events = emitter();
	let loaded = false;
	events.subscribe((event) => {
		if (event === "ready") loaded = true;
	});
	const handlers = EVENTS.map(([dom, event]) => {
		const handler = () => events.emit(event);
		video.addEventListener(dom, handler);
		return [dom, handler] as const;
	});
	return {
		// Before metadata a browser reports 0; a non-zero time is a real position.
		isReady: () => loaded || video.readyState >= 1 || video.currentTime > 0,
		currentTime: () => video.currentTime,
		duration: () =>
			Number.isFinite(video.duration) && video.duration > 0
				? video.duration
				: 0,
		seek: (seconds) => {
			video.currentTime = seconds;
		},
		rate: () => video.playbackRate,
		setRate: (rate) => {
			video.playbackRate = rate;
		},
		subscribe: events.subscribe,
		dispose: () => {
			for (const [dom, handler] of handlers)
				video.removeEventListener(dom, handler);
			events.clear();
		},
	};
}
