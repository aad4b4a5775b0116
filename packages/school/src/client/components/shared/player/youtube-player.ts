import { emitter, type MediaPlayer } from "./types.js";

/** The part of the YouTube IFrame API the adapter uses. */
interface YTPlayer {
	getCurrentTime(): number;
	getDuration(): number;
	seekTo(seconds: number, allowSeekAhead: boolean): void;
	getPlaybackRate(): number;
	setPlaybackRate(rate: number): void;
}
interface YTNamespace {
	Player: new (
		element: HTMLIFrameElement,
		options: {
			events: {
				onReady?: () => void;
				onStateChange?: (event: { data: number }) => void;
				onPlaybackRateChange?: () => void;
			};
		},
	) => YTPlayer;
}
type YTWindow = Window & {
	YT?: YTNamespace;
	onYouTubeIframeAPIReady?: () => void;
};

export const YOUTUBE_API_URL = "https://www.youtube.com/iframe_api";
const ENDED = 0;
const PLAYING = 1;
const PAUSED = 2;
/** How often the playhead is read while playing (YouTube has no time events). */
const POLL_MS = 1000;

let loading: Promise<YTNamespace> | null = null;

/** Loads the IFrame API script once per page. */
export function loadYouTubeApi(): Promise<YTNamespace> {
	const w = window as YTWindow;
	if (w.YT?.Player) return Promise.resolve(w.YT);
	if (loading) return loading;
	loading = new Promise<YTNamespace>((resolve, reject) => {
		const previous = w.onYouTubeIframeAPIReady;
		w.onYouTubeIframeAPIReady = () => {
			previous?.();
			if (w.YT) resolve(w.YT);
		};
		const script = document.createElement("script");
		script.src = YOUTUBE_API_URL;
		script.async = true;
		script.onerror = () => {
			loading = null;
			reject(new Error("The YouTube player API did not load"));
		};
		document.head.appendChild(script);
	});
	return loading;
}

/**
 * A YouTube embed (an iframe whose src has `enablejsapi=1`) as a `MediaPlayer`. Time events are
 * made by reading the playhead every second while playing; a jump larger than the time passed
 * is reported as a seek.
 */
export function youtubePlayer(
	iframe: HTMLIFrameElement,
	api: YTNamespace,
): MediaPlayer {
	const events = emitter();
	let player: YTPlayer | null = null;
	let ready = false;
	let timer: ReturnType<typeof setInterval> | null = null;
	let last = { time: 0, at: 0 };
	const stopPolling = () => {
		if (timer) clearInterval(timer);
		timer = null;
	};
	const poll = () => {
		if (!player) return;
		const time = player.getCurrentTime();
		const now = Date.now();
		const expected =
			last.time + ((now - last.at) / 1000) * player.getPlaybackRate();
		if (last.at && Math.abs(time - expected) > 2) events.emit("seeked");
		last = { time, at: now };
		events.emit("timeupdate");
	};
	player = new api.Player(iframe, {
		events: {
			onReady: () => {
				ready = true;
				events.emit("ready");
			},
			onStateChange: ({ data }) => {
				if (data === PLAYING) {
					last = { time: player?.getCurrentTime() ?? 0, at: Date.now() };
					if (!timer) timer = setInterval(poll, POLL_MS);
				} else {
					stopPolling();
					if (data === PAUSED) events.emit("pause");
					if (data === ENDED) {
						events.emit("timeupdate");
						events.emit("ended");
					}
				}
			},
			onPlaybackRateChange: () => events.emit("ratechange"),
		},
	});
	return {
		isReady: () => ready,
		currentTime: () => (ready && player ? player.getCurrentTime() : 0),
		duration: () => (ready && player ? player.getDuration() || 0 : 0),
		seek: (seconds) => {
			player?.seekTo(seconds, true);
			last = { time: seconds, at: Date.now() };
		},
		rate: () => (ready && player ? player.getPlaybackRate() : 1),
		setRate: (rate) => player?.setPlaybackRate(rate),
		subscribe: events.subscribe,
		dispose: () => {
			stopPolling();
			events.clear();
			// The iframe is React's: the API player is not destroyed (that would remove it).
			player = null;
		},
	};
}
