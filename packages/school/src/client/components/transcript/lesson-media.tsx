"use client";
import { type ReactNode, useId, useState } from "react";
import type { CaptionTrack, LessonDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { TabPanel, Tabs } from "../instructor/tabs.js";
import { UnderPlayerSlot } from "../learner/under-player.js";
import type { MediaPlayer } from "../shared/player/types.js";
import { useMediaQuery } from "../ui/use-media-query.js";
import { NotesPanel } from "./notes-panel.js";
import { Transcript } from "./transcript.js";
import { useTranscriptCues } from "./use-transcript.js";

/** What the lesson page's video receives from the learning aids around it. */
export interface MediaWiring {
	captions: CaptionTrack[];
	captionLanguage: string | null;
	onCaptionLanguage: (language: string) => void;
	/**
	 * Only when an aid needs the player: on YouTube and Vimeo it loads their player API, which a
	 * signed-out preview without a transcript does not need.
	 */
	onPlayer?: (player: MediaPlayer | null) => void;
}

/** The lesson's caption tracks; the single legacy `captionsUrl` counts as English. */
export function tracksOf(
	lesson: LessonDetail,
	fallbackLabel: string,
): CaptionTrack[] {
	if (lesson.captions?.length) return lesson.captions;
	return lesson.captionsUrl
		? [{ language: "en", label: fallbackLabel, url: lesson.captionsUrl }]
		: [];
}

/** Wide enough for the transcript beside the video (beside the outline sidebar too). */
const WIDE = "(min-width: 1280px)";

function TranscriptPane({
	tracks,
	language,
	onLanguage,
	player,
}: {
	tracks: CaptionTrack[];
	language: string | null;
	onLanguage: (language: string) => void;
	player: MediaPlayer | null;
}) {
	const { t } = useSchool();
	const selectId = useId();
	const track =
		tracks.find((tr) => tr.language === language) ?? tracks[0] ?? null;
	const cues = useTranscriptCues(track);
	return (
		<div className="flex h-full min-h-0 flex-col gap-2">
			{tracks.length > 1 ? (
				<div className="flex items-center gap-2 text-sm">
					<label htmlFor={selectId} className="text-muted-foreground">
						{t.transcriptLanguage}
					</label>
					<select
						id={selectId}
						data-testid="caption-language"
						className="rounded-md border border-input bg-background px-2 py-1"
						value={track?.language ?? ""}
						onChange={(e) => onLanguage(e.target.value)}
					>
						{tracks.map((tr) => (
							<option key={tr.url} value={tr.language}>
								{tr.label}
							</option>
						))}
					</select>
				</div>
			) : null}
			{cues.isError ? (
				<p role="alert" className="text-sm text-destructive">
					{t.transcriptLoadError}
				</p>
			) : (
				<Transcript
					cues={cues.data ?? []}
					player={player}
					className="min-h-0 flex-1"
				/>
			)}
		</div>
	);
}

/**
 * The video with its learning aids: the transcript beside it on wide screens, or with the notes
 * in tabs under it; the notes under it on wide screens. The caption language is chosen once,
 * for the video's captions and the transcript alike.
 */
export function LessonMedia({
	lesson,
	courseSlug,
	notes,
	children,
}: {
	lesson: LessonDetail;
	/** The course's URL slug: the notes' course list links to its lesson pages. */
	courseSlug: string;
	/** Show the learner's notes (signed in and allowed to open the lesson). */
	notes: boolean;
	children: (wiring: MediaWiring) => ReactNode;
}) {
	const { t } = useSchool();
	const tabsId = useId();
	const wide = useMediaQuery(WIDE, true);
	const tracks = tracksOf(lesson, t.captions);
	const [player, setPlayer] = useState<MediaPlayer | null>(null);
	const [language, setLanguage] = useState<string | null>(
		tracks[0]?.language ?? null,
	);
	const [tab, setTab] = useState<"transcript" | "notes">(
		tracks.length ? "transcript" : "notes",
	);
	const video = children({
		captions: tracks,
		captionLanguage: language,
		onCaptionLanguage: setLanguage,
		onPlayer: tracks.length || notes ? setPlayer : undefined,
	});
	const transcript = tracks.length ? (
		<TranscriptPane
			tracks={tracks}
			language={language}
			onLanguage={setLanguage}
			player={player}
		/>
	) : null;
	const notesPanel = notes ? (
		<NotesPanel
			lessonId={lesson.id}
			courseId={lesson.courseId}
			courseSlug={courseSlug}
			player={player}
		/>
	) : null;

	if (wide) {
		return (
			<div
				data-testid="lesson-media"
				data-layout="wide"
				className="flex flex-col gap-6"
			>
				<div
					className={
						transcript ? "grid grid-cols-[minmax(0,1fr)_20rem] gap-4" : ""
					}
				>
					{video}
					{transcript ? (
						<aside aria-label={t.transcript} className="h-0 min-h-full">
							{transcript}
						</aside>
					) : null}
				</div>
				<UnderPlayerSlot />
				{notesPanel}
			</div>
		);
	}
	const tabs = [
		...(transcript
			? [{ key: "transcript" as const, label: t.transcript }]
			: []),
		...(notesPanel ? [{ key: "notes" as const, label: t.notes }] : []),
	];
	return (
		<div
			data-testid="lesson-media"
			data-layout="tabs"
			className="flex flex-col gap-4"
		>
			{video}
			<UnderPlayerSlot />
			{tabs.length ? (
				<div>
					<Tabs
						id={tabsId}
						label={t.transcript}
						tabs={tabs}
						selected={tab}
						onSelect={setTab}
					/>
					{transcript ? (
						<TabPanel
							id={tabsId}
							tabKey="transcript"
							selected={tab === "transcript"}
						>
							<div className="h-80">{transcript}</div>
						</TabPanel>
					) : null}
					{notesPanel ? (
						<TabPanel id={tabsId} tabKey="notes" selected={tab === "notes"}>
							{notesPanel}
						</TabPanel>
					) : null}
				</div>
			) : null}
		</div>
	);
}
