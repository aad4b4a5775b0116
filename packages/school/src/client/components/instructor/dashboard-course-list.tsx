"use client";
import type { CourseStatus, InstructorCourseSort } from "../../../enums.js";
import type { InstructorCourseStats } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { Button } from "../ui/button.js";
import { ProgressWithValue } from "../ui/progress-with-value.js";
import { RowHeader, Table, TableHead, Td, Th } from "../ui/table.js";
import { statusMoves } from "./course-status-change.js";
import { StatusBadge } from "./status-badge.js";

export interface CourseListSort {
	sort: InstructorCourseSort;
	dir: "asc" | "desc";
}

interface ListProps {
	items: InstructorCourseStats[];
	showInstructor: boolean;
	pendingId: string | null;
	onStatus: (course: InstructorCourseStats, status: CourseStatus) => void;
	busy?: boolean;
}

/** A hidden copy of the course title, so "Edit" reads "Edit React Basics" to screen readers. */
const Named = ({ title }: { title: string }) => (
	<span className="sr-only"> {title}</span>
);

/**
 * The row's actions: Edit, View (published), and the status moves (`statusMoves`): at most three
 * buttons, the same on a desk and on a phone.
 */
function CourseActions({
	course,
	pending,
	onStatus,
}: {
	course: InstructorCourseStats;
	pending: boolean;
	onStatus: (status: CourseStatus) => void;
}) {
	const { t, paths } = useSchool();
	const label = (to: CourseStatus) =>
		to === "published"
			? t.publish
			: to === "archived"
				? t.archive
				: course.status === "archived"
					? t.restoreDraft
					: t.unpublish;
	const testId = (to: CourseStatus) =>
		to === "published"
			? "publish-course"
			: to === "archived"
				? "archive-course"
				: "unpublish-course";
	return (
		<div className="flex flex-wrap gap-1.5 md:justify-end">
			<SchoolLink
				href={paths.courseEditor(course.id)}
				className={buttonClass("ghost", "sm")}
				data-testid="edit-course"
			>
				{t.edit}
				<Named title={course.title} />
			</SchoolLink>
			{course.status === "published" ? (
				<SchoolLink
					href={paths.course(course.slug)}
					className={buttonClass("ghost", "sm")}
				>
					{t.viewCourse}
					<Named title={course.title} />
				</SchoolLink>
			) : null}
			{statusMoves(course.status).map((to) => (
				<Button
					key={to}
					size="sm"
					variant={to === "published" ? "primary" : "outline"}
					data-testid={testId(to)}
					disabled={pending}
					onClick={() => onStatus(to)}
				>
					{label(to)}
					<Named title={course.title} />
				</Button>
			))}
		</div>
	);
}

function CourseMeta({
	course,
	showInstructor,
}: {
	course: InstructorCourseStats;
	showInstructor: boolean;
}) {
	const { t } = useSchool();
	return (
		<div className="mt-0.5 text-xs text-muted-foreground">
			{t.lessonsCount(course.lessonCount)}
			{course.category ? ` · ${course.category}` : ""}
			{showInstructor && course.instructorName
				? ` · ${course.instructorName}`
				: ""}
		</div>
	);
}

/** The table's sortable columns, in order, with the localized heading each shows. */
const SORT_COLUMNS = [
	{ column: "title", label: "colCourse", numeric: false },
	{ column: "status", label: "colStatus", numeric: false },
	{ column: "enrollments", label: "colEnrollments", numeric: true },
	{ column: "completions", label: "colCompletions", numeric: true },
] as const satisfies readonly {
	column: InstructorCourseSort;
	label: "colCourse" | "colStatus" | "colEnrollments" | "colCompletions";
	numeric?: boolean;
}[];

/** What identifies a course's row or card (for tests and for "busy while its status changes"). */
const rowAttributes = (
	course: InstructorCourseStats,
	pendingId: string | null,
) => ({
	"data-testid": "instructor-course-row",
	"data-course-id": course.id,
	"aria-busy": pendingId === course.id || undefined,
});

