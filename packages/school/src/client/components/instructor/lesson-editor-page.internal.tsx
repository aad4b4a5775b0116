"use client";
import {
	type FormEvent,
	type MouseEvent,
	useEffect,
	useId,
	useMemo,
	useRef,
	useState,
} from "react";
import { lessonTypeValues, mediaUrl } from "../../../schemas";
import type { CourseDetail, LessonDetail, LessonType } from "../../../types";
import { SchoolApiError } from "../../fetcher";
import {
	useEditableCourse,
	useEditableLesson,
	useLessonMutations,
} from "../../hooks/instructor-hooks";
import { useSchoolViewer } from "../../hooks/school-hooks";
import { useSchool } from "../../hooks/use-school";
import { buttonClass, cn, inputClass } from "../shared/cn";
import { SchoolLink } from "../shared/link";
import { Markdown } from "../shared/markdown";
import { NotFoundState, PageShell, Skeleton } from "../shared/states";
import { VideoPlayer } from "../shared/video-player";
import {
	addResource,
	buildLessonBody,
	emptyFormIssues,
	type FormIssues,
	formFromLesson,
	formSnapshot,
	hasIssues,
	issuesFromServerMessage,
	type LessonFormState,
	removeResource,
	resourceBodyIndex,
	updateResource,
} from "./lesson-form-model";
import {
	checkClass,
	describe,
	FieldIssues,
	QuizBuilder,
	textareaClass,
} from "./quiz-builder";
import { issueCount } from "./quiz-builder-model";

const TEST_ID = "school-lesson-editor";
const PREVIEW_DELAY_MS = 400;

/** The value once it has stopped changing for `delay` ms (the first value at once). */
function useSettled<T>(value: T, delay: number): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		const timer = setTimeout(() => setSettled(value), delay);
		return () => clearTimeout(timer);
	}, [value, delay]);
	return settled;
}

/**
 * The `?sectionId=` a "new lesson" link carries (handed in by the route, not read from
 * `window.location`, which still shows the previous page during a client-side navigation),
 * kept only when it names a section of the course.
 */
function knownSection(course: CourseDetail, id: string | undefined): string {
	return id && course.sections.some((s) => s.id === id) ? id : "";
}

function Label({
	htmlFor,
	children,
}: {
	htmlFor: string;
	children: React.ReactNode;
}) {
	return (
		<label htmlFor={htmlFor} className="mb-1 block text-sm font-medium">
			{children}
		</label>
	);
}

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
	const url = useSettled(videoUrl.trim(), PREVIEW_DELAY_MS);
	const captions = useSettled(captionsUrl.trim(), PREVIEW_DELAY_MS);
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

