"use client";
import { useState } from "react";
import type { CourseSummary } from "../../../types.js";
import {
	useDeleteCourse,
	useUpdateCourse,
} from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";
import { statusLabel } from "./status-badge.js";

/** Deleting: refused (409) once the course has learners; then archiving is offered instead. */
export function DeleteCourse({ course }: { course: CourseSummary }) {
	const { t, paths, navigate } = useSchool();
	const remove = useDeleteCourse();
	const update = useUpdateCourse();
	const [error, setError] = useState<{
		message: string;
		archivable: boolean;
	} | null>(null);
	const [message, setMessage] = useState("");
	const [confirm, confirmDialog] = useConfirm();

	const onDelete = async () => {
		const ok = await confirm({
			title: t.confirmDeleteCourseTitle,
			body: t.confirmDeleteCourse(course.title),
			confirmLabel: t.deleteCourse,
			destructive: true,
		});
		if (!ok) return;
		setError(null);
		setMessage("");
		try {
			await remove.mutateAsync(course.id);
			void navigate(paths.instructor());
		} catch (e) {
			const status = (e as { status?: number }).status;
			setError({
				message: e instanceof Error ? e.message : String(e),
				archivable: status === 409 && course.status !== "archived",
			});
		}
	};
	const onArchive = async () => {
		try {
			await update.mutateAsync({
				id: course.id,
				input: { status: "archived" },
			});
			setError(null);
			setMessage(t.statusChanged(course.title, statusLabel(t, "archived")));
		} catch (e) {
			setError({
				message: e instanceof Error ? e.message : String(e),
				archivable: false,
			});
		}
	};

	return (
		<section
			aria-labelledby="delete-course-heading"
			data-testid="delete-course-zone"
			className="rounded-lg border border-destructive/40 p-5"
		>
			<h2 id="delete-course-heading" className="text-lg font-semibold">
				{t.deleteCourseHeading}
			</h2>
			<p className="mt-1 mb-4 max-w-2xl text-sm text-muted-foreground">
				{t.deleteCourseBody}
			</p>
			<div className="flex flex-wrap items-center gap-3">
				<Button
					variant="destructive"
					data-testid="delete-course"
					disabled={remove.isPending}
					onClick={() => void onDelete()}
				>
					{t.deleteCourse}
				</Button>
				<p role="status" className="text-sm text-muted-foreground">
					{message}
				</p>
			</div>
			{error ? (
				<div
					role="alert"
					data-testid="delete-course-error"
					className="mt-4 flex flex-wrap items-center gap-3 rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm"
				>
					<p className="flex-1 text-destructive">{error.message}</p>
					{error.archivable ? (
						<Button
							variant="outline"
							size="sm"
							data-testid="archive-instead"
							disabled={update.isPending}
							onClick={() => void onArchive()}
						>
							{t.archiveInstead}
						</Button>
					) : null}
				</div>
			) : null}
			{confirmDialog}
		</section>
	);
}
