"use client";
import { useState } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { cn, inputClass } from "../shared/cn.js";
import { Markdown } from "../shared/markdown.js";
import { Button } from "./button.js";
import { Field } from "./field.js";

/**
 * A Markdown text area with a preview toggle: the preview renders what learners will see. The
 * text area stays mounted (hidden) while previewing, so its label and value are kept.
 */
export function MarkdownField({
	id,
	label,
	name,
	value,
	onChange,
	hint,
	errors,
	errorTestId,
	rows = 10,
	testId,
	toggleTestId = "markdown-preview-toggle",
	previewTestId = "markdown-preview",
}: {
	id: string;
	label: string;
	name?: string;
	value: string;
	onChange: (value: string) => void;
	hint?: string;
	errors?: readonly string[];
	errorTestId?: string;
	rows?: number;
	testId?: string;
	toggleTestId?: string;
	previewTestId?: string;
}) {
	const { t } = useSchool();
	const [preview, setPreview] = useState(false);
	return (
		<Field
			id={id}
			label={label}
			name={name}
			hint={hint}
			errors={errors}
			errorTestId={errorTestId}
			labelAside={
				<Button
					variant="outline"
					size="sm"
					aria-pressed={preview}
					// Names the preview only while it exists (a dangling id is an ARIA error).
					aria-controls={preview ? `${id}-preview` : undefined}
					data-testid={toggleTestId}
					onClick={() => setPreview((p) => !p)}
				>
					{t.markdownPreview}
				</Button>
			}
		>
			{(control) => (
				<>
					<textarea
						{...control}
						data-testid={testId}
						hidden={preview}
						rows={rows}
						className={cn(
							inputClass,
							"h-auto min-h-48 py-2 font-mono text-sm leading-relaxed",
						)}
						value={value}
						onChange={(e) => onChange(e.target.value)}
					/>
					{preview ? (
						<section
							id={`${id}-preview`}
							aria-label={t.markdownPreviewLabel(label)}
							data-testid={previewTestId}
							// A long preview scrolls; keyboard users can reach it to scroll.
							// biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
							tabIndex={0}
							className="max-h-[32rem] min-h-48 overflow-auto rounded-md border border-border bg-background p-4"
						>
							{value.trim() ? (
								<Markdown>{value}</Markdown>
							) : (
								<p className="text-sm text-muted-foreground">
									{t.markdownPreviewEmpty}
								</p>
							)}
						</section>
					) : null}
				</>
			)}
		</Field>
	);
}