function LessonForm({
	courseId,
	course,
	lesson,
	sectionId,
}: {
	courseId: string;
	course: CourseDetail;
	lesson: LessonDetail | null;
	sectionId?: string;
}) {
	const { t, paths, navigate } = useSchool();
	const uid = useId();
	const { create, update, remove } = useLessonMutations(courseId);
	const isNew = !lesson;

	const [form, setForm] = useState<LessonFormState>(() =>
		formFromLesson(lesson, {
			sectionId: lesson ? undefined : knownSection(course, sectionId),
		}),
	);
	const [baseline, setBaseline] = useState(() => formSnapshot(form));
	const dirty = formSnapshot(form) !== baseline;
	const [showIssues, setShowIssues] = useState(false);
	const [serverMessage, setServerMessage] = useState<string | null>(null);
	const [serverIssues, setServerIssues] = useState<FormIssues | null>(null);
	const [saved, setSaved] = useState(false);
	const [preview, setPreview] = useState(false);
	const [focusIssue, setFocusIssue] = useState(0);
	const formRef = useRef<HTMLFormElement>(null);

	const validation = useMemo(() => buildLessonBody(form), [form]);
	const clientIssues =
		showIssues && !validation.ok ? validation.issues : emptyFormIssues();
	const issues = serverIssues ?? clientIssues;
	const fieldIssues = issues.fields;
	const clientIssueCount =
		showIssues && !validation.ok
			? Object.values(validation.issues.fields).reduce(
					(n, list) => n + list.length,
					0,
				) + issueCount(validation.issues.quiz)
			: 0;

	const change = (fn: (form: LessonFormState) => LessonFormState) => {
		setForm(fn);
		setServerIssues(null);
		setServerMessage(null);
		setSaved(false);
	};
	const set = <K extends keyof LessonFormState>(
		key: K,
		value: LessonFormState[K],
	) => change((f) => ({ ...f, [key]: value }));

	// Closing or reloading the tab with unsaved changes asks first.
	useEffect(() => {
		if (!dirty) return;
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			event.preventDefault();
			// Older browsers need a return value to show the prompt.
			event.returnValue = "";
		};
		window.addEventListener("beforeunload", onBeforeUnload);
		return () => window.removeEventListener("beforeunload", onBeforeUnload);
	}, [dirty]);

	// After a refused save, keyboard and screen-reader users land on the first problem.
	useEffect(() => {
		if (!focusIssue) return;
		formRef.current
			?.querySelector<HTMLElement>('[aria-invalid="true"]')
			?.focus();
	}, [focusIssue]);

	const saving = create.isPending || update.isPending;

	const onSubmit = async (event: FormEvent) => {
		event.preventDefault();
		if (saving) return;
		const result = buildLessonBody(form);
		if (!result.ok) {
			setShowIssues(true);
			setFocusIssue((n) => n + 1);
			return;
		}
		setShowIssues(false);
		setServerMessage(null);
		setServerIssues(null);
		const snapshot = formSnapshot(form);
		try {
			if (!lesson) {
				const created = await create.mutateAsync(result.body);
				setBaseline(snapshot);
				await navigate(paths.lessonEditor(courseId, created.id));
			} else {
				await update.mutateAsync({ id: lesson.id, input: result.body });
				setBaseline(snapshot);
				setSaved(true);
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			setServerMessage(message);
			const placed =
				error instanceof SchoolApiError && error.status === 400
					? issuesFromServerMessage(message, form.type)
					: null;
			setServerIssues(placed && hasIssues(placed) ? placed : null);
			if (placed) setFocusIssue((n) => n + 1);
		}
	};

	const onDelete = async () => {
		if (!lesson || !window.confirm(t.lessonEditorConfirmDelete)) return;
		try {
			await remove.mutateAsync(lesson.id);
			setBaseline(formSnapshot(form));
			await navigate(paths.courseEditor(courseId));
		} catch (error) {
			setServerMessage(error instanceof Error ? error.message : String(error));
		}
	};

	const onBack = (event: MouseEvent) => {
		if (dirty && !window.confirm(t.lessonEditorConfirmLeave))
			event.preventDefault();
	};

	const field = (key: string) => ({
		id: `${uid}-${key}`,
		issuesId: `${uid}-${key}-issues`,
		messages: fieldIssues[key],
	});
	const title = field("title");
	const duration = field("durationMins");
	const section = field("sectionId");
	const type = field("type");
	const video = field("videoUrl");
	const captions = field("captionsUrl");
	const content = field("content");
	const isVideo = form.type === "video";
	const isQuiz = form.type === "quiz";

	return (
		<PageShell testId={TEST_ID} className="max-w-4xl">
			<SchoolLink
				href={paths.courseEditor(courseId)}
				onClick={onBack}
				data-testid="lesson-back"
				className="mb-4 inline-block rounded-sm text-sm text-muted-foreground hover:text-foreground hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
			>
				<span aria-hidden="true">← </span>
				{t.backToCourse}
			</SchoolLink>
			<div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
				<div>
					<h1 className="text-3xl font-bold tracking-tight">
						{isNew ? t.lessonEditorNewTitle : t.lessonEditorEditTitle}
					</h1>
					<p className="text-muted-foreground">{course.title}</p>
				</div>
				{dirty ? (
					<span
						data-testid="lesson-dirty"
						className="rounded-full border border-border px-3 py-1 text-xs text-muted-foreground"
					>
						{t.lessonEditorUnsaved}
					</span>
				) : null}
			</div>

			<form
				ref={formRef}
				data-testid="lesson-form"
				noValidate
				onSubmit={onSubmit}
				className="flex flex-col gap-6"
			>
				{clientIssueCount > 0 ? (
					<p
						role="alert"
						data-testid="lesson-form-issues"
						className="rounded-md border border-destructive p-3 text-sm text-destructive"
					>
						{t.formHasIssues(clientIssueCount)}
					</p>
				) : null}

				<fieldset className="rounded-lg border border-border p-4">
					<legend className="px-1 font-semibold">{t.lessonDetails}</legend>
					<div className="grid gap-4 sm:grid-cols-2">
						<div className="sm:col-span-2">
							<Label htmlFor={title.id}>{t.lessonEditorTitleLabel}</Label>
							<input
								id={title.id}
								data-testid="lesson-title"
								className={inputClass}
								value={form.title}
								required
								maxLength={200}
								onChange={(e) => set("title", e.target.value)}
								{...describe(title.issuesId, title.messages)}
							/>
							<FieldIssues id={title.issuesId} messages={title.messages} />
						</div>
						<div>
							<Label htmlFor={type.id}>{t.lessonEditorTypeLabel}</Label>
							<select
								id={type.id}
								data-testid="lesson-type"
								className={inputClass}
								value={form.type}
								onChange={(e) => {
									set("type", e.target.value as LessonType);
									setPreview(false);
								}}
								{...describe(type.issuesId, type.messages, `${type.id}-hint`)}
							>
								{lessonTypeValues.map((value) => (
									<option key={value} value={value}>
										{t.lessonTypes[value] ?? value}
									</option>
								))}
							</select>
							<p
								id={`${type.id}-hint`}
								className="mt-1 text-xs text-muted-foreground"
							>
								{t.lessonTypeHint}
							</p>
							<FieldIssues id={type.issuesId} messages={type.messages} />
						</div>
						<div>
							<Label htmlFor={section.id}>{t.lessonSectionLabel}</Label>
							<select
								id={section.id}
								data-testid="lesson-section"
								className={inputClass}
								value={form.sectionId}
								onChange={(e) => set("sectionId", e.target.value)}
								{...describe(section.issuesId, section.messages)}
							>
								<option value="">{t.lessonNoSection}</option>
								{course.sections.map((s) => (
									<option key={s.id} value={s.id}>
										{s.title}
									</option>
								))}
							</select>
							<FieldIssues id={section.issuesId} messages={section.messages} />
						</div>
						<div>
							<Label htmlFor={duration.id}>{t.lessonDurationLabel}</Label>
							<input
								id={duration.id}
								data-testid="lesson-duration"
								type="number"
								inputMode="numeric"
								min={0}
								max={10000}
								step={1}
								className={inputClass}
								value={form.durationMins}
								onChange={(e) => set("durationMins", e.target.value)}
								{...describe(duration.issuesId, duration.messages)}
							/>
							<FieldIssues
								id={duration.issuesId}
								messages={duration.messages}
							/>
						</div>
						<div className="flex items-end pb-2">
							<label className="flex items-center gap-2 text-sm">
								<input
									type="checkbox"
									data-testid="lesson-free-preview"
									className={checkClass}
									checked={form.isFreePreview}
									onChange={(e) => set("isFreePreview", e.target.checked)}
								/>
								{t.lessonFreePreviewLabel}
							</label>
						</div>
					</div>
				</fieldset>

				{isVideo ? (
					<fieldset className="rounded-lg border border-border p-4">
						<legend className="px-1 font-semibold">
							{t.lessonVideoLegend}
						</legend>
						<div className="grid gap-4">
							<div>
								<Label htmlFor={video.id}>{t.lessonVideoUrlLabel}</Label>
								<input
									id={video.id}
									data-testid="lesson-video-url"
									type="url"
									className={inputClass}
									value={form.videoUrl}
									onChange={(e) => set("videoUrl", e.target.value)}
									{...describe(
										video.issuesId,
										video.messages,
										`${video.id}-hint`,
									)}
								/>
								<p
									id={`${video.id}-hint`}
									className="mt-1 text-xs text-muted-foreground"
								>
									{t.lessonVideoUrlHint}
								</p>
								<FieldIssues id={video.issuesId} messages={video.messages} />
							</div>
							<div>
								<Label htmlFor={captions.id}>{t.lessonCaptionsUrlLabel}</Label>
								<input
									id={captions.id}
									data-testid="lesson-captions-url"
									type="url"
									className={inputClass}
									value={form.captionsUrl}
									onChange={(e) => set("captionsUrl", e.target.value)}
									{...describe(captions.issuesId, captions.messages)}
								/>
								<FieldIssues
									id={captions.issuesId}
									messages={captions.messages}
								/>
							</div>
							<VideoPreview
								title={form.title}
								videoUrl={form.videoUrl}
								captionsUrl={form.captionsUrl}
							/>
						</div>
					</fieldset>
				) : null}

				{isQuiz ? (
					<section aria-labelledby={`${uid}-quiz`}>
						<h2 id={`${uid}-quiz`} className="mb-3 text-xl font-semibold">
							{t.quizBuilderTitle}
						</h2>
						<FieldIssues id={content.issuesId} messages={content.messages} />
						<QuizBuilder
							value={form.quiz}
							issues={issues.quiz}
							onChange={(fn) => change((f) => ({ ...f, quiz: fn(f.quiz) }))}
						/>
					</section>
				) : (
					<div>
						<div className="mb-1 flex items-center justify-between gap-2">
							{preview ? (
								<span
									id={`${content.id}-label`}
									className="text-sm font-medium"
								>
									{t.lessonBodyLabel}
								</span>
							) : (
								<label
									htmlFor={content.id}
									id={`${content.id}-label`}
									className="text-sm font-medium"
								>
									{t.lessonBodyLabel}
								</label>
							)}
							<button
								type="button"
								data-testid="markdown-preview-toggle"
								aria-pressed={preview}
								className={buttonClass("outline", "sm")}
								onClick={() => setPreview((p) => !p)}
							>
								{t.markdownShowPreview}
							</button>
						</div>
						{preview ? (
							<section
								data-testid="markdown-preview"
								aria-labelledby={`${content.id}-label`}
								className="min-h-40 rounded-md border border-border bg-background p-4"
							>
								{form.body.trim() ? (
									<Markdown>{form.body}</Markdown>
								) : (
									<p className="text-sm text-muted-foreground">
										{t.markdownPreviewEmpty}
									</p>
								)}
							</section>
						) : (
							<textarea
								id={content.id}
								data-testid="lesson-body"
								className={cn(textareaClass, "min-h-60 font-mono")}
								value={form.body}
								onChange={(e) => set("body", e.target.value)}
								{...describe(content.issuesId, content.messages)}
							/>
						)}
						<FieldIssues id={content.issuesId} messages={content.messages} />
					</div>
				)}

				<fieldset className="rounded-lg border border-border p-4">
					<legend className="px-1 font-semibold">{t.resources}</legend>
					<FieldIssues
						id={`${uid}-resources-issues`}
						messages={fieldIssues.resources}
					/>
					{form.resources.length === 0 ? (
						<p className="mb-3 text-sm text-muted-foreground">
							{t.noResources}
						</p>
					) : (
						<ol className="m-0 mb-3 flex list-none flex-col gap-3 p-0">
							{form.resources.map((row, i) => {
								const at = resourceBodyIndex(form, row.id);
								const labelIssues =
									at >= 0 ? fieldIssues[`resources.${at}.label`] : undefined;
								const urlIssues =
									at >= 0 ? fieldIssues[`resources.${at}.url`] : undefined;
								const rid = `${uid}-resource-${row.id}`;
								return (
									<li
										key={row.id}
										data-testid="resource-row"
										className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-start"
									>
										<div>
											<label htmlFor={`${rid}-label`} className="sr-only">
												{t.resourceLabelLabel(i + 1)}
											</label>
											<input
												id={`${rid}-label`}
												data-testid="resource-label"
												className={inputClass}
												placeholder={t.resourceLabelLabel(i + 1)}
												value={row.label}
												onChange={(e) =>
													change((f) =>
														updateResource(f, row.id, {
															label: e.target.value,
														}),
													)
												}
												{...describe(`${rid}-label-issues`, labelIssues)}
											/>
											<FieldIssues
												id={`${rid}-label-issues`}
												messages={labelIssues}
											/>
										</div>
										<div>
											<label htmlFor={`${rid}-url`} className="sr-only">
												{t.resourceUrlLabel(i + 1)}
											</label>
											<input
												id={`${rid}-url`}
												data-testid="resource-url"
												type="url"
												className={inputClass}
												placeholder="https://"
												value={row.url}
												onChange={(e) =>
													change((f) =>
														updateResource(f, row.id, { url: e.target.value }),
													)
												}
												{...describe(`${rid}-url-issues`, urlIssues)}
											/>
											<FieldIssues
												id={`${rid}-url-issues`}
												messages={urlIssues}
											/>
										</div>
										<button
											type="button"
											data-testid="remove-resource"
											className={buttonClass("ghost", "md")}
											aria-label={t.removeResource(i + 1)}
											title={t.removeResource(i + 1)}
											onClick={() => change((f) => removeResource(f, row.id))}
										>
											<span aria-hidden="true">×</span>
										</button>
									</li>
								);
							})}
						</ol>
					)}
					<button
						type="button"
						data-testid="add-resource"
						className={buttonClass("outline", "sm")}
						onClick={() => change(addResource)}
					>
						{t.addResource}
					</button>
				</fieldset>

				{serverMessage ? (
					<p
						role="alert"
						data-testid="lesson-form-error"
						className="rounded-md border border-destructive p-3 text-sm text-destructive"
					>
						{serverMessage}
					</p>
				) : null}
				{saved ? (
					<p
						role="status"
						data-testid="lesson-saved"
						className="text-sm text-muted-foreground"
					>
						{t.lessonSaved}
					</p>
				) : null}

				<div className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
					<button
						type="submit"
						data-testid="lesson-save"
						className={buttonClass()}
						disabled={saving}
						aria-busy={saving || undefined}
					>
						{saving ? t.savingLesson : isNew ? t.createLesson : t.saveLesson}
					</button>
					{lesson ? (
						<button
							type="button"
							data-testid="lesson-delete"
							className={cn(
								buttonClass("outline"),
								"border-destructive text-destructive hover:bg-destructive/10",
							)}
							disabled={remove.isPending}
							onClick={onDelete}
						>
							{remove.isPending ? t.deletingLesson : t.deleteLesson}
						</button>
					) : null}
				</div>
			</form>
		</PageShell>
	);
}

