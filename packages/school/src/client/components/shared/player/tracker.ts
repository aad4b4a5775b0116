import type { MediaPlayer } from "./types.js";

/** Save the position at least this often (seconds of playback) while playing. */
export const SAVE_EVERY_SECS = 10;
/** A lesson counts as watched past this share of the video. */
export const COMPLETE_AT = 0.9;
/** A saved position this close to the end starts the video from the top instead. */
const END_MARGIN_SECS = 2;

export interface PlaybackCallbacks {
	/** A position to store; `keepalive` when the page is going away (the request must outlive it). */
	onPosition?: (positionSecs: number, options: { keepalive: boolean }) => void;
	/** Once per mount, when `COMPLETE_AT` of the video has played. */
	onWatched?: () => void;
	/** The video played to its end. */
	onEnded?: () => void;
}

export interface TrackerOptions {
	/** The saved position, applied once when the player is ready (never again: see below). */
	startAt?: number;
	/** The callbacks, read at call time so the page may pass new closures on every render. */
	callbacks: () => PlaybackCallbacks;
	/** Where the playback speed is remembered (per device); none = not remembered. */
	speed?: { read(): number | null; write(rate: number): void };
	/** The page events to save on; the real `document`/`window` by default. */
	page?: { document: Document; window: Window };
}

/**
 * Follows a player and turns its events into saved positions, "watched" and "ended":
 * - resumes at `startAt` once, when the metadata is known, and never afterwards: a refetch
 *   of the enrollment (after completing the lesson) must not move the playhead;
 * - saves on pause, seek, every `SAVE_EVERY_SECS` of playback, and with keepalive on
 *   `pagehide` and when the tab is hidden; never before the player is ready (its position is
 *   not real yet), never the same position twice, never 0 over a saved position;
 * - remembers the playback speed.
 * Returns the function that stops following.
 */
export function trackPlayback(
	player: MediaPlayer,
	options: TrackerOptions,
): () => void {
	const startAt = Math.max(0, Math.floor(options.startAt ?? 0));
	const page =
		options.page ??
		(typeof window === "undefined" ? null : { document, window });
	let lastSaved = startAt;
	let resumed = false;
	let watched = false;
	let applyingRate = false;

	const save = (keepalive: boolean) => {
		if (!player.isReady()) return;
		const pos = Math.floor(player.currentTime());
		if (!Number.isFinite(pos) || pos < 0 || pos === lastSaved) return;
		// A player that reports 0 has usually not started (or was reset): keep the saved place.
		if (pos === 0 && lastSaved > 0) return;
		lastSaved = pos;
		options.callbacks().onPosition?.(pos, { keepalive });
	};

	const onReady = () => {
		if (resumed) return;
		resumed = true;
		const duration = player.duration();
		if (startAt > 0 && (!duration || startAt < duration - END_MARGIN_SECS))
			player.seek(startAt);
		const rate = options.speed?.read();
		if (rate && rate !== player.rate()) {
			applyingRate = true;
			player.setRate(rate);
			applyingRate = false;
		}
	};

	const onTime = () => {
		const duration = player.duration();
		const time = player.currentTime();
		if (!watched && duration > 0 && time / duration >= COMPLETE_AT) {
			watched = true;
			options.callbacks().onWatched?.();
		}
		if (Math.abs(time - lastSaved) >= SAVE_EVERY_SECS) save(false);
	};

	const unsubscribe = player.subscribe((event) => {
		switch (event) {
			case "ready":
				onReady();
				break;
			case "timeupdate":
				onTime();
				break;
			case "pause":
			case "seeked":
				save(false);
				break;
			case "ended":
				save(false);
				options.callbacks().onEnded?.();
				break;
			case "ratechange":
				if (!applyingRate) options.speed?.write(player.rate());
				break;
		}
	});
	if (player.isReady()) onReady();

	const onHidden = () => {
		if (page?.document.visibilityState === "hidden") save(true);
	};
	const onPageHide = () => save(true);
	page?.document.addEventListener("visibilitychange", onHidden);
	page?.window.addEventListener("pagehide", onPageHide);
	return () => {
		unsubscribe();
		page?.document.removeEventListener("visibilitychange", onHidden);
		page?.window.removeEventListener("pagehide", onPageHide);
	};
}

const SPEED_KEY = "btst-school:playback-rate";

/** The playback speed remembered in this browser (localStorage; nothing when unavailable). */
export const deviceSpeed = {
	read(): number | null {
		try {
			const rate = Number(globalThis.localStorage?.getItem(SPEED_KEY));
			return rate >= 0.25 && rate <= 4 ? rate : null;
		} catch {
			return null;
		}
	},
	write(rate: number) {
		try {
			if (rate >= 0.25 && rate <= 4)
				globalThis.localStorage?.setItem(SPEED_KEY, String(rate));
		} catch {
			// Private mode or storage full: the speed is simply not remembered.
		}
	},
};
