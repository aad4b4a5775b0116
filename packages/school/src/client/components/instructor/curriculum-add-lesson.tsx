"use client";
import { type FormEvent, useId, useState } from "react";
import type { LessonType } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { cn, inputClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { Button } from "../ui/button.js";
import { Field } from "../ui/field.js";
import { SelectField } from "../ui/select-field.js";

/** The types a lesson can be created with from the curriculum (the others need the full editor). */
const QUICK_TYPES: readonly LessonType[] = ["video", "text"];

/** "Add lesson": a quick inline form (video or reading) and a link to the full lesson editor. */
export function AddLesson({
	courseId,
	sectionId,
	groupTitle,
	onCreate,
}: {
	courseId: string;
	sectionId?: string;
	groupTitle: string;
	onCreate: (title: string, type: LessonType) => Promise<boolean>;
}) {
	const { t, paths } = useSchool();
	const uid = useId();
	const [open, setOpen] = useState(false);
	const [title, setTitle] = useState("");
	const [type, setType] = useState<LessonType>("video");
	const [busy, setBusy] = useState(false);
	const editorHref = `${paths.lessonEditor(courseId, "new")}${
		sectionId ? `?sectionId=${encodeURIComponent(sectionId)}` : ""
	}`;
	const onSubmit = async (event: FormEvent) => {
		event.preventDefault();
		if (!title.trim()) return;
		setBusy(true);
		const ok = await onCreate(title.trim(), type);
		setBusy(false);
		if (ok) setTitle("");
	};
	return (
		<div className="mt-3 flex flex-col gap-2">
			<div className="flex flex-wrap items-center gap-2">
				<Button
					variant="outline"
					size="sm"
					data-testid="add-lesson"
					aria-expanded={open}
					aria-controls={`${uid}-form`}
					onClick={() => setOpen((o) => !o)}
				>
					<span aria-hidden="true">+</span>
					{t.quickAddLesson}
					<span className="sr-only"> ({groupTitle})</span>
				</Button>
				<SchoolLink
					href={editorHref}
					className="text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
					data-testid="add-lesson-editor"
				>
					{t.addLessonInEditor}
					<span className="sr-only"> ({groupTitle})</span>
				</SchoolLink>
			</div>
			{open ? (
				<form
					id={`${uid}-form`}
					aria-label={t.addLessonTo(groupTitle)}
					onSubmit={(e) => void onSubmit(e)}
					className="flex flex-wrap items-end gap-2"
				>
					<Field
						id={`${uid}-title`}
						label={t.lessonTitleLabel}
						className="min-w-52 flex-1 gap-1"
					>
						{(control) => (
							<input
								{...control}
								data-testid="quick-lesson-title"
								className={cn(inputClass, "h-9")}
								value={title}
								maxLength={200}
								// biome-ignore lint/a11y/noAutofocus: the form was just opened on request
								autoFocus
								onChange={(e) => setTitle(e.target.value)}
							/>
						)}
					</Field>
					<SelectField
						id={`${uid}-type`}
						label={t.lessonTypeLabel}
						className="gap-1"
						testId="quick-lesson-type"
						selectClassName="h-9 w-32"
						value={type}
						values={QUICK_TYPES}
						optionLabel={(v) => t.lessonTypes[v] ?? v}
						onChange={setType}
					/>
					<Button
						type="submit"
						size="sm"
						data-testid="quick-lesson-submit"
						disabled={busy || !title.trim()}
					>
						{t.add}
					</Button>
				</form>
			) : null}
		</div>
	);
}
