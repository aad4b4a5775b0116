"use client";
import type { CaptionTrack } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { Button, RemoveButton } from "../ui/button.js";
import { FieldError } from "../ui/field.js";
import { TextField } from "../ui/text-field.js";

const BLANK: CaptionTrack = { language: "", label: "", url: "" };

/**
 * A video lesson's caption languages: rows of language tag, label and WebVTT URL. The player
 * offers every track and the transcript follows the chosen one. Errors come keyed by the row's
 * place in the request body (`captions.1.url`).
 */
export function LessonCaptionsFields({
	uid,
	captions,
	issues,
	onChange,
}: {
	uid: string;
	captions: CaptionTrack[];
	issues: Record<string, string[]>;
	onChange: (captions: CaptionTrack[]) => void;
}) {
	const { t } = useSchool();
	const update = (i: number, patch: Partial<CaptionTrack>) =>
		onChange(captions.map((tr, at) => (at === i ? { ...tr, ...patch } : tr)));
	const columns = [
		{ key: "language", label: t.captionLanguageLabel, placeholder: "en" },
		{ key: "label", label: t.captionLabelLabel, placeholder: "English" },
		{ key: "url", label: t.captionUrlLabel, placeholder: "https://…/en.vtt" },
	] as const;
	return (
		<fieldset
			className="rounded-lg border border-border p-4"
			data-testid="lesson-captions"
		>
			<legend className="px-1 font-semibold">{t.captionTracks}</legend>
			<p className="mb-3 text-sm text-muted-foreground">
				{t.captionTracksHint}
			</p>
			<FieldError id={`${uid}-captions`} messages={issues.captions} />
			<ol className="m-0 mb-3 flex list-none flex-col gap-3 p-0">
				{captions.map((track, i) => (
					<li
						// biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity; every input is controlled by its index
						key={i}
						data-testid="caption-row"
						className="grid gap-2 sm:grid-cols-[6rem_1fr_2fr_auto] sm:items-start"
					>
						{columns.map((col) => (
							<TextField
								key={col.key}
								id={`${uid}-caption-${i}-${col.key}`}
								label={col.label(i + 1)}
								labelHidden
								errors={issues[`captions.${i}.${col.key}`]}
								className="gap-0"
								testId={`caption-${col.key}`}
								input={{ placeholder: col.placeholder }}
								value={track[col.key]}
								onChange={(v) => update(i, { [col.key]: v })}
							/>
						))}
						<RemoveButton
							label={t.removeCaptionTrack(i + 1)}
							onClick={() => onChange(captions.filter((_, at) => at !== i))}
						/>
					</li>
				))}
			</ol>
			<Button
				variant="outline"
				size="sm"
				data-testid="add-caption-track"
				onClick={() => onChange([...captions, BLANK])}
			>
				{t.addCaptionTrack}
			</Button>
		</fieldset>
	);
}
