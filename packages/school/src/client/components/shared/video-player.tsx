"use client";
import { useEffect, useRef, useState } from "react";
import type { CaptionTrack } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { filePlayer } from "./player/file-player.js";
import {
	embedUrl,
	trackedEmbedUrl,
	type VideoSource,
	videoSource,
} from "./player/sources.js";
import {
	deviceSpeed,
	type PlaybackCallbacks,
	trackPlayback,
} from "./player/tracker.js";
import type { MediaPlayer } from "./player/types.js";
import { vimeoPlayer } from "./player/vimeo-player.js";
import { loadYouTubeApi, youtubePlayer } from "./player/youtube-player.js";

export { embedUrl };

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * Builds the player adapter for the mounted element. Files and Vimeo attach at once (no
 * event may be missed); YouTube waits for its API script.
 */
function connect(
	source: VideoSource,
	element: HTMLVideoElement | HTMLIFrameElement,
): MediaPlayer | Promise<MediaPlayer> {
	if (source.kind === "file") return filePlayer(element as HTMLVideoElement);
	if (source.kind === "vimeo") return vimeoPlayer(element as HTMLIFrameElement);
	return loadYouTubeApi().then((api) =>
		youtubePlayer(element as HTMLIFrameElement, api),
	);
}

/**
 * The lesson video: files in a `<video>`, YouTube and Vimeo in their embeds, all behind one
 * player interface, so each resumes at the saved position, saves it (pause, seek, while
 * playing, when the page is hidden or closed), reports "watched" past 90 %, reports the end,
 * and remembers the playback speed on this device. Embeds are followed only when the page
 * asks (an enrolled learner): a signed-out preview loads no player API.
 */
