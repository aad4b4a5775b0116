"use client";
import { useState } from "react";
import type { CourseStatus, InstructorCourseStats } from "../../../types.js";
import {
	useInstructorCourses,
	useUpdateCourse,
} from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { PageShell, ProgressBar, Skeleton } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { Stat, StatList } from "../ui/stat.js";
import { RowHeader, Table, TableHead, Td, Th } from "../ui/table.js";
import { InstructorGate, type InstructorViewer } from "./instructor-gate.js";
import { StatusBadge, statusLabel } from "./status-badge.js";

/** The instructor dashboard: every course the viewer manages, with its numbers and actions. */
export function InstructorDashboardPage() {
	const { paths } = useSchool();
	return (
		<InstructorGate
			returnTo={paths.instructor()}
			testId="school-instructor-dashboard"
		>
			{(viewer) => <Dashboard viewer={viewer} />}
		</InstructorGate>
	);
}

/** Totals across courses; the completion rate is over all enrollments, not an average of rates. */
export function dashboardTotals(items: InstructorCourseStats[]) {
	const enrollments = items.reduce((n, c) => n + c.enrollments, 0);
	const completions = items.reduce((n, c) => n + c.completions, 0);
	return {
		courses: items.length,
		enrollments,
		completions,
		completionRate: enrollments
			? Math.round((completions / enrollments) * 100)
			: 0,
	};
}

function Dashboard({ viewer }: { viewer: InstructorViewer }) {
	const { t, paths } = useSchool();
	const courses = useInstructorCourses();
	const update = useUpdateCourse();
	const [pendingId, setPendingId] = useState<string | null>(null);
	const [message, setMessage] = useState("");
	const [error, setError] = useState("");

	const setStatus = async (
		course: InstructorCourseStats,
		status: CourseStatus,
	) => {
		setPendingId(course.id);
		setMessage("");
		setError("");
		try {
			await update.mutateAsync({ id: course.id, input: { status } });
			setMessage(t.statusChanged(course.title, statusLabel(t, status)));
		} catch (e) {
			setError(e instanceof Error ? e.message : String(e));
		} finally {
			setPendingId(null);
		}
	};

	const items = courses.data?.items ?? [];
	const totals = dashboardTotals(items);

	return (
		<PageShell testId="school-instructor-dashboard">
			<div className="mb-8 flex flex-wrap items-end justify-between gap-4">
				<div>
					<h1 className="text-3xl font-bold tracking-tight">
						{t.instructorDashboardTitle}
					</h1>
					<p className="mt-1 text-muted-foreground">
						{t.instructorDashboardDescription}
					</p>
				</div>
				<SchoolLink
					href={paths.courseEditor("new")}
					className={buttonClass()}
					data-testid="create-course"
				>
					<span aria-hidden="true">+</span>
					{t.createCourse}
				</SchoolLink>
			</div>

			<p role="status" aria-live="polite" className="sr-only">
				{message}
			</p>
			{error ? (
				<p
					role="alert"
					className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive"
				>
					{error}
				</p>
			) : null}

			{courses.isPending ? (
				<>
					<span className="sr-only" role="status">
						{t.loading}
					</span>
					<Skeleton className="mb-6 h-24 w-full" />
					<Skeleton className="h-64 w-full" />
				</>
			) : courses.error ? (
				<p role="alert">{courses.error.message}</p>
			) : items.length === 0 ? (
				<div
					data-testid="instructor-empty"
					className="rounded-lg border border-dashed border-border p-10 text-center"
				>
					<h2 className="text-lg font-semibold">{t.emptyInstructorTitle}</h2>
					<p className="mx-auto mt-1 mb-5 max-w-md text-muted-foreground">
						{t.emptyInstructorBody}
					</p>
					<SchoolLink
						href={paths.courseEditor("new")}
						className={buttonClass()}
					>
						{t.createCourse}
					</SchoolLink>
				</div>
			) : (
				<>
					<section aria-labelledby="totals-heading" className="mb-8">
						<h2 id="totals-heading" className="sr-only">
							{t.totalsHeading}
						</h2>
						<StatList testId="instructor-totals">
							<Stat
								label={t.totalCourses}
								value={String(totals.courses)}
								testId="total-courses"
							/>
							<Stat
								label={t.colEnrollments}
								value={String(totals.enrollments)}
								testId="total-enrollments"
							/>
							<Stat
								label={t.colCompletions}
								value={String(totals.completions)}
								testId="total-completions"
							/>
							<Stat
								label={t.colCompletionRate}
								value={t.percent(totals.completionRate)}
								testId="total-completion-rate"
							/>
						</StatList>
					</section>

					<section aria-labelledby="courses-heading">
						<h2 id="courses-heading" className="mb-3 text-xl font-semibold">
							{t.yourCourses}
						</h2>
						<Table label={t.yourCourses} className="min-w-[56rem]">
							<TableHead>
								<Th>{t.colCourse}</Th>
								<Th>{t.colStatus}</Th>
								<Th numeric>{t.colEnrollments}</Th>
								<Th numeric>
									{t.colCompletions}
									<span className="block text-xs font-normal">
										{t.colCompletionRate}
									</span>
								</Th>
								<Th>{t.colAverageProgress}</Th>
								<Th numeric>{t.colActions}</Th>
							</TableHead>
							<tbody>
								{items.map((course) => (
									<CourseRow
										key={course.id}
										course={course}
										showInstructor={viewer.isAdmin}
										pending={pendingId === course.id}
										onStatus={(status) => void setStatus(course, status)}
									/>
								))}
							</tbody>
						</Table>
					</section>
				</>
			)}
		</PageShell>
	);
}

