import {
	parseText,
	tokenizeVTTCue,
	type VTTCue,
	type VTTNode,
} from "media-captions";

/** One line of a transcript: when it is spoken and its plain text. */
export interface TranscriptCue {
	start: number;
	end: number;
	text: string;
	/** The speaker from a `<v Name>` tag, when the captions name one. */
	speaker: string | null;
}

/** The plain text of a cue's nodes (`<v>`, `<i>`, `<c>`, … tags dropped, entities decoded). */
function textOf(nodes: VTTNode[]): string {
	return nodes
		.map((node) => (node.type === "text" ? node.data : textOf(node.children)))
		.join("");
}

function speakerOf(nodes: VTTNode[]): string | null {
	for (const node of nodes) {
		if (node.type === "v") return node.voice || null;
	}
	return null;
}

function toCue(cue: VTTCue): TranscriptCue {
	const nodes = tokenizeVTTCue(cue);
	return {
		start: cue.startTime,
		end: cue.endTime,
		text: textOf(nodes).replace(/\s+/g, " ").trim(),
		speaker: speakerOf(nodes),
	};
}

/**
 * Parses WebVTT with `media-captions` (vidstack's spec-following parser: cue timings, settings,
 * regions and the cue-text tags), leniently: a broken cue is skipped, not the whole file.
 * Cues come back in time order with their plain text.
 */
export async function parseTranscript(vtt: string): Promise<TranscriptCue[]> {
	const { cues } = await parseText(vtt, { type: "vtt" });
	return cues
		.map(toCue)
		.filter((cue) => cue.text.length > 0)
		.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The cue being spoken at `time`: the last one that has started and not ended. Between cues
 * (a pause) it keeps none, so the highlight never lingers on something already said.
 */
export function activeCueIndex(cues: TranscriptCue[], time: number): number {
	let found = -1;
	for (let i = 0; i < cues.length; i++) {
		const cue = cues[i] as TranscriptCue;
		if (cue.start > time) break;
		if (time < cue.end) found = i;
	}
	return found;
}

/** Case- and accent-insensitive text for search. */
export const searchable = (text: string) =>
	text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
