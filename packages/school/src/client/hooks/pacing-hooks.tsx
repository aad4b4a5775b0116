"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
	BulkEnrollInput,
	BulkEnrollReport,
} from "../../api/operations/bulk-enroll.js";
import type { CourseExport } from "../../api/operations/course-transfer.js";
import type { CourseSummary } from "../../types.js";
import { schoolFetch } from "../fetcher.js";
import { schoolCacheUpdates as updates } from "../queries/index.js";
import { useApiTarget } from "./use-school.js";

/**
 * Managing learners and courses (#19): bulk enrollment, duplicate, export, import. The server
 * checks every call (the course's managers; overrides for admins only).
 */

const enc = encodeURIComponent;

/** Largest batch the bulk endpoint takes: a long list is sent in requests of this many. */
export const BULK_BATCH = 1000;

/** The emails in pasted text or a CSV file: every cell that looks like one, lower-cased, once. */
export function emailsFrom(text: string): string[] {
	const cells = text.split(/[\s,;"]+/).map((c) => c.trim().toLowerCase());
	return [
		...new Set(cells.filter((c) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c))),
	];
}

/** One batch of `POST /school/courses/:id/enrollments` (a dry run with `dryRun: true`). */
export function useBulkEnroll(courseId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (input: BulkEnrollInput) =>
			schoolFetch<BulkEnrollReport>(
				target,
				`/school/courses/${enc(courseId)}/enrollments`,
				{ method: "POST", body: input },
			),
		onSuccess: (report) => {
			// New learners change the roster, analytics and the course's counters.
			if (!report.dryRun) void queryClient.invalidateQueries();
		},
	});
}

export function useDuplicateCourse(courseId: string) {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: () =>
			schoolFetch<CourseSummary>(
				target,
				`/school/courses/${enc(courseId)}/duplicate`,
				{ method: "POST" },
			),
		onSuccess: () => updates.courseCreated(queryClient),
	});
}

export function useExportCourse(courseId: string) {
	const target = useApiTarget();
	return useMutation({
		mutationFn: () =>
			schoolFetch<CourseExport>(
				target,
				`/school/courses/${enc(courseId)}/export`,
			),
	});
}

export function useImportCourse() {
	const target = useApiTarget();
	const queryClient = useQueryClient();
	return useMutation({
		mutationFn: (file: unknown) =>
			schoolFetch<CourseSummary>(target, "/school/courses/import", {
				method: "POST",
				body: file,
			}),
		onSuccess: () => updates.courseCreated(queryClient),
	});
}