function CourseRow({
	course,
	showInstructor,
	pending,
	onStatus,
}: {
	course: InstructorCourseStats;
	showInstructor: boolean;
	pending: boolean;
	onStatus: (status: CourseStatus) => void;
}) {
	const { t, paths } = useSchool();
	const named = <span className="sr-only"> {course.title}</span>;
	return (
		<tr
			data-testid="instructor-course-row"
			data-course-id={course.id}
			aria-busy={pending || undefined}
			className="border-t border-border align-middle"
		>
			<RowHeader className="min-w-56">
				<SchoolLink
					href={paths.courseEditor(course.id)}
					className="font-medium text-foreground hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
				>
					{course.title}
				</SchoolLink>
				<div className="mt-0.5 text-xs text-muted-foreground">
					{t.lessonsCount(course.lessonCount)}
					{course.category ? ` · ${course.category}` : ""}
					{showInstructor && course.instructorName
						? ` · ${course.instructorName}`
						: ""}
				</div>
			</RowHeader>
			<Td>
				<StatusBadge status={course.status} />
			</Td>
			<Td numeric data-testid="row-enrollments">
				{course.enrollments}
			</Td>
			<Td numeric>
				<span data-testid="row-completions">{course.completions}</span>
				<span className="block text-xs text-muted-foreground">
					<span className="sr-only">{t.colCompletionRate}: </span>
					<span data-testid="row-completion-rate">
						{t.percent(course.completionRate)}
					</span>
				</span>
			</Td>
			<Td>
				<div className="flex items-center gap-2">
					<div className="w-24">
						<ProgressBar
							value={course.averageProgress}
							label={`${t.colAverageProgress}: ${course.title}`}
						/>
					</div>
					<span className="tabular-nums text-muted-foreground">
						{t.percent(course.averageProgress)}
					</span>
				</div>
			</Td>
			<Td>
				<div className="flex flex-wrap justify-end gap-1.5">
					<SchoolLink
						href={paths.courseEditor(course.id)}
						className={buttonClass("ghost", "sm")}
						data-testid="edit-course"
					>
						{t.edit}
						{named}
					</SchoolLink>
					{course.status === "published" ? (
						<SchoolLink
							href={paths.course(course.slug)}
							className={buttonClass("ghost", "sm")}
						>
							{t.viewCourse}
							{named}
						</SchoolLink>
					) : null}
					{course.status !== "published" ? (
						<Button
							size="sm"
							data-testid="publish-course"
							disabled={pending}
							onClick={() => onStatus("published")}
						>
							{t.publish}
							{named}
						</Button>
					) : null}
					{course.status !== "draft" ? (
						<Button
							variant="outline"
							size="sm"
							data-testid="unpublish-course"
							disabled={pending}
							onClick={() => onStatus("draft")}
						>
							{course.status === "archived" ? t.restoreDraft : t.unpublish}
							{named}
						</Button>
					) : null}
					{course.status !== "archived" ? (
						<Button
							variant="outline"
							size="sm"
							data-testid="archive-course"
							disabled={pending}
							onClick={() => onStatus("archived")}
						>
							{t.archive}
							{named}
						</Button>
					) : null}
				</div>
			</Td>
		</tr>
	);
}
