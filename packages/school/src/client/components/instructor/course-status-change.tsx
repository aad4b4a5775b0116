"use client";
import { type ReactNode, useState } from "react";
import type { CourseStatus, CourseSummary } from "../../../types.js";
import { useUpdateCourse } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { type ConfirmOptions, useConfirm } from "../ui/confirm-dialog.js";
import { useToast } from "../ui/toast.js";
import { statusLabel } from "./status-badge.js";

/** A course as the status actions need it: its enrollment count states the consequence. */
export type StatusSubject = Pick<CourseSummary, "id" | "title" | "status"> & {
	enrollments: number;
};

/**
 * The status moves offered for a course. Publishing a draft is one click (it is what drafts are
 * for, and it is undone by unpublishing); everything that takes a course away from learners or
 * the catalog asks first. An archived course is restored to a draft, never published in one
 * click.
 */
export function statusMoves(status: CourseStatus): CourseStatus[] {
	if (status === "draft") return ["published"];
	if (status === "published") return ["draft", "archived"];
	return ["draft"];
}

/**
 * The question to ask before a status change, with its consequence in numbers; null when the
 * change needs no confirmation (publishing). Shared by the dashboard and the course form.
 */
export function useStatusQuestion(): (
	course: StatusSubject,
	status: CourseStatus,
) => ConfirmOptions | null {
	const { t } = useSchool();
	return (course, status) => {
		const n = course.enrollments;
		if (status === course.status) return null;
		if (status === "archived")
			return {
				title: t.confirmArchiveTitle,
				body: t.confirmArchiveBody(course.title, n),
				confirmLabel: t.archive,
				destructive: true,
			};
		if (status === "draft" && course.status === "archived")
			return {
				title: t.confirmRestoreTitle,
				body: t.confirmRestoreBody(course.title, n),
				confirmLabel: t.restoreDraft,
			};
		if (status === "draft")
			return {
				title: t.confirmUnpublishTitle,
				body: t.confirmUnpublishBody(course.title, n),
				confirmLabel: t.unpublish,
				destructive: n > 0,
			};
		return null;
	};
}

/**
 * Changes a course's status, asking first with the consequence in numbers ("12 learners keep
 * access; the course leaves the catalog"), and reports the result as a toast. Render `dialog`
 * once in the component that uses it.
 */
export function useCourseStatusChange(): {
	change: (course: StatusSubject, status: CourseStatus) => Promise<void>;
	pendingId: string | null;
	dialog: ReactNode;
} {
	const { t } = useSchool();
	const update = useUpdateCourse();
	const toast = useToast();
	const [confirm, dialog] = useConfirm();
	const [pendingId, setPendingId] = useState<string | null>(null);
	const question = useStatusQuestion();

	const change = async (course: StatusSubject, status: CourseStatus) => {
		const ask = question(course, status);
		if (ask && !(await confirm(ask))) return;
		setPendingId(course.id);
		try {
			await update.mutateAsync({ id: course.id, input: { status } });
			toast.success(t.statusChanged(course.title, statusLabel(t, status)));
		} catch (e) {
			toast.error(
				t.statusChangeFailed(
					course.title,
					e instanceof Error ? e.message : String(e),
				),
			);
		} finally {
			setPendingId(null);
		}
	};

	return { change, pendingId, dialog };
}
