import type { CaptionTrack } from "../../../types.js";

/** The caption rows worth sending: trimmed, and a row with nothing typed in is left out. */
export function captionRows(tracks: CaptionTrack[]): CaptionTrack[] {
	return tracks
		.map((tr) => ({
			language: tr.language.trim(),
			label: tr.label.trim(),
			url: tr.url.trim(),
		}))
		.filter((tr) => tr.language || tr.label || tr.url);
}
