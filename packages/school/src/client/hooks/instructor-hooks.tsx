"use client";
import {
	keepPreviousData,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import type {
	InstructorCoursesParams,
	RosterParams,
} from "../../api/query-key-defs.js";
import type {
	CreateCourseInput,
	CreateLessonInput,
	CreateSectionInput,
	CurriculumInput,
	UpdateCourseInput,
	UpdateLessonInput,
	UpdateSectionInput,
} from "../../schemas.js";
import type {
	CourseDetail,
	CourseSummary,
	InstructorCourseDetail,
	LessonDetail,
	Section,
} from "../../types.js";
import { apiUrl, isSchoolApiError, schoolFetch } from "../fetcher.js";
import { schoolCacheUpdates as updates } from "../queries/index.js";
import { useApiTarget, useSchoolQueries } from "./use-school.js";

/**
 * React Query hooks for the instructor side. The server checks every call (owner or admin);
 * these hooks only shape requests and update the keys each write changes.
 */

const enc = encodeURIComponent;

/**
 * One page of the instructor's courses (an admin's: all) with enrollment statistics, as
 * `{ items, total, limit, offset }`. Without a page: the first 100.
 */
export function useInstructorCourses(page?: InstructorCoursesParams) {
	return useQuery({
		...useSchoolQueries().instructorCourses(page),
		// Keep showing the current page while the next one loads.
		placeholderData: keepPreviousData,
	});
}

/** A course as its managers edit it, by id: the full curriculum with quiz answer keys. */
export function useInstructorCourse(courseId: string | undefined) {
	return useQuery({
		...useSchoolQueries().instructorCourse(courseId ?? ""),
		enabled: !!courseId,
	});
}

/**
 * The course editor's data, by id, from `GET /school/instructor/courses/:id`.
 * - `detail`: that query;
 * - `summary`: the course once loaded, undefined when it is missing or not the caller's to edit
 *   (404 or 403: the editors show "not found" for both);
 * - `list`: the lookup's status under its former name (the editors gate on
 *   `list.isPending` / `list.error`); `error` is null when the course is simply not found.
 */
export function useEditableCourse(courseId: string | undefined) {
	const detail = useInstructorCourse(courseId);
	const notFound =
		isSchoolApiError(detail.error) &&
		(detail.error.status === 404 || detail.error.status === 403);
	const summary: InstructorCourseDetail | undefined = detail.data;
	const list = {
		// Without an id there is nothing to wait for: the course is simply not found.
		isPending: !!courseId && detail.isPending,
		error: notFound ? null : detail.error,
	};
	return { list, summary, detail };
}

export function useCreateCourse() {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (input: CreateCourseInput) =>
			schoolFetch<CourseSummary>(target, "/school/courses", {
				method: "POST",
				body: input,
			}),
		onSuccess: () => updates.courseCreated(queryClient),
	});
}

export function useUpdateCourse() {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: ({ id, input }: { id: string; input: UpdateCourseInput }) =>
			schoolFetch<CourseSummary>(target, `/school/courses/${enc(id)}`, {
				method: "PATCH",
				body: input,
			}),
		onSuccess: (course) => updates.courseUpdated(queryClient, course),
	});
}

export function useDeleteCourse() {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (id: string) =>
			schoolFetch<{ ok: true }>(target, `/school/courses/${enc(id)}`, {
				method: "DELETE",
			}),
		onSuccess: (_ok, id) => updates.courseDeleted(queryClient, id),
	});
}

