"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CaptionTrack } from "../../../types.js";
import type { MediaPlayer } from "../shared/player/types.js";
import { parseTranscript, type TranscriptCue } from "./cues.js";

/**
 * The cues of a caption track, fetched and parsed once per URL (cached like any other read).
 * Caption files are public media: they are fetched without the API's credentials.
 */
export function useTranscriptCues(track: CaptionTrack | null) {
	return useQuery({
		queryKey: ["school", "transcript", track?.url ?? null],
		enabled: !!track,
		staleTime: Number.POSITIVE_INFINITY,
		queryFn: async ({ signal }): Promise<TranscriptCue[]> => {
			const res = await fetch(track?.url ?? "", { signal });
			if (!res.ok) throw new Error(`Captions answered ${res.status}`);
			return parseTranscript(await res.text());
		},
	});
}

/** The player's playhead, following its time, seek and pause events. */
export function usePlayerTime(player: MediaPlayer | null): number {
	const [time, setTime] = useState(0);
	useEffect(() => {
		if (!player) return;
		setTime(player.currentTime());
		return player.subscribe((event) => {
			if (event === "timeupdate" || event === "seeked" || event === "ready")
				setTime(player.currentTime());
		});
	}, [player]);
	return time;
}
