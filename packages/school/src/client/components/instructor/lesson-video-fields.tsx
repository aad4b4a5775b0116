"use client";
import { mediaUrl } from "../../../schemas.js";
import { useSchool } from "../../hooks/use-school.js";
import { VideoPlayer } from "../shared/video-player.js";
import { TextField } from "../ui/text-field.js";
import { useDebounced } from "../ui/use-debounced.js";

const PREVIEW_DELAY_MS = 400;

/** The player as learners will see it, once the typed URL has settled and is valid. */
function VideoPreview({
	title,
	videoUrl,
	captionsUrl,
}: {
	title: string;
	videoUrl: string;
	captionsUrl: string;
}) {
	const { t } = useSchool();
	const url = useDebounced(videoUrl.trim(), PREVIEW_DELAY_MS);
	const captions = useDebounced(captionsUrl.trim(), PREVIEW_DELAY_MS);
	const valid = url !== "" && mediaUrl.safeParse(url).success;
	const validCaptions = captions !== "" && mediaUrl.safeParse(captions).success;
	return (
		<section
			aria-label={t.lessonVideoPreview}
			data-testid="video-preview"
			className="rounded-lg border border-border bg-muted/40 p-3"
		>
			<h3 className="mb-2 text-sm font-medium text-muted-foreground">
				{t.lessonVideoPreview}
			</h3>
			{valid ? (
				<VideoPlayer
					key={url}
					title={title || t.lessonVideoPreview}
					videoUrl={url}
					captionsUrl={validCaptions ? captions : null}
				/>
			) : (
				<p className="text-sm text-muted-foreground">
					{t.lessonVideoPreviewEmpty}
				</p>
			)}
		</section>
	);
}

/** A video lesson's video and captions URLs, with a live preview of the player. */
export function LessonVideoFields({
	uid,
	title,
	videoUrl,
	captionsUrl,
	issues,
	onChange,
}: {
	uid: string;
	title: string;
	videoUrl: string;
	captionsUrl: string;
	issues: Record<string, string[]>;
	onChange: (key: "videoUrl" | "captionsUrl", value: string) => void;
}) {
	const { t } = useSchool();
	return (
		<fieldset className="rounded-lg border border-border p-4">
			<legend className="px-1 font-semibold">{t.lessonVideoLegend}</legend>
			<div className="grid gap-4">
				<TextField
					id={`${uid}-videoUrl`}
					label={t.lessonVideoUrlLabel}
					hint={t.lessonVideoUrlHint}
					errors={issues.videoUrl}
					testId="lesson-video-url"
					input={{ type: "url" }}
					value={videoUrl}
					onChange={(v) => onChange("videoUrl", v)}
				/>
				<TextField
					id={`${uid}-captionsUrl`}
					label={t.lessonCaptionsUrlLabel}
					errors={issues.captionsUrl}
					testId="lesson-captions-url"
					input={{ type: "url" }}
					value={captionsUrl}
					onChange={(v) => onChange("captionsUrl", v)}
				/>
				<VideoPreview
					title={title}
					videoUrl={videoUrl}
					captionsUrl={captionsUrl}
				/>
			</div>
		</fieldset>
	);
}
