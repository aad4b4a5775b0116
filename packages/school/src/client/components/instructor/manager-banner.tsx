"use client";
import type { CourseDetail } from "../../../types.js";
import { useCourseProgress } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { StatusBadge } from "./status-badge.js";

/**
 * At the top of a course page, for the course's managers only: what learners see of it ("Draft —
 * only you can see this") and a way back to the editor. It reads the same access query as the
 * page's enroll area (`canManage`), so it costs no request of its own.
 */
export function ManagerBanner({ course }: { course: CourseDetail }) {
	const { t, paths } = useSchool();
	const { data } = useCourseProgress(course.id);
	if (!data?.canManage) return null;
	const text =
		course.status === "draft"
			? t.managerBannerDraft
			: course.status === "archived"
				? t.managerBannerArchived
				: t.managerBannerPublished;
	return (
		<section
			aria-label={t.managerEditCourse}
			data-testid="manager-banner"
			data-status={course.status}
			className={cn(
				"mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3 text-sm",
				course.status === "published"
					? "border-border bg-muted/40"
					: "border-dashed border-foreground/40 bg-muted",
			)}
		>
			<p className="flex flex-wrap items-center gap-2">
				<StatusBadge status={course.status} />
				<span>{text}</span>
			</p>
			<SchoolLink
				href={paths.courseEditor(course.id)}
				className={buttonClass("outline", "sm")}
				data-testid="manager-edit-course"
			>
				{t.managerEditCourse}
			</SchoolLink>
		</section>
	);
}
