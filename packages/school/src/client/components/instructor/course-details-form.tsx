"use client";
import {
	type FormEvent,
	type InputHTMLAttributes,
	type ReactNode,
	useEffect,
	useId,
	useRef,
	useState,
} from "react";
import { courseStatusValues, difficultyValues } from "../../../enums.js";
import { currencyDigits } from "../../../money.js";
import type { CourseSummary } from "../../../types.js";
import {
	useCreateCourse,
	useUpdateCourse,
} from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { cn, inputClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";
import { Field, type FieldControlProps } from "../ui/field.js";
import { MarkdownField } from "../ui/markdown-field.js";
import { CourseCoverField } from "./course-cover-field.js";
import {
	type CourseField,
	type CourseFormValues,
	changedFields,
	courseFields,
	courseToForm,
	emptyCourseForm,
	type FieldErrors,
	formToCreateInput,
	isDirty,
	serverFieldErrors,
	slugify,
	validateCourseForm,
} from "./course-form-model.js";
import { CoursePitchSection } from "./course-pitch-section.js";
import { useStatusQuestion } from "./course-status-change.js";
import { statusLabel } from "./status-badge.js";

const selectClass = cn(inputClass, "pr-8");

/**
 * The course details form, for a new course (`course` undefined: creates it) or an existing one
 * (saves only the changed fields). Errors the server reports show beside their fields.
 */
export function CourseDetailsForm({
	course,
	onCreated,
	onDirtyChange,
}: {
	course?: CourseSummary;
	onCreated?: (course: CourseSummary) => void;
	onDirtyChange?: (dirty: boolean) => void;
}) {
	const { t, paths } = useSchool();
	const uid = useId();
	const formRef = useRef<HTMLFormElement>(null);
	const create = useCreateCourse();
	const update = useUpdateCourse();
	const statusQuestion = useStatusQuestion();
	const [confirm, confirmDialog] = useConfirm();
	const [initial, setInitial] = useState<CourseFormValues>(() =>
		course ? courseToForm(course) : emptyCourseForm,
	);
	const [values, setValues] = useState<CourseFormValues>(initial);
	// A new course's slug follows its title until the slug is edited.
	const [slugTouched, setSlugTouched] = useState(!!course);
	const [errors, setErrors] = useState<FieldErrors>({});
	const [formError, setFormError] = useState("");
	const [saved, setSaved] = useState("");
	const saving = create.isPending || update.isPending;
	const dirty = isDirty(initial, values);

	// Fresh server data (e.g. a status change elsewhere) replaces an untouched form.
	const serverValues = course ? JSON.stringify(courseToForm(course)) : "";
	const dirtyRef = useRef(dirty);
	dirtyRef.current = dirty;
	useEffect(() => {
		if (!serverValues || dirtyRef.current) return;
		const next = JSON.parse(serverValues) as CourseFormValues;
		setInitial(next);
		setValues(next);
	}, [serverValues]);

	useEffect(() => {
		onDirtyChange?.(dirty);
	}, [dirty, onDirtyChange]);

	const set = (field: CourseField, value: string) => {
		setSaved("");
		setValues((v) => {
			const next = { ...v, [field]: value };
			if (field === "title" && !slugTouched) next.slug = slugify(value);
			return next;
		});
		if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
	};

	const focusFirstError = (fieldErrors: FieldErrors) => {
		const first = courseFields.find((f) => fieldErrors[f]);
		if (!first) return;
		// After React renders the error state.
		requestAnimationFrame(() =>
			formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus(),
		);
	};

	const onSubmit = async (event: FormEvent) => {
		event.preventDefault();
		setSaved("");
		setFormError("");
		const clientErrors = validateCourseForm(values, t);
		if (Object.keys(clientErrors).length) {
			setErrors(clientErrors);
			setFormError(t.formHasErrors);
			focusFirstError(clientErrors);
			return;
		}
		setErrors({});
		try {
			if (!course) {
				const created = await create.mutateAsync(formToCreateInput(values));
				setInitial(values);
				setSaved(t.courseCreated);
				onCreated?.(created);
				return;
			}
			const patch = changedFields(initial, values);
			// Unpublishing or archiving from the form asks as the dashboard does, with the
			// consequence for the course's learners; "Cancel" keeps the form as it is, unsaved.
			const ask = patch.status
				? statusQuestion(
						{ ...course, enrollments: course.enrollmentCount },
						patch.status,
					)
				: null;
			if (ask && !(await confirm(ask))) return;
			const result = Object.keys(patch).length
				? await update.mutateAsync({ id: course.id, input: patch })
				: course;
			const next = courseToForm(result);
			setInitial(next);
			setValues(next);
			setSaved(t.courseSaved);
		} catch (error) {
			const { fields, form } = serverFieldErrors(error);
			setErrors(fields);
			setFormError(form ?? t.formHasErrors);
			focusFirstError(fields);
		}
	};

	/** A field of the form: its label, hint and error, the control from `input`. */
	const field = (
		name: CourseField,
		label: string,
		input: (control: FieldControlProps) => ReactNode,
		hint?: string,
		hintHidden?: boolean,
	) => (
		<Field
			id={`${uid}-${name}`}
			name={name}
			label={label}
			hint={hint}
			hintHidden={hintHidden}
			errors={errorsOf(name)}
			errorTestId={`field-error-${name}`}
		>
			{input}
		</Field>
	);
	const errorsOf = (name: CourseField) =>
		errors[name] ? [errors[name]] : undefined;
	/** A plain input bound to the field `name`. */
	const text =
		(
			name: CourseField,
			{ className, ...attrs }: InputHTMLAttributes<HTMLInputElement> = {},
		) =>
		(control: FieldControlProps) => (
			<input
				{...control}
				{...attrs}
				className={cn(inputClass, className)}
				value={values[name]}
				onChange={(e) => set(name, e.target.value)}
			/>
		);

	return (
		<>
			{/* Outside the form: the dialog's buttons must not submit it. */}
			{confirmDialog}
			<form
				ref={formRef}
				data-testid="course-form"
				noValidate
				onSubmit={(e) => void onSubmit(e)}
				className="flex flex-col gap-6"
			>
				<div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
					<div className="flex flex-col gap-5">
						{field(
							"title",
							t.fieldTitle,
							text("title", { required: true, maxLength: 200 }),
						)}
						{field(
							"slug",
							t.fieldSlug,
							(control) => (
								<input
									{...control}
									className={cn(inputClass, "font-mono")}
									value={values.slug}
									maxLength={80}
									autoCapitalize="none"
									spellCheck={false}
									onChange={(e) => {
										setSlugTouched(e.target.value !== "");
										set("slug", e.target.value);
									}}
								/>
							),
							// Shown as typed, not percent-encoded: a placeholder until there is a slug.
							values.slug
								? t.slugHint(paths.course(values.slug))
								: t.slugHintEmpty,
						)}
						<MarkdownField
							id={`${uid}-description`}
							name="description"
							label={t.fieldDescription}
							hint={t.descriptionHint}
							errors={errorsOf("description")}
							errorTestId="field-error-description"
							toggleTestId="description-preview-toggle"
							previewTestId="description-preview"
							value={values.description}
							onChange={(value) => set("description", value)}
						/>
						<CourseCoverField
							id={`${uid}-coverImage`}
							value={values.coverImage}
							errors={errorsOf("coverImage")}
							onChange={(value) => set("coverImage", value)}
						/>
					</div>

					<div className="flex flex-col gap-5">
						{field("status", t.fieldStatus, (control) => (
							<select
								{...control}
								className={selectClass}
								value={values.status}
								onChange={(e) => set("status", e.target.value)}
							>
								{courseStatusValues.map((s) => (
									<option key={s} value={s}>
										{statusLabel(t, s)}
									</option>
								))}
							</select>
						))}
						{field(
							"category",
							t.fieldCategory,
							text("category", { maxLength: 60 }),
						)}
						{field("tags", t.fieldTags, text("tags"), t.tagsHint)}
						{field("difficulty", t.fieldDifficulty, (control) => (
							<select
								{...control}
								className={selectClass}
								value={values.difficulty}
								onChange={(e) => set("difficulty", e.target.value)}
							>
								{difficultyValues.map((d) => (
									<option key={d} value={d}>
										{t.difficulty[d] ?? d}
									</option>
								))}
							</select>
						))}
						{field(
							"durationMins",
							t.fieldDuration,
							text("durationMins", {
								type: "number",
								min: 0,
								step: 1,
								inputMode: "numeric",
							}),
						)}
						<div className="grid grid-cols-[minmax(0,1fr)_6rem] items-start gap-3">
							{field(
								"price",
								t.fieldPrice,
								text("price", {
									inputMode: "decimal",
									// As many decimals as the currency has: 0 (JPY), 0.00 (USD), 0.000 (KWD).
									placeholder: (0).toFixed(currencyDigits(values.currency)),
									className: "tabular-nums",
								}),
								t.priceHint,
							)}
							{field(
								"currency",
								t.fieldCurrency,
								(control) => (
									<input
										{...control}
										className={cn(inputClass, "uppercase")}
										value={values.currency}
										maxLength={3}
										autoCapitalize="characters"
										spellCheck={false}
										onChange={(e) =>
											set("currency", e.target.value.toUpperCase())
										}
									/>
								),
								t.currencyHint,
								true,
							)}
						</div>
						{field(
							"maxStudents",
							t.fieldMaxStudents,
							text("maxStudents", {
								type: "number",
								min: 1,
								step: 1,
								inputMode: "numeric",
							}),
							t.maxStudentsHint,
						)}
					</div>
				</div>

				<div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
					<Button
						type="submit"
						data-testid="course-save"
						disabled={saving || (!!course && !dirty)}
					>
						{saving ? t.saving : course ? t.saveCourse : t.createCourseSubmit}
					</Button>
					{course && dirty ? (
						<Button
							variant="ghost"
							onClick={() => {
								setValues(initial);
								setErrors({});
								setFormError("");
							}}
						>
							{t.discardChanges}
						</Button>
					) : null}
					<p
						role="status"
						data-testid="course-form-status"
						className="text-sm text-muted-foreground"
					>
						{saved}
					</p>
					{formError ? (
						<p
							role="alert"
							data-testid="course-form-error"
							className="basis-full text-sm font-medium text-destructive"
						>
							{formError}
						</p>
					) : null}
				</div>
			</form>
			{course ? <CoursePitchSection course={course} /> : null}
		</>
	);
}
