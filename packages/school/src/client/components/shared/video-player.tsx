"use client";
import { useEffect, useRef } from "react";
import { useSchool } from "../../hooks/use-school.js";

/** YouTube and Vimeo links play in their own embeds; anything else is a direct media file. */
export function embedUrl(videoUrl: string): string | null {
	try {
		const url = new URL(videoUrl, "http://localhost");
		const host = url.hostname.replace(/^www\./, "");
		if (host === "youtu.be")
			return `https://www.youtube-nocookie.com/embed/${url.pathname.slice(1)}`;
		if (host === "youtube.com" || host === "m.youtube.com") {
			const id =
				url.searchParams.get("v") ??
				url.pathname.match(/^\/(?:embed|shorts)\/([\w-]+)/)?.[1];
			return id ? `https://www.youtube-nocookie.com/embed/${id}` : null;
		}
		if (host === "vimeo.com" || host === "player.vimeo.com") {
			const id = url.pathname.match(/(\d+)/)?.[1];
			return id ? `https://player.vimeo.com/video/${id}` : null;
		}
	} catch {}
	return null;
}

const SAVE_EVERY_SECS = 10;
const COMPLETE_AT = 0.9;

/**
 * The lesson video. Direct files resume at the saved position, save it while playing
 * (throttled), on pause and when the page is hidden or closed, and report completion once
 * ~90 % has been watched. Embeds (YouTube, Vimeo) play as they are.
 */
export function VideoPlayer({
	title,
	videoUrl,
	captionsUrl,
	startAt,
	onPosition,
	onWatched,
}: {
	title: string;
	videoUrl: string;
	captionsUrl?: string | null;
	startAt?: number;
	onPosition?: (positionSecs: number, options: { keepalive: boolean }) => void;
	onWatched?: () => void;
}) {
	const { t } = useSchool();
	const video = useRef<HTMLVideoElement>(null);
	const lastSaved = useRef(startAt ?? 0);
	const watched = useRef(false);
	const callbacks = useRef({ onPosition, onWatched });
	callbacks.current = { onPosition, onWatched };

	useEffect(() => {
		const el = video.current;
		if (!el) return;
		const save = (keepalive = false) => {
			const pos = Math.floor(el.currentTime);
			if (pos === lastSaved.current) return;
			lastSaved.current = pos;
			callbacks.current.onPosition?.(pos, { keepalive });
		};
		const onLoaded = () => {
			if (startAt && startAt > 0 && (!el.duration || startAt < el.duration - 2))
				el.currentTime = startAt;
		};
		const onTime = () => {
			if (
				!watched.current &&
				el.duration &&
				el.currentTime / el.duration >= COMPLETE_AT
			) {
				watched.current = true;
				callbacks.current.onWatched?.();
			}
			if (Math.abs(el.currentTime - lastSaved.current) >= SAVE_EVERY_SECS)
				save();
		};
		const onPause = () => save();
		const onHidden = () => {
			if (document.visibilityState === "hidden") save(true);
		};
		const onPageHide = () => save(true);
		if (el.readyState >= 1) onLoaded();
		el.addEventListener("loadedmetadata", onLoaded);
		el.addEventListener("timeupdate", onTime);
		el.addEventListener("pause", onPause);
		el.addEventListener("ended", onPause);
		document.addEventListener("visibilitychange", onHidden);
		window.addEventListener("pagehide", onPageHide);
		return () => {
			el.removeEventListener("loadedmetadata", onLoaded);
			el.removeEventListener("timeupdate", onTime);
			el.removeEventListener("pause", onPause);
			el.removeEventListener("ended", onPause);
			document.removeEventListener("visibilitychange", onHidden);
			window.removeEventListener("pagehide", onPageHide);
		};
	}, [startAt]);

	const embed = embedUrl(videoUrl);
	if (embed) {
		return (
			<div className="aspect-video w-full overflow-hidden rounded-lg bg-black">
				<iframe
					src={embed}
					title={title}
					className="h-full w-full"
					allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
					allowFullScreen
					referrerPolicy="strict-origin-when-cross-origin"
				/>
			</div>
		);
	}
	return (
		// biome-ignore lint/a11y/useMediaCaption: a caption track is added whenever the lesson has one
		<video
			ref={video}
			data-testid="lesson-video"
			className="aspect-video w-full rounded-lg bg-black"
			controls
			preload="metadata"
			src={videoUrl}
			aria-label={title}
		>
			{captionsUrl ? (
				<track
					kind="captions"
					src={captionsUrl}
					srcLang="en"
					label={t.captions}
					default
				/>
			) : null}
			{t.videoUnsupported}
		</video>
	);
}
