"use client";
import {
	type FormEvent,
	useEffect,
	useId,
	useMemo,
	useRef,
	useState,
} from "react";
import type { CourseDetail, LessonDetail } from "../../../types.js";
import { useLessonMutations } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { SchoolLink } from "../shared/link.js";
import { PageShell } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";
import { FieldError } from "../ui/field.js";
import { MarkdownField } from "../ui/markdown-field.js";
import { useLeaveGuard } from "./leave-guard.js";
import { LessonCaptionsFields } from "./lesson-captions-fields.js";
import { LessonDetailsFields } from "./lesson-details-fields.js";
import {
	buildLessonBody,
	emptyFormIssues,
	type FormIssues,
	formFromLesson,
	formSnapshot,
	issuesFromServerError,
	type LessonFormState,
} from "./lesson-form-model.js";
import { LessonResourcesFields } from "./lesson-resources-fields.js";
import { LessonVideoFields } from "./lesson-video-fields.js";
import { QuizBuilder } from "./quiz-builder.js";
import { issueCount } from "./quiz-issues.js";

export const LESSON_EDITOR_TEST_ID = "school-lesson-editor";

/**
 * The `?sectionId=` a "new lesson" link carries (handed in by the route, not read from
 * `window.location`, which still shows the previous page during a client-side navigation),
 * kept only when it names a section of the course.
 */
function knownSection(course: CourseDetail, id: string | undefined): string {
	return id && course.sections.some((s) => s.id === id) ? id : "";
}

const errorText = (error: unknown) =>
	error instanceof Error ? error.message : String(error);

/**
 * The lesson form (`lesson` null creates one): lesson fields, a Markdown body with preview, a
 * video URL with a live player preview, resources, and the quiz builder for quiz lessons. It is
 * checked in the browser first; the server's field errors land beside their fields too.
 */
export function LessonForm({
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
	const [confirm, confirmDialog] = useConfirm();
	const isNew = !lesson;

	const [form, setForm] = useState<LessonFormState>(() =>
		formFromLesson(lesson, {
			sectionId: lesson ? undefined : knownSection(course, sectionId),
		}),
	);
	const [baseline, setBaseline] = useState(() => formSnapshot(form));
	const dirty = formSnapshot(form) !== baseline;
	const leaveGuard = useLeaveGuard(dirty, t.unsavedChanges);
	const [showIssues, setShowIssues] = useState(false);
	const [serverMessage, setServerMessage] = useState<string | null>(null);
	const [serverIssues, setServerIssues] = useState<FormIssues | null>(null);
	const [saved, setSaved] = useState(false);
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
			setServerMessage(errorText(error));
			const placed = issuesFromServerError(error, form.type);
			setServerIssues(placed);
			if (placed) setFocusIssue((n) => n + 1);
		}
	};

	const onDelete = async () => {
		if (!lesson) return;
		const ok = await confirm({
			title: t.confirmDeleteLessonTitle,
			body: t.lessonEditorConfirmDelete,
			confirmLabel: t.deleteLesson,
			destructive: true,
		});
		if (!ok) return;
		try {
			await remove.mutateAsync(lesson.id);
			setBaseline(formSnapshot(form));
			await navigate(paths.courseEditor(courseId));
		} catch (error) {
			setServerMessage(errorText(error));
		}
	};

	const contentId = `${uid}-content`;
	return (
		<PageShell testId={LESSON_EDITOR_TEST_ID} className="max-w-4xl">
			{leaveGuard}
			{confirmDialog}
			<SchoolLink
				href={paths.courseEditor(courseId)}
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

				<LessonDetailsFields
					uid={uid}
					form={form}
					course={course}
					issues={fieldIssues}
					set={set}
					onTypeChange={(type) => set("type", type)}
				/>

				{form.type === "video" ? (
					<LessonVideoFields
						uid={uid}
						title={form.title}
						videoUrl={form.videoUrl}
						captionsUrl={form.captionsUrl}
						issues={fieldIssues}
						onChange={set}
					/>
				) : null}
				{form.type === "video" ? (
					<LessonCaptionsFields
						uid={uid}
						captions={form.captions}
						issues={fieldIssues}
						onChange={(captions) => change((f) => ({ ...f, captions }))}
					/>
				) : null}

				{form.type === "quiz" ? (
					<section aria-labelledby={`${uid}-quiz`}>
						<h2 id={`${uid}-quiz`} className="mb-3 text-xl font-semibold">
							{t.quizBuilderTitle}
						</h2>
						<FieldError id={contentId} messages={fieldIssues.content} />
						<QuizBuilder
							value={form.quiz}
							issues={issues.quiz}
							onChange={(fn) => change((f) => ({ ...f, quiz: fn(f.quiz) }))}
						/>
					</section>
				) : (
					<MarkdownField
						// Remounted per type, so a quiz → text switch starts in the editor, not the preview.
						key={form.type}
						id={contentId}
						label={t.lessonBodyLabel}
						testId="lesson-body"
						rows={12}
						errors={fieldIssues.content}
						value={form.body}
						onChange={(body) => set("body", body)}
					/>
				)}

				<LessonResourcesFields
					uid={uid}
					form={form}
					issues={fieldIssues}
					change={change}
				/>

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
					<Button
						type="submit"
						data-testid="lesson-save"
						disabled={saving}
						aria-busy={saving || undefined}
					>
						{saving ? t.savingLesson : isNew ? t.createLesson : t.saveLesson}
					</Button>
					{lesson ? (
						<Button
							variant="destructive"
							data-testid="lesson-delete"
							disabled={remove.isPending}
							onClick={() => void onDelete()}
						>
							{remove.isPending ? t.deletingLesson : t.deleteLesson}
						</Button>
					) : null}
				</div>
			</form>
		</PageShell>
	);
}
