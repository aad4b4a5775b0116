/**
 * One interface over every lesson video: a `<video>` file, a YouTube embed (IFrame API) and a
 * Vimeo embed (postMessage API). The playback tracker and the lesson page only speak this.
 */

/** What a player reports. `ready` means the media's metadata (duration) is known. */
export type PlayerEvent =
	| "ready"
	| "timeupdate"
	| "pause"
	| "seeked"
	| "ended"
	| "ratechange";

export interface MediaPlayer {
	/** Whether the player knows the media (its metadata): positions read before that are not real. */
	isReady(): boolean;
	/** The playhead in seconds. */
	currentTime(): number;
	/** The media's length in seconds; 0 while unknown. */
	duration(): number;
	seek(seconds: number): void;
	/** The playback speed (1 = normal). */
	rate(): number;
	setRate(rate: number): void;
	/** Listens to the player's events; returns the unsubscribe function. */
	subscribe(listener: (event: PlayerEvent) => void): () => void;
	/** Stops the adapter's own timers and listeners (never removes the app's elements). */
	dispose(): void;
}

/** A tiny listener set, shared by the adapters. */
export function emitter() {
	const listeners = new Set<(event: PlayerEvent) => void>();
	return {
		emit(event: PlayerEvent) {
			for (const listener of [...listeners]) listener(event);
		},
		subscribe(listener: (event: PlayerEvent) => void) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
		clear() {
			listeners.clear();
		},
	};
}