export function VideoPlayer({
	title,
	videoUrl,
	captionsUrl,
	captions,
	captionLanguage,
	onCaptionLanguage,
	onPlayer,
	startAt,
	onPosition,
	onWatched,
	onEnded,
}: {
	title: string;
	videoUrl: string;
	captionsUrl?: string | null;
	/** Caption tracks in several languages; when given, they replace `captionsUrl`. */
	captions?: CaptionTrack[];
	/** The chosen track's language: shown on a file video (the transcript follows it too). */
	captionLanguage?: string | null;
	/** The learner picked another track in the video's own captions menu. */
	onCaptionLanguage?: (language: string) => void;
	/** The connected player (time, seek) for the transcript and notes; null when it goes. */
	onPlayer?: (player: MediaPlayer | null) => void;
	/** The saved position. Applied once per video: later changes never move the playhead. */
	startAt?: number;
} & PlaybackCallbacks) {
	const { t } = useSchool();
	const element = useRef<HTMLVideoElement & HTMLIFrameElement>(null);
	const callbacks = useRef<PlaybackCallbacks>({});
	callbacks.current = { onPosition, onWatched, onEnded };
	const reportPlayer = useRef(onPlayer);
	reportPlayer.current = onPlayer;
	const languageChanged = useRef(onCaptionLanguage);
	languageChanged.current = onCaptionLanguage;
	const start = useRef({ videoUrl, startAt });
	if (start.current.videoUrl !== videoUrl)
		start.current = { videoUrl, startAt };
	const [player, setPlayer] = useState<MediaPlayer | null>(null);
	const [speed, setSpeed] = useState(1);
	const source = videoSource(videoUrl);
	const follow =
		source.kind === "file" ||
		!!(onPosition || onWatched || onEnded || onPlayer);
	const [origin, setOrigin] = useState<string | null>(null);
	useEffect(() => setOrigin(window.location.origin), []);

	// One tracker per video: `startAt` is read once, so a refetch cannot rewind the video.
	// biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the video itself
	useEffect(() => {
		const el = element.current;
		if (!el || !follow || (source.kind !== "file" && !origin)) return;
		let stop = () => {};
		let cancelled = false;
		const attach = (connected: MediaPlayer) => {
			if (cancelled) return connected.dispose();
			const untrack = trackPlayback(connected, {
				startAt: start.current.startAt,
				callbacks: () => callbacks.current,
				speed: deviceSpeed,
			});
			const unsync = connected.subscribe((event) => {
				if (event === "ratechange" || event === "ready")
					setSpeed(connected.rate());
			});
			stop = () => {
				untrack();
				unsync();
				connected.dispose();
			};
			setPlayer(connected);
			reportPlayer.current?.(connected);
		};
		const connecting = connect(source, el);
		if (connecting instanceof Promise) {
			connecting.then(attach).catch((error) => {
				// The video still plays in its embed; only resume and progress are lost.
				console.warn("[btst-school] video player API unavailable", error);
			});
		} else attach(connecting);
		return () => {
			cancelled = true;
			stop();
			setPlayer(null);
			reportPlayer.current?.(null);
		};
	}, [videoUrl, follow, origin]);

	const tracks: CaptionTrack[] = captions?.length
		? captions
		: captionsUrl
			? [{ language: "en", label: t.captions, url: captionsUrl }]
			: [];
	// The chosen language shows on a file video; a choice in its own menu is reported back.
	useEffect(() => {
		const list = element.current?.textTracks;
		if (!list || source.kind !== "file" || !captionLanguage) return;
		for (const track of Array.from(list)) {
			if (track.kind === "captions" || track.kind === "subtitles")
				track.mode =
					track.language === captionLanguage ? "showing" : "disabled";
		}
		const onChange = () => {
			const shown = Array.from(list).find((tr) => tr.mode === "showing");
			if (shown && shown.language !== captionLanguage)
				languageChanged.current?.(shown.language);
		};
		list.addEventListener("change", onChange);
		return () => list.removeEventListener("change", onChange);
	}, [captionLanguage, source.kind]);

	const changeSpeed = (rate: number) => {
		setSpeed(rate);
		deviceSpeed.write(rate);
		player?.setRate(rate);
	};

	const speedControl = player ? (
		<label className="flex items-center justify-end gap-2 text-sm text-muted-foreground">
			{t.playbackSpeed}
			<select
				data-testid="playback-speed"
				className="rounded-md border border-input bg-background px-2 py-1 text-foreground"
				value={String(speed)}
				onChange={(e) => changeSpeed(Number(e.target.value))}
			>
				{(SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed]).map((s) => (
					<option key={s} value={String(s)}>
						{s}×
					</option>
				))}
			</select>
		</label>
	) : null;

	if (source.kind !== "file") {
		const src =
			follow && origin ? trackedEmbedUrl(source, origin) : source.embed;
		return (
			<div className="flex flex-col gap-2">
				<div className="aspect-video w-full overflow-hidden rounded-lg bg-black">
					<iframe
						// A new src is a new player: remount so the adapter attaches to the right one.
						key={src}
						ref={element}
						src={src}
						title={title}
						data-testid="lesson-embed"
						data-player={source.kind}
						className="h-full w-full"
						allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
						allowFullScreen
						referrerPolicy="strict-origin-when-cross-origin"
					/>
				</div>
				{speedControl}
			</div>
		);
	}
	return (
		<div className="flex flex-col gap-2">
			{/* biome-ignore lint/a11y/useMediaCaption: a caption track is added whenever the lesson has one */}
			<video
				ref={element}
				data-testid="lesson-video"
				className="aspect-video w-full rounded-lg bg-black"
				controls
				preload="metadata"
				src={videoUrl}
				aria-label={title}
			>
				{tracks.map((track, i) => (
					<track
						key={track.url}
						kind="captions"
						src={track.url}
						srcLang={track.language}
						label={track.label}
						default={
							captionLanguage ? track.language === captionLanguage : i === 0
						}
					/>
				))}
				{t.videoUnsupported}
			</video>
			{speedControl}
		</div>
	);
}
