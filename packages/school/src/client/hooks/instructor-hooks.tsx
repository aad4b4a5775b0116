"use client";
import {
	keepPreviousData,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import { SCHOOL_QUERY_KEYS } from "../../api/query-key-defs";
import type {
	CreateCourseInput,
	CreateLessonInput,
	CreateSectionInput,
	CurriculumInput,
	UpdateCourseInput,
	UpdateLessonInput,
	UpdateSectionInput,
} from "../../schemas";
import type {
	CourseAnalytics,
	CourseDetail,
	CourseSummary,
	InstructorCourseStats,
	LessonDetail,
	Roster,
	Section,
} from "../../types";
import { apiUrl, schoolFetch } from "../fetcher";
import { useApiTarget } from "./use-school";

/**
 * React Query hooks for the instructor side. The server checks every call (owner or admin);
 * these hooks only shape requests and keep the caches fresh after writes.
 */

/** The instructor's courses (an admin's: all) with enrollment statistics. */
export function useInstructorCourses() {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.instructorCourses(),
		queryFn: () =>
			schoolFetch<{ items: InstructorCourseStats[]; total: number }>(
				target,
				"/school/instructor/courses",
				{
					query: { limit: 100 },
				},
			),
		retry: false,
	});
}

/** A course being edited, by id: found through the instructor list, then loaded by slug (any status). */
export function useEditableCourse(courseId: string | undefined) {
	const target = useApiTarget();
	const list = useInstructorCourses();
	const summary = list.data?.items.find((c) => c.id === courseId);
	const detail = useQuery({
		queryKey: [...SCHOOL_QUERY_KEYS.course(summary?.slug ?? ""), "edit"],
		enabled: !!summary,
		queryFn: () =>
			schoolFetch<CourseDetail>(
				target,
				`/school/courses/${encodeURIComponent(summary?.slug ?? "")}`,
			),
		retry: false,
	});
	return { list, summary, detail };
}

function useInvalidateInstructor() {
	const queryClient = useQueryClient();
	return () =>
		queryClient.invalidateQueries({ queryKey: SCHOOL_QUERY_KEYS.all() });
}

export function useCreateCourse() {
	const target = useApiTarget();
	const invalidate = useInvalidateInstructor();
	return useMutation({
		mutationFn: (input: CreateCourseInput) =>
			schoolFetch<CourseSummary>(target, "/school/courses", {
				method: "POST",
				body: input,
			}),
		onSuccess: invalidate,
	});
}

export function useUpdateCourse() {
	const target = useApiTarget();
	const invalidate = useInvalidateInstructor();
	return useMutation({
		mutationFn: ({ id, input }: { id: string; input: UpdateCourseInput }) =>
			schoolFetch<CourseSummary>(target, `/school/courses/${id}`, {
				method: "PATCH",
				body: input,
			}),
		onSuccess: invalidate,
	});
}

export function useDeleteCourse() {
	const target = useApiTarget();
	const invalidate = useInvalidateInstructor();
	return useMutation({
		mutationFn: (id: string) =>
			schoolFetch<{ ok: true }>(target, `/school/courses/${id}`, {
				method: "DELETE",
			}),
		onSuccess: invalidate,
	});
}

export function useSectionMutations(courseId: string) {
	const target = useApiTarget();
	const invalidate = useInvalidateInstructor();
	return {
		create: useMutation({
			mutationFn: (input: CreateSectionInput) =>
				schoolFetch<Section>(target, `/school/courses/${courseId}/sections`, {
					method: "POST",
					body: input,
				}),
			onSuccess: invalidate,
		}),
		update: useMutation({
			mutationFn: ({ id, input }: { id: string; input: UpdateSectionInput }) =>
				schoolFetch<Section>(target, `/school/sections/${id}`, {
					method: "PATCH",
					body: input,
				}),
			onSuccess: invalidate,
		}),
		remove: useMutation({
			mutationFn: (id: string) =>
				schoolFetch<{ ok: true }>(target, `/school/sections/${id}`, {
					method: "DELETE",
				}),
			onSuccess: invalidate,
		}),
	};
}

export function useLessonMutations(courseId: string) {
	const target = useApiTarget();
	const invalidate = useInvalidateInstructor();
	return {
		create: useMutation({
			mutationFn: (input: CreateLessonInput) =>
				schoolFetch<LessonDetail>(
					target,
					`/school/courses/${courseId}/lessons`,
					{ method: "POST", body: input },
				),
			onSuccess: invalidate,
		}),
		update: useMutation({
			mutationFn: ({ id, input }: { id: string; input: UpdateLessonInput }) =>
				schoolFetch<LessonDetail>(target, `/school/lessons/${id}`, {
					method: "PATCH",
					body: input,
				}),
			onSuccess: invalidate,
		}),
		remove: useMutation({
			mutationFn: (id: string) =>
				schoolFetch<{ ok: true }>(target, `/school/lessons/${id}`, {
					method: "DELETE",
				}),
			onSuccess: invalidate,
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
	const invalidate = useInvalidateInstructor();
	return useMutation({
		mutationFn: (input: CurriculumInput) =>
			schoolFetch<CourseDetail>(
				target,
				`/school/courses/${courseId}/curriculum`,
				{
					method: "PUT",
					body: input,
				},
			),
		onSuccess: (saved) => {
			queryClient.setQueryData(
				[...SCHOOL_QUERY_KEYS.course(saved.slug), "edit"],
				saved,
			);
			return invalidate();
		},
	});
}

export function useRoster(courseId: string, offset: number, limit = 20) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.roster(courseId, offset),
		queryFn: () =>
			schoolFetch<Roster>(
				target,
				`/school/instructor/courses/${courseId}/students`,
				{ query: { offset, limit } },
			),
		// Keep showing the current page while the next one loads.
		placeholderData: keepPreviousData,
		retry: false,
	});
}

/** The roster CSV download URL (the browser sends the session cookie with it). */
export function useRosterCsvUrl(courseId: string) {
	const target = useApiTarget();
	return apiUrl(target, `/school/instructor/courses/${courseId}/students`, {
		format: "csv",
	});
}

export function useCourseAnalytics(courseId: string) {
	const target = useApiTarget();
	return useQuery({
		queryKey: SCHOOL_QUERY_KEYS.analytics(courseId),
		queryFn: () =>
			schoolFetch<CourseAnalytics>(
				target,
				`/school/instructor/courses/${courseId}/analytics`,
			),
		retry: false,
	});
}

/** A lesson with everything (owners see quiz answer keys) for the lesson editor. */
export function useEditableLesson(lessonId: string | undefined) {
	const target = useApiTarget();
	return useQuery({
		queryKey: [...SCHOOL_QUERY_KEYS.lesson(lessonId ?? ""), "edit"],
		enabled: !!lessonId && lessonId !== "new",
		queryFn: () =>
			schoolFetch<LessonDetail>(target, `/school/lessons/${lessonId}`),
		retry: false,
	});
}
