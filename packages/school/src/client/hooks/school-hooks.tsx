"use client";
import {
	keepPreviousData,
	useMutation,
	useQuery,
	useQueryClient,
	useSuspenseQuery,
} from "@tanstack/react-query";
import { SCHOOL_QUERY_KEYS } from "../../api/query-key-defs";
import type { AnswerValue, GradeResult } from "../../quiz";
import { type CatalogQuery, catalogQuerySchema } from "../../schemas";
import type {
	Certificate,
	CourseAccess,
	CourseDetail,
	CourseFacets,
	CourseList,
	LessonDetail,
	PortalEntry,
	ProgressUpdate,
	SchoolViewer,
	SerializedEnrollment,
	SerializedQuizAttempt,
} from "../../types";
import { orNullOn404, schoolFetch } from "../fetcher";
import { useApiTarget } from "./use-school";

/**
 * React Query hooks for the school API. They read the API location and headers from the
 * app's overrides, and share query keys with the server loaders and `prefetchForRoute`.
 */

/** The published catalog for the given filters; keeps the previous page while the next loads. */
export function useCourses(params: CatalogQuery = {}) {
	const target = useApiTarget();
	const query = catalogQuerySchema.parse(params);
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.catalog(query),
		queryFn: () =>
			schoolFetch<CourseList>(target, "/school/courses", { query }),
		placeholderData: keepPreviousData,
	});
}

export function useCourseFacets() {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.facets(),
		queryFn: () => schoolFetch<CourseFacets>(target, "/school/courses/facets"),
		staleTime: 60_000,
	});
}

/** One course with its outline; `data` is null when the course does not exist (or is hidden). */
export function useCourse(slug: string) {
	const target = useApiTarget();
	return useSuspenseQuery({
		queryKey: SCHOOL_QUERY_KEYS.course(slug),
		queryFn: () =>
			orNullOn404(
				schoolFetch<CourseDetail>(
					target,
					`/school/courses/${encodeURIComponent(slug)}`,
				),
			),
	});
}

/** A lesson; the query errors with status 401/403 when the caller may not open it. */
export function useLesson(
	lessonId: string,
	options: { enabled?: boolean } = {},
) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.lesson(lessonId),
		enabled: options.enabled ?? true,
		queryFn: () =>
			schoolFetch<LessonDetail>(
				target,
				`/school/lessons/${encodeURIComponent(lessonId)}`,
			),
		retry: false,
	});
}

/**
 * My relation to a course: signed in or not, my enrollment with per-lesson progress, and
 * whether I may manage it. One request that always answers 200 for a visible course.
 */
export function useEnrollment(courseId: string | undefined) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.enrollment(courseId ?? ""),
		enabled: !!courseId,
		retry: false,
		queryFn: () =>
			schoolFetch<CourseAccess>(target, `/school/courses/${courseId}/access`),
	});
}

/** Who is signed in, as the school sees it (null when signed out). */
export function useSchoolViewer() {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.viewer(),
		queryFn: () => schoolFetch<SchoolViewer>(target, "/school/me"),
		staleTime: 30_000,
	});
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

function useInvalidateLearner() {
	const queryClient = useQueryClient();
	return (courseId: string) =>
		Promise.all([
			queryClient.invalidateQueries({
				queryKey: SCHOOL_QUERY_KEYS.enrollment(courseId),
			}),
			queryClient.invalidateQueries({
				queryKey: SCHOOL_QUERY_KEYS.myEnrollments(),
			}),
		]);
}

export function useEnroll() {
	const target = useApiTarget();
	const invalidate = useInvalidateLearner();
	return useMutation({
		mutationFn: (courseId: string) =>
			schoolFetch<SerializedEnrollment>(
				target,
				`/school/courses/${courseId}/enroll`,
				{ method: "POST" },
			),
		onSuccess: (enrollment) => invalidate(enrollment.courseId),
	});
}

export function useCancelEnrollment() {
	const target = useApiTarget();
	const invalidate = useInvalidateLearner();
	return useMutation({
		mutationFn: (enrollmentId: string) =>
			schoolFetch<SerializedEnrollment>(
				target,
				`/school/enrollments/${enrollmentId}/cancel`,
				{ method: "POST" },
			),
		onSuccess: (enrollment) => invalidate(enrollment.courseId),
	});
}

/** Lesson progress: mark complete, and the (throttled by the caller) video position heartbeat. */
export function useLessonProgress(courseId: string, lessonId: string) {
	const target = useApiTarget();
	const invalidate = useInvalidateLearner();
	const complete = useMutation({
		mutationFn: () =>
			schoolFetch<ProgressUpdate>(
				target,
				`/school/lessons/${lessonId}/complete`,
				{ method: "POST" },
			),
		onSuccess: () => invalidate(courseId),
	});
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
				`/school/lessons/${lessonId}/position`,
				{
					method: "PUT",
					body: { positionSecs },
					keepalive,
				},
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
	const invalidate = useInvalidateLearner();
	return useMutation({
		mutationFn: (answers: { questionId: string; answer: AnswerValue }[]) =>
			schoolFetch<QuizSubmission>(
				target,
				`/school/lessons/${lessonId}/attempts`,
				{
					method: "POST",
					body: { answers },
				},
			),
		onSuccess: () =>
			Promise.all([
				invalidate(courseId),
				queryClient.invalidateQueries({
					queryKey: SCHOOL_QUERY_KEYS.attempts(lessonId),
				}),
			]),
	});
}

export function useQuizAttempts(
	lessonId: string,
	options: { enabled?: boolean } = {},
) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.attempts(lessonId),
		enabled: options.enabled ?? true,
		queryFn: () =>
			schoolFetch<{ items: SerializedQuizAttempt[] }>(
				target,
				`/school/lessons/${lessonId}/attempts`,
			),
		retry: false,
	});
}

export function useCertificate(certificateId: string) {
	const target = useApiTarget();
	return useSuspenseQuery({
		queryKey: SCHOOL_QUERY_KEYS.certificate(certificateId),
		queryFn: () =>
			orNullOn404(
				schoolFetch<Certificate>(
					target,
					`/school/certificates/${encodeURIComponent(certificateId)}`,
				),
			),
	});
}

export function useMyEnrollments(options: { enabled?: boolean } = {}) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.myEnrollments(),
		enabled: options.enabled ?? true,
		queryFn: () =>
			schoolFetch<{ items: PortalEntry[]; total: number }>(
				target,
				"/school/me/enrollments",
				{ query: { limit: 100 } },
			),
		retry: false,
	});
}
