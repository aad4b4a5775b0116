"use client";
import { lessonTypeValues } from "../../../enums.js";
import type { CourseDetail, LessonType } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { Checkbox } from "../ui/checkbox.js";
import { SelectField } from "../ui/select-field.js";
import { TextField } from "../ui/text-field.js";
import { WholeNumberField } from "../ui/whole-number-field.js";
import type { LessonFormState } from "./lesson-form-model.js";

/** A lesson's own fields: title, type, section, duration and free preview. */
export function LessonDetailsFields({
	uid,
	form,
	course,
	issues,
	set,
	onTypeChange,
}: {
	uid: string;
	form: LessonFormState;
	course: CourseDetail;
	issues: Record<string, string[]>;
	set: <K extends keyof LessonFormState>(
		key: K,
		value: LessonFormState[K],
	) => void;
	onTypeChange: (type: LessonType) => void;
}) {
	const { t } = useSchool();
	return (
		<fieldset className="rounded-lg border border-border p-4">
			<legend className="px-1 font-semibold">{t.lessonDetails}</legend>
			<div className="grid gap-4 sm:grid-cols-2">
				<TextField
					id={`${uid}-title`}
					label={t.lessonEditorTitleLabel}
					errors={issues.title}
					className="sm:col-span-2"
					testId="lesson-title"
					input={{ required: true, maxLength: 200 }}
					value={form.title}
					onChange={(v) => set("title", v)}
				/>
				<SelectField
					id={`${uid}-type`}
					label={t.lessonEditorTypeLabel}
					hint={t.lessonTypeHint}
					errors={issues.type}
					testId="lesson-type"
					value={form.type}
					values={lessonTypeValues}
					optionLabel={(type) => t.lessonTypes[type] ?? type}
					onChange={onTypeChange}
				/>
				<SelectField
					id={`${uid}-sectionId`}
					label={t.lessonSectionLabel}
					errors={issues.sectionId}
					testId="lesson-section"
					value={form.sectionId}
					values={course.sections.map((s) => s.id)}
					optionLabel={(id) =>
						course.sections.find((s) => s.id === id)?.title ?? id
					}
					emptyLabel={t.lessonNoSection}
					onChange={(id) => set("sectionId", id)}
				/>
				<WholeNumberField
					id={`${uid}-durationMins`}
					label={t.lessonDurationLabel}
					errors={issues.durationMins}
					testId="lesson-duration"
					max={10000}
					value={form.durationMins}
					onChange={(v) => set("durationMins", v)}
				/>
				<WholeNumberField
					id={`${uid}-dripDays`}
					label={t.lessonDripDaysLabel}
					errors={issues.dripDays}
					testId="lesson-drip-days"
					max={3650}
					value={form.dripDays}
					onChange={(v) => set("dripDays", v)}
				/>
				<TextField
					id={`${uid}-dripDate`}
					label={t.lessonDripDateLabel}
					errors={issues.dripDate}
					testId="lesson-drip-date"
					input={{ type: "date" }}
					value={form.dripDate}
					onChange={(v) => set("dripDate", v)}
				/>
				<div className="flex items-end pb-2">
					<Checkbox
						label={t.lessonFreePreviewLabel}
						testId="lesson-free-preview"
						checked={form.isFreePreview}
						onChange={(on) => set("isFreePreview", on)}
					/>
				</div>
			</div>
		</fieldset>
	);
}