function LoadingShell() {
	const { t } = useSchool();
	return (
		<PageShell testId={TEST_ID} className="max-w-4xl">
			<span className="sr-only" role="status">
				{t.loading}
			</span>
			<Skeleton className="mb-4 h-9 w-1/3" />
			<Skeleton className="h-96 w-full" />
		</PageShell>
	);
}

function ErrorShell({ message }: { message: string }) {
	return (
		<PageShell testId={TEST_ID} className="max-w-4xl">
			<p role="alert" className="text-destructive">
				{message}
			</p>
		</PageShell>
	);
}

const isMissing = (error: unknown) =>
	error instanceof SchoolApiError &&
	(error.status === 404 || error.status === 403);

function LessonEditorLoader({
	courseId,
	lessonId,
	sectionId,
}: {
	courseId: string;
	lessonId: string;
	sectionId?: string;
}) {
	const { t } = useSchool();
	const isNew = lessonId === "new";
	const { list, summary, detail } = useEditableCourse(courseId);
	const lesson = useEditableLesson(isNew ? undefined : lessonId);

	if (list.isPending) return <LoadingShell />;
	if (list.error) return <ErrorShell message={list.error.message} />;
	if (!summary || isMissing(detail.error))
		return <NotFoundState title={t.courseNotFound} />;
	if (detail.error) return <ErrorShell message={detail.error.message} />;
	if (
		!isNew &&
		(isMissing(lesson.error) ||
			(lesson.data && lesson.data.courseId !== courseId))
	)
		return <NotFoundState title={t.lessonNotFound} />;
	if (!isNew && lesson.error)
		return <ErrorShell message={lesson.error.message} />;
	if (!detail.data || (!isNew && !lesson.data)) return <LoadingShell />;
	return (
		<LessonForm
			key={lessonId}
			courseId={courseId}
			course={detail.data}
			lesson={isNew ? null : (lesson.data ?? null)}
			sectionId={sectionId}
		/>
	);
}

