"use client";
import { useId, useState } from "react";
import type { UpdateCourseInput } from "../../../schemas.js";
import type { CourseDetail, CourseSummary } from "../../../types.js";
import { useUpdateCourse } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { apiFieldIssues } from "../shared/api-issues.js";
import { buttonClass } from "../shared/cn.js";
import { TextField } from "../ui/text-field.js";

type Pitch = Partial<
	Pick<
		CourseDetail,
		| "subtitle"
		| "outcomes"
		| "requirements"
		| "audience"
		| "promoVideoUrl"
		| "instructorBio"
		| "instructorAvatar"
	>
>;

const FIELDS = [
	"subtitle",
	"outcomes",
	"requirements",
	"audience",
	"promoVideoUrl",
	"instructorName",
	"instructorBio",
	"instructorAvatar",
] as const;
type PitchField = (typeof FIELDS)[number];
type Values = Record<PitchField, string>;

function toValues(course: CourseSummary & Pitch): Values {
	return {
		subtitle: course.subtitle ?? "",
		outcomes: (course.outcomes ?? []).join("\n"),
		requirements: (course.requirements ?? []).join("\n"),
		audience: course.audience ?? "",
		promoVideoUrl: course.promoVideoUrl ?? "",
		instructorName: course.instructorName ?? "",
		instructorBio: course.instructorBio ?? "",
		instructorAvatar: course.instructorAvatar ?? "",
	};
}

const lines = (text: string) =>
	text
		.split("\n")
		.map((l) => l.trim())
		.filter(Boolean);
const orNull = (text: string) => text.trim() || null;

/** The edit body: lists one item per line, empty text as null (cleared). */
export function pitchToInput(values: Values): UpdateCourseInput {
	return {
		subtitle: orNull(values.subtitle),
		outcomes: lines(values.outcomes),
		requirements: lines(values.requirements),
		audience: orNull(values.audience),
		promoVideoUrl: orNull(values.promoVideoUrl),
		...(values.instructorName.trim()
			? { instructorName: values.instructorName.trim() }
			: {}),
		instructorBio: orNull(values.instructorBio),
		instructorAvatar: orNull(values.instructorAvatar),
	};
}

/**
 * The course page's selling fields in the course editor: subtitle, outcomes, requirements,
 * audience, promo video and the instructor's name, bio and photo for this course. Saved on its
 * own, so it never mixes with the details form's unsaved changes.
 */
export function CoursePitchSection({
	course,
}: {
	course: CourseSummary & Pitch;
}) {
	const { t } = useSchool();
	const uid = useId();
	const update = useUpdateCourse();
	const [values, setValues] = useState<Values>(() => toValues(course));
	const [saved, setSaved] = useState(false);
	const found = update.error ? apiFieldIssues(update.error, FIELDS) : null;
	const errorsOf = (name: PitchField) =>
		found?.issues
			.filter((issue) => issue.path[0] === name)
			.map((issue) => issue.message);
	const labels: Record<PitchField, string> = {
		subtitle: t.pitchSubtitle,
		outcomes: t.pitchOutcomes,
		requirements: t.pitchRequirements,
		audience: t.pitchAudience,
		promoVideoUrl: t.pitchPromoVideo,
		instructorName: t.pitchInstructorName,
		instructorBio: t.pitchInstructorBio,
		instructorAvatar: t.pitchInstructorAvatar,
	};
	const multiline = new Set<PitchField>([
		"outcomes",
		"requirements",
		"audience",
		"instructorBio",
	]);
	return (
		<form
			className="mt-8 flex flex-col gap-4 rounded-lg border border-border p-4"
			aria-labelledby={`${uid}-title`}
			data-testid="course-pitch-form"
			onSubmit={(event) => {
				event.preventDefault();
				setSaved(false);
				update.mutate(
					{ id: course.id, input: pitchToInput(values) },
					{ onSuccess: () => setSaved(true) },
				);
			}}
		>
			<div>
				<h2 id={`${uid}-title`} className="text-lg font-semibold">
					{t.pitchSectionTitle}
				</h2>
				<p className="text-sm text-muted-foreground">{t.pitchSectionHint}</p>
			</div>
			{FIELDS.map((name) => (
				<TextField
					key={name}
					id={`${uid}-${name}`}
					name={name}
					label={labels[name]}
					errors={errorsOf(name)}
					testId={`pitch-${name}`}
					// Two rows is what a textarea shows by default; the class sets its least height.
					rows={multiline.has(name) ? 2 : undefined}
					value={values[name]}
					onChange={(text) => setValues({ ...values, [name]: text })}
				/>
			))}
			<div className="flex items-center gap-3">
				<button
					type="submit"
					className={buttonClass("primary")}
					disabled={update.isPending}
					data-testid="pitch-save"
				>
					{t.pitchSave}
				</button>
				<span role="status" className="text-sm text-muted-foreground">
					{saved ? t.pitchSaved : ""}
				</span>
				{found?.form ? (
					<span role="alert" className="text-sm text-destructive">
						{found.form}
					</span>
				) : null}
			</div>
		</form>
	);
}
