"use client";
import { useState } from "react";
import {
	type CourseStatus,
	courseStatusValues,
	type InstructorCourseSort,
	instructorCourseSortValues,
} from "../../../enums.js";
import type { InstructorCourseStats } from "../../../types.js";
import { useInstructorCourses } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { PageShell } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { EmptyState } from "../ui/empty-state.js";
import { SearchFilter, SelectFilter } from "../ui/filter-fields.js";
import { LoadingBlock } from "../ui/loading-block.js";
import { Pager } from "../ui/pager.js";
import { StatList } from "../ui/stat.js";
import { useDebounced } from "../ui/use-debounced.js";
import { useMediaQuery } from "../ui/use-media-query.js";
import { usePagedFilters } from "../ui/use-paged-filters.js";
import { completionStats } from "./completion-stats.js";
import { useCourseStatusChange } from "./course-status-change.js";
import {
	CourseCards,
	type CourseListSort,
	CourseTable,
} from "./dashboard-course-list.js";
import { InstructorGate, type InstructorViewer } from "./instructor-gate.js";
import { statusLabel } from "./status-badge.js";

/** Courses per dashboard page. */
export const DASHBOARD_PAGE_SIZE = 20;

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

/** Columns whose first click sorts high to low (counts, dates); the others sort A to Z. */
const DESCENDING_FIRST = new Set<InstructorCourseSort>([
	"updated",
	"enrollments",
	"completions",
]);

function Dashboard({ viewer }: { viewer: InstructorViewer }) {
	const { t, paths } = useSchool();
	const list = usePagedFilters({
		search: "",
		status: "" as CourseStatus | "",
	});
	const { search, status } = list.filters;
	const { offset, setOffset } = list;
	const [sort, setSort] = useState<CourseListSort>({
		sort: "updated",
		dir: "desc",
	});
	const q = useDebounced(search.trim());
	const filtered = !!q || !!status;
	const courses = useInstructorCourses({
		limit: DASHBOARD_PAGE_SIZE,
		offset,
		q: q || undefined,
		status: status || undefined,
		// The default order is the server's: the plain first page keeps its cache key.
		...(sort.sort === "updated" && sort.dir === "desc" ? {} : sort),
	});
	const { change, pendingId, dialog } = useCourseStatusChange();
	// Cards below the `md` breakpoint, the sortable table above it.
	const desk = useMediaQuery("(min-width: 768px)");

	const onSort = (column: InstructorCourseSort) => {
		setOffset(0);
		setSort((current) =>
			current.sort === column
				? { sort: column, dir: current.dir === "asc" ? "desc" : "asc" }
				: { sort: column, dir: DESCENDING_FIRST.has(column) ? "desc" : "asc" },
		);
	};

	const data = courses.data;
	const items = data?.items ?? [];
	// Totals only when the page holds every course: a page's sum is not the school's.
	const complete = !filtered && !!data && data.total <= items.length;
	const totals = dashboardTotals(items);
	// What the table (desk) and the cards (phone) both show and do.
	const listProps = {
		items,
		showInstructor: viewer.isAdmin,
		pendingId,
		onStatus: (course: InstructorCourseStats, to: CourseStatus) =>
			void change(course, to),
		busy: courses.isPlaceholderData,
	};

	return (
		<PageShell testId="school-instructor-dashboard">
			<div className="mb-6 flex flex-wrap items-end justify-between gap-4">
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

			{courses.isPending ? (
				<LoadingBlock
					label={t.loading}
					blocks={["mb-6 h-24 w-full", "h-64 w-full"]}
				/>
			) : courses.error ? (
				<p role="alert">{courses.error.message}</p>
			) : !filtered && data?.total === 0 ? (
				<EmptyState
					testId="instructor-empty"
					large
					title={t.emptyInstructorTitle}
					action={
						<SchoolLink
							href={paths.courseEditor("new")}
							className={buttonClass()}
						>
							{t.createCourse}
						</SchoolLink>
					}
				>
					{t.emptyInstructorBody}
				</EmptyState>
			) : (
				<>
					{complete ? (
						<section aria-labelledby="totals-heading" className="mb-8">
							<h2 id="totals-heading" className="sr-only">
								{t.totalsHeading}
							</h2>
							<StatList
								testId="instructor-totals"
								items={[
									{
										label: t.totalCourses,
										value: String(totals.courses),
										testId: "total-courses",
									},
									...completionStats(t, "total", {
										...totals,
										rate: totals.completionRate,
									}),
								]}
							/>
						</section>
					) : null}

					{/* Not a landmark: the list inside is the named region (one name, one landmark). */}
					<div>
						<div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
							<h2 id="courses-heading" className="text-xl font-semibold">
								{t.yourCourses}
							</h2>
							<p
								className="text-sm text-muted-foreground"
								data-testid="courses-shown"
							>
								{data ? t.coursesShown(items.length, data.total) : null}
							</p>
						</div>
						<div className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto]">
							<SearchFilter
								label={t.searchCourses}
								placeholder={t.searchCoursesPlaceholder}
								testId="course-search"
								value={search}
								onChange={(value) => list.set("search", value)}
							/>
							<SelectFilter
								label={t.filterStatus}
								testId="course-status-filter"
								value={status}
								values={courseStatusValues}
								optionLabel={(s) => statusLabel(t, s)}
								allLabel={t.allStatuses}
								onChange={(value) => list.set("status", value)}
							/>
							{desk ? null : (
								<SelectFilter
									label={t.sortBy}
									testId="course-sort"
									value={sort.sort}
									values={instructorCourseSortValues}
									optionLabel={(s) => sortLabel(t, s)}
									onChange={(value) => {
										// No "all" option here: the value is always a column.
										const column = value as InstructorCourseSort;
										setOffset(0);
										setSort({
											sort: column,
											dir: DESCENDING_FIRST.has(column) ? "desc" : "asc",
										});
									}}
								/>
							)}
						</div>

						{items.length === 0 ? (
							<EmptyState
								testId="instructor-no-match"
								action={
									<Button variant="outline" onClick={list.clear}>
										{t.clearFilters}
									</Button>
								}
							>
								{t.noMatchingCourses}
							</EmptyState>
						) : desk ? (
							<CourseTable {...listProps} sort={sort} onSort={onSort} />
						) : (
							<CourseCards {...listProps} />
						)}
						<div className="mt-4">
							<Pager
								label={t.yourCourses}
								offset={offset}
								limit={DASHBOARD_PAGE_SIZE}
								total={data?.total ?? 0}
								onOffset={setOffset}
								testId="courses"
							/>
						</div>
					</div>
				</>
			)}
			{dialog}
		</PageShell>
	);
}

function sortLabel(
	t: ReturnType<typeof useSchool>["t"],
	sort: InstructorCourseSort,
): string {
	return {
		updated: t.sortUpdated,
		title: t.sortCourseTitle,
		status: t.sortStatus,
		enrollments: t.sortEnrollments,
		completions: t.sortCompletions,
	}[sort];
}