/**
 * The lesson editor (`lessonId` "new" creates): lesson fields, a Markdown body with preview,
 * a video URL with a live player preview, resources, and the quiz builder for quiz lessons.
 * Instructors and admins only; the server checks ownership on every call.
 */
export function LessonEditorPage({
	courseId,
	lessonId,
	sectionId,
}: {
	courseId: string;
	lessonId: string;
	/** For a new lesson: the section to put it in (the link's `?sectionId=`). */
	sectionId?: string;
}) {
	const { t, paths, signInUrl, navigate } = useSchool();
	const viewer = useSchoolViewer();
	const user = viewer.data?.user;
	const signedOut = viewer.data ? !viewer.data.user : false;

	// Signed-out visitors are sent to the app's sign-in page, then back here.
	useEffect(() => {
		if (signedOut && signInUrl)
			void navigate(signInUrl(paths.lessonEditor(courseId, lessonId)));
	}, [signedOut, signInUrl, navigate, paths, courseId, lessonId]);

	if (viewer.isPending) return <LoadingShell />;
	if (viewer.error) return <ErrorShell message={viewer.error.message} />;
	if (!user)
		return (
			<PageShell testId={TEST_ID} className="max-w-4xl">
				<p role="status">{t.lessonEditorSignIn}</p>
			</PageShell>
		);
	if (!user.isInstructor && !user.isAdmin)
		return (
			<PageShell testId={TEST_ID} className="max-w-4xl">
				<div
					data-testid="instructor-forbidden"
					role="alert"
					className="rounded-lg border border-border bg-card p-8 text-center"
				>
					<p className="mb-4">{t.lessonEditorForbidden}</p>
					<SchoolLink href={paths.catalog()} className={buttonClass("outline")}>
						{t.backToCatalog}
					</SchoolLink>
				</div>
			</PageShell>
		);
	return (
		<LessonEditorLoader
			courseId={courseId}
			lessonId={lessonId}
			sectionId={sectionId}
		/>
	);
}
