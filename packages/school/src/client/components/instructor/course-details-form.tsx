"use client";
import {
	type FormEvent,
	type ReactNode,
	useEffect,
	useId,
	useRef,
	useState,
} from "react";
import { courseStatusValues, difficultyValues } from "../../../schemas";
import type { CourseSummary } from "../../../types";
import { useCreateCourse, useUpdateCourse } from "../../hooks/instructor-hooks";
import { useSchool } from "../../hooks/use-school";
import { buttonClass, cn, inputClass } from "../shared/cn";
import { Markdown } from "../shared/markdown";
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
} from "./course-form-model";
import { statusLabel } from "./instructor-gate";

const textareaClass = cn(
	inputClass,
	"h-auto min-h-48 py-2 font-mono text-sm leading-relaxed",
);
const selectClass = cn(inputClass, "pr-8");

/** A cover URL worth trying to show: http(s) or a path on this site. */
const previewable = (url: string) =>
	/^https?:\/\/\S+$/i.test(url) || /^\/(?![/\\])\S*$/.test(url);

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
	const [initial, setInitial] = useState<CourseFormValues>(() =>
		course ? courseToForm(course) : emptyCourseForm,
	);
	const [values, setValues] = useState<CourseFormValues>(initial);
	// A new course's slug follows its title until the slug is edited.
	const [slugTouched, setSlugTouched] = useState(!!course);
	const [errors, setErrors] = useState<FieldErrors>({});
	const [formError, setFormError] = useState("");
	const [saved, setSaved] = useState("");
	const [preview, setPreview] = useState(false);
	const [coverFailed, setCoverFailed] = useState(false);
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

	const describedBy = (field: CourseField, hint?: boolean) =>
		[
			hint ? `${uid}-${field}-hint` : "",
			errors[field] ? `${uid}-${field}-error` : "",
		]
			.filter(Boolean)
			.join(" ") || undefined;
	const control = (field: CourseField, hint?: boolean) => ({
		id: `${uid}-${field}`,
		name: field,
		"aria-invalid": errors[field] ? true : undefined,
		"aria-describedby": describedBy(field, hint),
	});
	const field = (
		name: CourseField,
		label: string,
		input: ReactNode,
		hint?: ReactNode,
	) => (
		<div className="flex flex-col gap-1.5">
			<label htmlFor={`${uid}-${name}`} className="text-sm font-medium">
				{label}
			</label>
			{input}
			{hint ? (
				<p id={`${uid}-${name}-hint`} className="text-xs text-muted-foreground">
					{hint}
				</p>
			) : null}
			{errors[name] ? (
				<p
					id={`${uid}-${name}-error`}
					data-testid={`field-error-${name}`}
					className="text-sm font-medium text-destructive"
				>
					{errors[name]}
				</p>
			) : null}
		</div>
	);
	const invalidRing = (name: CourseField) =>
		errors[name] ? "border-destructive focus-visible:ring-destructive" : "";

	const coverUrl = values.coverImage.trim();
	return (
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
						<input
							{...control("title")}
							className={cn(inputClass, invalidRing("title"))}
							value={values.title}
							required
							maxLength={200}
							onChange={(e) => set("title", e.target.value)}
						/>,
					)}
					{field(
						"slug",
						t.fieldSlug,
						<input
							{...control("slug", true)}
							className={cn(inputClass, "font-mono", invalidRing("slug"))}
							value={values.slug}
							maxLength={80}
							autoCapitalize="none"
							spellCheck={false}
							onChange={(e) => {
								setSlugTouched(e.target.value !== "");
								set("slug", e.target.value);
							}}
						/>,
						t.slugHint(paths.course(values.slug || "…")),
					)}
					<div className="flex flex-col gap-1.5">
						<div className="flex flex-wrap items-center justify-between gap-2">
							<label
								htmlFor={`${uid}-description`}
								className="text-sm font-medium"
							>
								{t.fieldDescription}
							</label>
							<fieldset className="inline-flex rounded-md border border-border p-0.5">
								<legend className="sr-only">{t.fieldDescription}</legend>
								<button
									type="button"
									aria-pressed={!preview}
									onClick={() => setPreview(false)}
									className={cn(
										buttonClass("ghost", "sm"),
										"h-7",
										!preview && "bg-muted",
									)}
								>
									{t.descriptionWrite}
								</button>
								<button
									type="button"
									aria-pressed={preview}
									data-testid="description-preview-toggle"
									onClick={() => setPreview(true)}
									className={cn(
										buttonClass("ghost", "sm"),
										"h-7",
										preview && "bg-muted",
									)}
								>
									{t.descriptionPreview}
								</button>
							</fieldset>
						</div>
						<textarea
							{...control("description", true)}
							hidden={preview}
							className={cn(textareaClass, invalidRing("description"))}
							value={values.description}
							rows={10}
							onChange={(e) => set("description", e.target.value)}
						/>
						{preview ? (
							<div
								data-testid="description-preview"
								className="min-h-48 rounded-md border border-border bg-background p-4"
							>
								{values.description.trim() ? (
									<Markdown>{values.description}</Markdown>
								) : (
									<p className="text-sm text-muted-foreground">
										{t.previewEmpty}
									</p>
								)}
							</div>
						) : null}
						<p
							id={`${uid}-description-hint`}
							className="text-xs text-muted-foreground"
						>
							{t.descriptionHint}
						</p>
						{errors.description ? (
							<p
								id={`${uid}-description-error`}
								data-testid="field-error-description"
								className="text-sm font-medium text-destructive"
							>
								{errors.description}
							</p>
						) : null}
					</div>
					{field(
						"coverImage",
						t.fieldCoverImage,
						<input
							{...control("coverImage", true)}
							type="url"
							inputMode="url"
							className={cn(inputClass, invalidRing("coverImage"))}
							value={values.coverImage}
							placeholder="https://"
							onChange={(e) => {
								setCoverFailed(false);
								set("coverImage", e.target.value);
							}}
						/>,
						t.coverImageHint,
					)}
					{coverUrl && previewable(coverUrl) ? (
						<div className="overflow-hidden rounded-lg border border-border bg-muted">
							{coverFailed ? (
								<p className="p-4 text-sm text-muted-foreground">
									{t.coverPreviewError}
								</p>
							) : (
								<img
									key={coverUrl}
									data-testid="cover-preview"
									src={coverUrl}
									alt={t.coverPreviewAlt}
									className="aspect-video max-h-72 w-full object-cover"
									onError={() => setCoverFailed(true)}
								/>
							)}
						</div>
					) : null}
				</div>

				<div className="flex flex-col gap-5">
					{field(
						"status",
						t.fieldStatus,
						<select
							{...control("status")}
							className={selectClass}
							value={values.status}
							onChange={(e) => set("status", e.target.value)}
						>
							{courseStatusValues.map((s) => (
								<option key={s} value={s}>
									{statusLabel(t, s)}
								</option>
							))}
						</select>,
					)}
					{field(
						"category",
						t.fieldCategory,
						<input
							{...control("category")}
							className={cn(inputClass, invalidRing("category"))}
							value={values.category}
							maxLength={60}
							onChange={(e) => set("category", e.target.value)}
						/>,
					)}
					{field(
						"tags",
						t.fieldTags,
						<input
							{...control("tags", true)}
							className={cn(inputClass, invalidRing("tags"))}
							value={values.tags}
							onChange={(e) => set("tags", e.target.value)}
						/>,
						t.tagsHint,
					)}
					{field(
						"difficulty",
						t.fieldDifficulty,
						<select
							{...control("difficulty")}
							className={selectClass}
							value={values.difficulty}
							onChange={(e) => set("difficulty", e.target.value)}
						>
							{difficultyValues.map((d) => (
								<option key={d} value={d}>
									{t.difficulty[d] ?? d}
								</option>
							))}
						</select>,
					)}
					{field(
						"durationMins",
						t.fieldDuration,
						<input
							{...control("durationMins")}
							type="number"
							min={0}
							step={1}
							inputMode="numeric"
							className={cn(inputClass, invalidRing("durationMins"))}
							value={values.durationMins}
							onChange={(e) => set("durationMins", e.target.value)}
						/>,
					)}
					<div className="grid grid-cols-[minmax(0,1fr)_6rem] gap-3">
						{field(
							"price",
							t.fieldPrice,
							<input
								{...control("price", true)}
								inputMode="decimal"
								className={cn(inputClass, "tabular-nums", invalidRing("price"))}
								value={values.price}
								placeholder="0.00"
								onChange={(e) => set("price", e.target.value)}
							/>,
						)}
						{field(
							"currency",
							t.fieldCurrency,
							<input
								{...control("currency", true)}
								className={cn(inputClass, "uppercase", invalidRing("currency"))}
								value={values.currency}
								maxLength={3}
								autoCapitalize="characters"
								spellCheck={false}
								onChange={(e) => set("currency", e.target.value.toUpperCase())}
							/>,
						)}
					</div>
					<p
						id={`${uid}-price-hint`}
						className="-mt-3 text-xs text-muted-foreground"
					>
						{t.priceHint}
					</p>
					<p id={`${uid}-currency-hint`} className="sr-only">
						{t.currencyHint}
					</p>
					{field(
						"maxStudents",
						t.fieldMaxStudents,
						<input
							{...control("maxStudents", true)}
							type="number"
							min={1}
							step={1}
							inputMode="numeric"
							className={cn(inputClass, invalidRing("maxStudents"))}
							value={values.maxStudents}
							onChange={(e) => set("maxStudents", e.target.value)}
						/>,
						t.maxStudentsHint,
					)}
				</div>
			</div>

			<div className="flex flex-wrap items-center gap-3 border-t border-border pt-4">
				<button
					type="submit"
					className={buttonClass()}
					data-testid="course-save"
					disabled={saving || (!!course && !dirty)}
				>
					{saving ? t.saving : course ? t.saveCourse : t.createCourseSubmit}
				</button>
				{course && dirty ? (
					<button
						type="button"
						className={buttonClass("ghost")}
						onClick={() => {
							setValues(initial);
							setErrors({});
							setFormError("");
						}}
					>
						{t.discardChanges}
					</button>
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
	);
}
