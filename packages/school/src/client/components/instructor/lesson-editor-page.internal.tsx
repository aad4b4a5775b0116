"use client";
import { SchoolApiError } from "../../fetcher.js";
import {
	useEditableCourse,
	useEditableLesson,
} from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { NotFoundState, PageFailed } from "../shared/states.js";
import { PageLoading } from "../ui/loading-block.js";
import { InstructorGate } from "./instructor-gate.js";
import { LESSON_EDITOR_TEST_ID, LessonForm } from "./lesson-form.js";

/** Which lesson the editor opens; the route passes these from its path and query. */
export interface LessonEditorPageProps {
	courseId: string;
	/** The lesson's id, or "new" to create one. */
	lessonId: string;
	/** For a new lesson: the section to put it in (the link's `?sectionId=`). */
	sectionId?: string;
}

function LoadingShell() {
	return (
		<PageLoading
			testId={LESSON_EDITOR_TEST_ID}
			className="max-w-4xl"
			blocks={["mb-4 h-9 w-1/3", "h-96 w-full"]}
		/>
	);
}

function ErrorShell({ message }: { message: string }) {
	return (
		<PageFailed
			testId={LESSON_EDITOR_TEST_ID}
			className="max-w-4xl"
			message={message}
		/>
	);
}

const isMissing = (error: unknown) =>
	error instanceof SchoolApiError &&
	(error.status === 404 || error.status === 403);

/** Loads the course and (unless new) the lesson, then shows the form or why it cannot. */
function LessonEditorLoader({
	courseId,
	lessonId,
	sectionId,
}: LessonEditorPageProps) {
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
 * The lesson editor (`lessonId` "new" creates). Instructors and admins only (the instructor
 * gate); the server checks ownership on every call.
 */
export function LessonEditorPage(props: LessonEditorPageProps) {
	const { paths } = useSchool();
	const { courseId, lessonId } = props;
	return (
		<InstructorGate
			returnTo={paths.lessonEditor(courseId, lessonId)}
			testId={LESSON_EDITOR_TEST_ID}
			className="max-w-4xl"
		>
			{() => <LessonEditorLoader {...props} />}
		</InstructorGate>
	);
}
