"use client";
import type { CourseStatus } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";

export function statusLabel(
	t: ReturnType<typeof useSchool>["t"],
	status: CourseStatus,
): string {
	return status === "published"
		? t.statusPublished
		: status === "archived"
			? t.statusArchived
			: t.statusDraft;
}

/** A course status as a small badge (text, not colour alone, tells the status). */
export function StatusBadge({ status }: { status: CourseStatus }) {
	const { t } = useSchool();
	return (
		<span
			data-testid="course-status"
			data-status={status}
			className={cn(
				"inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap",
				status === "published" &&
					"border-primary/30 bg-primary/10 text-foreground",
				status === "draft" && "border-border bg-muted text-muted-foreground",
				status === "archived" &&
					"border-dashed border-border bg-background text-muted-foreground",
			)}
		>
			<span
				aria-hidden="true"
				className={cn(
					"h-1.5 w-1.5 rounded-full",
					status === "published" ? "bg-primary" : "bg-muted-foreground/60",
				)}
			/>
			{statusLabel(t, status)}
		</span>
	);
}
