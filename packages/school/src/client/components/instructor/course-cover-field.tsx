"use client";
import { useState } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { inputClass } from "../shared/cn.js";
import { Field } from "../ui/field.js";

/** A cover URL worth trying to show: http(s) or a path on this site. */
const previewable = (url: string) =>
	/^https?:\/\/\S+$/i.test(url) || /^\/(?![/\\])\S*$/.test(url);

/** The cover image URL with a preview of the image (or a note when it does not load). */
export function CourseCoverField({
	id,
	value,
	errors,
	onChange,
}: {
	id: string;
	value: string;
	errors?: readonly string[];
	onChange: (value: string) => void;
}) {
	const { t } = useSchool();
	const [failed, setFailed] = useState(false);
	const url = value.trim();
	return (
		<>
			<Field
				id={id}
				name="coverImage"
				label={t.fieldCoverImage}
				hint={t.coverImageHint}
				errors={errors}
				errorTestId="field-error-coverImage"
			>
				{(control) => (
					<input
						{...control}
						type="url"
						inputMode="url"
						className={inputClass}
						value={value}
						placeholder="https://"
						onChange={(e) => {
							setFailed(false);
							onChange(e.target.value);
						}}
					/>
				)}
			</Field>
			{url && previewable(url) ? (
				<div className="overflow-hidden rounded-lg border border-border bg-muted">
					{failed ? (
						<p className="p-4 text-sm text-muted-foreground">
							{t.coverPreviewError}
						</p>
					) : (
						<img
							key={url}
							data-testid="cover-preview"
							src={url}
							alt={t.coverPreviewAlt}
							className="aspect-video max-h-72 w-full object-cover"
							onError={() => setFailed(true)}
						/>
					)}
				</div>
			) : null}
		</>
	);
}