function SortHeader({
	column,
	label,
	sort,
	onSort,
	numeric,
}: {
	column: InstructorCourseSort;
	label: string;
	sort: CourseListSort;
	onSort: (column: InstructorCourseSort) => void;
	numeric?: boolean;
}) {
	const { t } = useSchool();
	const active = sort.sort === column;
	return (
		<Th
			numeric={numeric}
			aria-sort={
				active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined
			}
		>
			<button
				type="button"
				data-testid={`sort-${column}`}
				onClick={() => onSort(column)}
				className="inline-flex items-center gap-1 rounded-sm font-medium hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
			>
				{label}
				<span aria-hidden="true" className="text-xs">
					{active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
				</span>
				{active ? (
					<span className="sr-only">
						, {sort.dir === "asc" ? t.sortedAscending : t.sortedDescending}
					</span>
				) : null}
			</button>
		</Th>
	);
}

/** The desk layout: a table with sortable column headings. */
export function CourseTable({
	items,
	showInstructor,
	pendingId,
	onStatus,
	busy,
	sort,
	onSort,
}: ListProps & {
	sort: CourseListSort;
	onSort: (column: InstructorCourseSort) => void;
}) {
	const { t, paths } = useSchool();
	return (
		<Table
			label={t.yourCourses}
			testId="instructor-course-table"
			className="min-w-[52rem]"
			busy={busy}
		>
			<TableHead>
				{SORT_COLUMNS.map(({ column, label, numeric }) => (
					<SortHeader
						key={column}
						column={column}
						label={t[label]}
						sort={sort}
						onSort={onSort}
						numeric={numeric}
					/>
				))}
				<Th>{t.colAverageProgress}</Th>
				<Th numeric>{t.colActions}</Th>
			</TableHead>
			<tbody>
				{items.map((course) => (
					<tr
						key={course.id}
						{...rowAttributes(course, pendingId)}
						className="border-t border-border align-middle"
					>
						<RowHeader className="min-w-56">
							<SchoolLink
								href={paths.courseEditor(course.id)}
								className="font-medium text-foreground hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
							>
								{course.title}
							</SchoolLink>
							<CourseMeta course={course} showInstructor={showInstructor} />
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
							<ProgressWithValue
								value={course.averageProgress}
								label={`${t.colAverageProgress}: ${course.title}`}
								percent={t.percent(course.averageProgress)}
							/>
						</Td>
						<Td>
							<CourseActions
								course={course}
								pending={pendingId === course.id}
								onStatus={(to) => onStatus(course, to)}
							/>
						</Td>
					</tr>
				))}
			</tbody>
		</Table>
	);
}

/**
 * The phone layout: one card per course, its title first and always in view, the numbers as a
 * short definition list, the actions wrapping under them.
 */
export function CourseCards({
	items,
	showInstructor,
	pendingId,
	onStatus,
	busy,
}: ListProps) {
	const { t, paths } = useSchool();
	return (
		<ul
			aria-label={t.yourCourses}
			aria-busy={busy || undefined}
			data-testid="instructor-course-cards"
			className="flex flex-col gap-3"
		>
			{items.map((course) => (
				<li
					key={course.id}
					{...rowAttributes(course, pendingId)}
					className="rounded-lg border border-border bg-card p-4 text-card-foreground"
				>
					<div className="flex items-start justify-between gap-3">
						<div className="min-w-0">
							<h3 className="text-base font-semibold break-words">
								<SchoolLink
									href={paths.courseEditor(course.id)}
									className="hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
								>
									{course.title}
								</SchoolLink>
							</h3>
							<CourseMeta course={course} showInstructor={showInstructor} />
						</div>
						<StatusBadge status={course.status} />
					</div>
					<dl className="my-3 grid grid-cols-3 gap-2 text-sm">
						{(
							[
								[t.colEnrollments, course.enrollments, "row-enrollments"],
								[
									t.colCompletionRate,
									t.percent(course.completionRate),
									"row-completion-rate",
								],
								[t.colAverageProgress, t.percent(course.averageProgress)],
							] as const
						).map(([label, value, testId]) => (
							<div key={label}>
								<dt className="text-xs text-muted-foreground">{label}</dt>
								<dd className="tabular-nums" data-testid={testId}>
									{value}
								</dd>
							</div>
						))}
					</dl>
					<CourseActions
						course={course}
						pending={pendingId === course.id}
						onStatus={(to) => onStatus(course, to)}
					/>
				</li>
			))}
		</ul>
	);
}
