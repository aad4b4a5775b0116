/** Where a lesson video plays: a direct file, or a YouTube or Vimeo embed. */
export type VideoSource =
	| { kind: "file"; url: string }
	| { kind: "youtube"; id: string; embed: string }
	| { kind: "vimeo"; id: string; embed: string };

/** Reads a lesson's video URL: YouTube and Vimeo links play in their own embeds. */
export function videoSource(videoUrl: string): VideoSource {
	try {
		const url = new URL(videoUrl, "http://localhost");
		const host = url.hostname.replace(/^www\./, "");
		const youtube = (id: string | null | undefined): VideoSource | null =>
			id && /^[\w-]+$/.test(id)
				? {
						kind: "youtube",
						id,
						embed: `https://www.youtube-nocookie.com/embed/${id}`,
					}
				: null;
		if (host === "youtu.be") {
			const source = youtube(url.pathname.slice(1));
			if (source) return source;
		}
		if (host === "youtube.com" || host === "m.youtube.com") {
			const source = youtube(
				url.searchParams.get("v") ??
					url.pathname.match(/^\/(?:embed|shorts)\/([\w-]+)/)?.[1],
			);
			if (source) return source;
		}
		if (host === "vimeo.com" || host === "player.vimeo.com") {
			const id = url.pathname.match(/(\d+)/)?.[1];
			if (id)
				return {
					kind: "vimeo",
					id,
					embed: `https://player.vimeo.com/video/${id}`,
				};
		}
	} catch {}
	return { kind: "file", url: videoUrl };
}

/** The embed URL of a YouTube or Vimeo link; null for a direct file. */
export function embedUrl(videoUrl: string): string | null {
	const source = videoSource(videoUrl);
	return source.kind === "file" ? null : source.embed;
}

/**
 * The iframe address when the page follows the playback: YouTube's IFrame API needs
 * `enablejsapi=1` and the page's origin. Vimeo answers postMessage without parameters.
 */
export function trackedEmbedUrl(source: VideoSource, origin: string): string {
	if (source.kind === "youtube")
		return `${source.embed}?enablejsapi=1&origin=${encodeURIComponent(origin)}`;
	return source.kind === "vimeo" ? source.embed : source.url;
}