/** Sections only regroup lessons: the outline changes, the counts do not. */
export function useSectionMutations(courseId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	const changed = () => updates.curriculumChanged(queryClient, courseId);
	return {
		create: useMutation({
			mutationFn: (input: CreateSectionInput) =>
				schoolFetch<Section>(
					target,
					`/school/courses/${enc(courseId)}/sections`,
					{ method: "POST", body: input },
				),
			onSuccess: changed,
		}),
		update: useMutation({
			mutationFn: ({ id, input }: { id: string; input: UpdateSectionInput }) =>
				schoolFetch<Section>(target, `/school/sections/${enc(id)}`, {
					method: "PATCH",
					body: input,
				}),
			onSuccess: changed,
		}),
		remove: useMutation({
			mutationFn: (id: string) =>
				schoolFetch<{ ok: true }>(target, `/school/sections/${enc(id)}`, {
					method: "DELETE",
				}),
			onSuccess: changed,
		}),
	};
}

export function useLessonMutations(courseId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return {
		create: useMutation({
			mutationFn: (input: CreateLessonInput) =>
				schoolFetch<LessonDetail>(
					target,
					`/school/courses/${enc(courseId)}/lessons`,
					{ method: "POST", body: input },
				),
			onSuccess: (lesson) =>
				updates.lessonSaved(queryClient, lesson, { countsChanged: true }),
		}),
		update: useMutation({
			mutationFn: ({ id, input }: { id: string; input: UpdateLessonInput }) =>
				schoolFetch<LessonDetail>(target, `/school/lessons/${enc(id)}`, {
					method: "PATCH",
					body: input,
				}),
			// The lists show each course's total time, so a new duration changes them too.
			onSuccess: (lesson, { input }) =>
				updates.lessonSaved(queryClient, lesson, {
					countsChanged: input.durationMins !== undefined,
				}),
		}),
		remove: useMutation({
			mutationFn: (id: string) =>
				schoolFetch<{ ok: true }>(target, `/school/lessons/${enc(id)}`, {
					method: "DELETE",
				}),
			onSuccess: (_ok, id) => updates.lessonDeleted(queryClient, courseId, id),
		}),
	};
}

/**
 * Saves the whole order of sections and lessons in one validated call. The answer (the course
 * as saved) goes straight into the editor's cache, so the saved order is the new baseline at
 * once, not only after the refetch.
 */
export function useSaveCurriculum(courseId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (input: CurriculumInput) =>
			schoolFetch<CourseDetail>(
				target,
				`/school/courses/${enc(courseId)}/curriculum`,
				{ method: "PUT", body: input },
			),
		onSuccess: (saved) => updates.curriculumSaved(queryClient, saved),
	});
}

/** One roster page with its search, filters and sort. */
export function useRoster(courseId: string, params: RosterParams) {
	return useQuery({
		...useSchoolQueries().roster(courseId, params),
		// Keep showing the current page while the next one loads.
		placeholderData: keepPreviousData,
	});
}

/** One learner's lessons and quiz attempts in a course; nothing is fetched without a user id. */
export function useLearnerDetail(courseId: string, userId: string | null) {
	return useQuery({
		...useSchoolQueries().learner(courseId, userId ?? ""),
		enabled: !!userId,
	});
}

/**
 * The roster CSV download URL (the browser sends the session cookie with it): every learner
 * matching the given search and filters, whatever the page.
 */
export function useRosterCsvUrl(
	courseId: string,
	filters: Omit<RosterParams, "limit" | "offset"> = {},
) {
	const target = useApiTarget();
	return apiUrl(
		target,
		`/school/instructor/courses/${enc(courseId)}/students`,
		{ format: "csv", ...filters },
	);
}

/** A course's analytics over the last `days` days (all time without). */
export function useCourseAnalytics(courseId: string, days?: number) {
	return useQuery({
		...useSchoolQueries().analytics(courseId, days),
		placeholderData: keepPreviousData,
	});
}

/**
 * A lesson with everything (managers see quiz answer keys) for the lesson editor. It is the
 * same read, and the same cache entry, as the learner's `useLesson`.
 */
export function useEditableLesson(lessonId: string | undefined) {
	return useQuery({
		...useSchoolQueries().lesson(lessonId ?? ""),
		enabled: !!lessonId && lessonId !== "new",
	});
}
