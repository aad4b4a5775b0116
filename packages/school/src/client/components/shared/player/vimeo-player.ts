import { emitter, type MediaPlayer } from "./types.js";

export const VIMEO_ORIGIN = "https://player.vimeo.com";
const FORWARDED = [
	"timeupdate",
	"pause",
	"seeked",
	"ended",
	"playbackratechange",
	"loaded",
] as const;

interface VimeoMessage {
	event?: string;
	method?: string;
	value?: unknown;
	data?: { seconds?: number; duration?: number; playbackRate?: number };
}

function parse(data: unknown): VimeoMessage | null {
	if (typeof data === "string") {
		try {
			return JSON.parse(data) as VimeoMessage;
		} catch {
			return null;
		}
	}
	return data && typeof data === "object" ? (data as VimeoMessage) : null;
}

/**
 * A Vimeo embed as a `MediaPlayer`, over the Vimeo Player postMessage API (what the official
 * player.js speaks): it asks the player for its events and keeps the last time, duration and
 * speed it reported. Messages from any other origin or frame are ignored.
 */
export function vimeoPlayer(iframe: HTMLIFrameElement): MediaPlayer {
	const events = emitter();
	let ready = false;
	let listening = false;
	const state = { time: 0, duration: 0, rate: 1 };
	const post = (method: string, value?: unknown) =>
		iframe.contentWindow?.postMessage(
			JSON.stringify(value === undefined ? { method } : { method, value }),
			VIMEO_ORIGIN,
		);
	const markReady = () => {
		if (ready || state.duration <= 0) return;
		ready = true;
		events.emit("ready");
	};
	const onMessage = (message: MessageEvent) => {
		if (message.origin !== VIMEO_ORIGIN) return;
		if (message.source && message.source !== iframe.contentWindow) return;
		const msg = parse(message.data);
		if (!msg) return;
		if (msg.event === "ready" || msg.method === "ping") {
			if (!listening) {
				listening = true;
				for (const name of FORWARDED) post("addEventListener", name);
			}
			post("getDuration");
			post("getCurrentTime");
			post("getPlaybackRate");
			return;
		}
		if (msg.method === "getDuration" && typeof msg.value === "number") {
			state.duration = msg.value;
			markReady();
			return;
		}
		if (msg.method === "getCurrentTime" && typeof msg.value === "number") {
			state.time = msg.value;
			return;
		}
		if (msg.method === "getPlaybackRate" && typeof msg.value === "number") {
			state.rate = msg.value;
			return;
		}
		const data = msg.data ?? {};
		if (typeof data.seconds === "number") state.time = data.seconds;
		if (typeof data.duration === "number" && data.duration > 0) {
			state.duration = data.duration;
			markReady();
		}
		switch (msg.event) {
			case "timeupdate":
			case "pause":
			case "seeked":
			case "ended":
				events.emit(msg.event);
				break;
			case "playbackratechange":
				if (typeof data.playbackRate === "number")
					state.rate = data.playbackRate;
				events.emit("ratechange");
				break;
		}
	};
	window.addEventListener("message", onMessage);
	// The player announces "ready" once; if it already did, a ping makes it answer.
	const ping = () => post("ping");
	iframe.addEventListener("load", ping);
	ping();
	return {
		isReady: () => ready,
		currentTime: () => state.time,
		duration: () => state.duration,
		seek: (seconds) => {
			state.time = seconds;
			post("setCurrentTime", seconds);
		},
		rate: () => state.rate,
		setRate: (rate) => {
			state.rate = rate;
			post("setPlaybackRate", rate);
		},
		subscribe: events.subscribe,
		dispose: () => {
			window.removeEventListener("message", onMessage);
			iframe.removeEventListener("load", ping);
			events.clear();
		},
	};
}
