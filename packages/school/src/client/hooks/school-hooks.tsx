"use client";
import {
	keepPreviousData,
	useMutation,
	useQuery,
	useQueryClient,
	useSuspenseQuery,
} from "@tanstack/react-query";
import type { AnswerValue, GradeResult } from "../../quiz.js";
import type { CatalogQuery } from "../../schemas.js";
import type {
	ProgressUpdate,
	SerializedEnrollment,
	SerializedQuizAttempt,
} from "../../types.js";
import { schoolFetch } from "../fetcher.js";
import { schoolCacheUpdates } from "../queries/index.js";
import { useApiTarget, useSchoolQueries } from "./use-school.js";

/**
 * React Query hooks for the learner side. Reads come from the query table (`schoolQueries`),
 * which the route loaders prefetch too; writes update the keys they change
 * (`schoolCacheUpdates`) and nothing else.
 */

const enc = encodeURIComponent;

/** The published catalog for the given filters; keeps the previous page while the next loads. */
export function useCourses(params: CatalogQuery = {}) {
	return useQuery({
		...useSchoolQueries().catalog(params),
		placeholderData: keepPreviousData,
	});
}

/** Facet counts under the catalog's active filters; keeps the previous counts while new ones load. */
export function useCourseFacets(filters: CatalogQuery = {}) {
	return useQuery({
		...useSchoolQueries().facets(filters),
		placeholderData: keepPreviousData,
	});
}

/** One course with its outline; `data` is null when the course does not exist (or is hidden). */
export function useCourse(slug: string) {
	return useSuspenseQuery(useSchoolQueries().course(slug));
}

/** A lesson; the query errors with status 401/403 when the caller may not open it. */
export function useLesson(
	lessonId: string,
	options: { enabled?: boolean } = {},
) {
	return useQuery({
		...useSchoolQueries().lesson(lessonId),
		enabled: options.enabled ?? true,
	});
}

/**
 * My relation to a course: signed in or not, my enrollment with per-lesson progress, and
 * whether I may manage it. One request that always answers 200 for a visible course.
 */
export function useEnrollment(courseId: string | undefined) {
	return useQuery({
		...useSchoolQueries().enrollment(courseId ?? ""),
		enabled: !!courseId,
	});
}

/** Who is signed in, as the school sees it (null when signed out). */
export function useSchoolViewer() {
	return useQuery(useSchoolQueries().viewer());
}

/** Course progress derived from the enrollment: completed lessons, total and percentage. */
export function useCourseProgress(courseId: string | undefined) {
	const enrollment = useEnrollment(courseId);
	const data = enrollment.data?.enrollment;
	return {
		...enrollment,
		progress: data
			? {
					pct: data.progressPct,
					completed: data.completedLessons,
					total: data.totalLessons,
					completedIds: new Set(
						data.lessons.filter((l) => l.completed).map((l) => l.lessonId),
					),
				}
			: null,
	};
}

/** A POST that changes one enrollment; the learner's progress on its course is re-read after. */
function useEnrollmentPost(path: (id: string) => string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (id: string) =>
			schoolFetch<SerializedEnrollment>(target, path(id), { method: "POST" }),
		onSuccess: (enrollment) =>
			schoolCacheUpdates.learnerProgressChanged(
				queryClient,
				enrollment.courseId,
			),
	});
}

/** Enrolls the viewer on a course (`mutate(courseId)`). */
export function useEnroll() {
	return useEnrollmentPost(
		(courseId) => `/school/courses/${enc(courseId)}/enroll`,
	);
}

/** Cancels one of the viewer's enrollments (`mutate(enrollmentId)`). */
export function useCancelEnrollment() {
	return useEnrollmentPost(
		(enrollmentId) => `/school/enrollments/${enc(enrollmentId)}/cancel`,
	);
}

/** Lesson progress: mark complete, and the (throttled by the caller) video position heartbeat. */
export function useLessonProgress(courseId: string, lessonId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	const complete = useMutation({
		mutationFn: () =>
			schoolFetch<ProgressUpdate>(
				target,
				`/school/lessons/${enc(lessonId)}/complete`,
				{ method: "POST" },
			),
		onSuccess: () =>
			schoolCacheUpdates.learnerProgressChanged(queryClient, courseId),
	});
	// The position only seeds the player next time: no cached view shows it.
	const savePosition = useMutation({
		mutationFn: ({
			positionSecs,
			keepalive,
		}: {
			positionSecs: number;
			keepalive?: boolean;
		}) =>
			schoolFetch<{ ok: true }>(
				target,
				`/school/lessons/${enc(lessonId)}/position`,
				{ method: "PUT", body: { positionSecs }, keepalive },
			),
	});
	return { complete, savePosition };
}

export interface QuizSubmission extends GradeResult {
	attempt: SerializedQuizAttempt;
	passMark: number;
	attemptsLeft: number | null;
	progress: ProgressUpdate | null;
}

export function useSubmitQuiz(courseId: string, lessonId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (answers: { questionId: string; answer: AnswerValue }[]) =>
			schoolFetch<QuizSubmission>(
				target,
				`/school/lessons/${enc(lessonId)}/attempts`,
				{ method: "POST", body: { answers } },
			),
		onSuccess: () =>
			schoolCacheUpdates.quizSubmitted(queryClient, courseId, lessonId),
	});
}

export function useQuizAttempts(
	lessonId: string,
	options: { enabled?: boolean } = {},
) {
	return useQuery({
		...useSchoolQueries().attempts(lessonId),
		enabled: options.enabled ?? true,
	});
}

/** A certificate by id; `data` is null when no certificate has this id. */
export function useCertificate(certificateId: string) {
	return useSuspenseQuery(useSchoolQueries().certificate(certificateId));
}

export function useMyEnrollments(options: { enabled?: boolean } = {}) {
	return useQuery({
		...useSchoolQueries().myEnrollments(),
		enabled: options.enabled ?? true,
	});
}
