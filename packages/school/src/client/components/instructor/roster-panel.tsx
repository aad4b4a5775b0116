"use client";
import { useState } from "react";
import {
	type EnrollmentStatus,
	enrollmentStatusValues,
	type RosterProgress,
	type RosterSort,
	rosterProgressValues,
	rosterSortValues,
} from "../../../enums.js";
import { useRoster, useRosterCsvUrl } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { EmptyState } from "../ui/empty-state.js";
import { SearchFilter, SelectFilter } from "../ui/filter-fields.js";
import { LoadingBlock } from "../ui/loading-block.js";
import { Pager } from "../ui/pager.js";
import { ProgressWithValue } from "../ui/progress-with-value.js";
import { RowHeader, Table, TableHead, Td, Th } from "../ui/table.js";
import { useDebounced } from "../ui/use-debounced.js";
import { usePagedFilters } from "../ui/use-paged-filters.js";
import { LearnerDetailDialog } from "./learner-detail.js";

export const ROSTER_PAGE_SIZE = 20;

type T = ReturnType<typeof useSchool>["t"];

const progressLabel = (t: T, p: RosterProgress) =>
	({
		"not-started": t.progressNotStarted,
		"under-half": t.progressUnderHalf,
		"over-half": t.progressOverHalf,
		finished: t.progressFinished,
	})[p];

const sortLabel = (t: T, s: RosterSort) =>
	({
		enrolled: t.sortEnrolled,
		name: t.sortName,
		email: t.sortEmail,
		status: t.sortStatus,
		progress: t.sortProgress,
		activity: t.sortActivity,
	})[s];

/**
 * The course's learners: search by name or email, filter by status and progress, sort, a page
 * at a time; each row opens the learner's detail. The CSV downloads what the filters show.
 */
export function RosterPanel({ courseId }: { courseId: string }) {
	const { t, format } = useSchool();
	const list = usePagedFilters({
		search: "",
		status: "" as EnrollmentStatus | "",
		progress: "" as RosterProgress | "",
	});
	const { search, status, progress } = list.filters;
	const { offset, setOffset } = list;
	const [sort, setSort] = useState<RosterSort>("enrolled");
	const [openUser, setOpenUser] = useState<string | null>(null);
	const q = useDebounced(search.trim());
	const filters = {
		q: q || undefined,
		status: status || undefined,
		progress: progress || undefined,
		sort: sort === "enrolled" ? undefined : sort,
	};
	const roster = useRoster(courseId, {
		offset,
		limit: ROSTER_PAGE_SIZE,
		...filters,
	});
	const csvUrl = useRosterCsvUrl(courseId, filters);
	const data = roster.data;
	const filtered = !!(q || status || progress);

	return (
		<div className="flex flex-col gap-4">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h2 className="text-xl font-semibold">
					{t.studentsHeading}
					{data ? (
						<span className="ml-2 text-base font-normal text-muted-foreground">
							{t.studentsCount(data.total)}
						</span>
					) : null}
				</h2>
				<a
					href={csvUrl}
					download
					data-testid="download-csv"
					className={buttonClass("outline", "sm")}
				>
					<span aria-hidden="true">⤓</span>
					{t.downloadCsv}
				</a>
			</div>

			<div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr]">
				<SearchFilter
					label={t.searchLearners}
					placeholder={t.searchLearnersPlaceholder}
					testId="roster-search"
					value={search}
					onChange={(value) => list.set("search", value)}
				/>
				<SelectFilter
					label={t.colStatus}
					testId="roster-status"
					value={status}
					values={enrollmentStatusValues}
					optionLabel={(s) => t.enrollmentStatus(s)}
					allLabel={t.allEnrollmentStatuses}
					onChange={(value) => list.set("status", value)}
				/>
				<SelectFilter
					label={t.filterProgress}
					testId="roster-progress"
					value={progress}
					values={rosterProgressValues}
					optionLabel={(p) => progressLabel(t, p)}
					allLabel={t.allProgress}
					onChange={(value) => list.set("progress", value)}
				/>
				<SelectFilter
					label={t.sortBy}
					testId="roster-sort"
					value={sort}
					values={rosterSortValues}
					optionLabel={(s) => sortLabel(t, s)}
					onChange={(value) => {
						setSort(value || "enrolled");
						setOffset(0);
					}}
				/>
			</div>

			{roster.isPending ? (
				<LoadingBlock label={t.loading} blocks={["h-48 w-full"]} />
			) : roster.error ? (
				<p role="alert">{roster.error.message}</p>
			) : !data || data.total === 0 ? (
				<EmptyState
					testId="roster-empty"
					headingLevel={3}
					title={filtered ? undefined : t.noStudentsTitle}
				>
					{filtered ? t.noMatchingLearners : t.noStudentsBody}
				</EmptyState>
			) : (
				<>
					<Table
						label={t.studentsHeading}
						testId="roster-table"
						className="min-w-[44rem]"
						busy={roster.isPlaceholderData}
					>
						<TableHead>
							<Th>{t.colLearner}</Th>
							<Th>{t.colStatus}</Th>
							<Th>{t.colProgress}</Th>
							<Th>{t.colLastActivity}</Th>
							<Th numeric>{t.colQuizAverage}</Th>
						</TableHead>
						<tbody>
							{data.items.map((entry) => {
								const name =
									entry.learnerName || entry.learnerEmail || t.unnamedLearner;
								return (
									<tr
										key={entry.enrollmentId}
										data-testid="roster-row"
										data-status={entry.status}
										className="border-t border-border"
									>
										<RowHeader>
											<button
												type="button"
												data-testid="open-learner"
												aria-haspopup="dialog"
												title={t.viewLearner(name)}
												onClick={() => setOpenUser(entry.userId)}
												className="text-left font-medium text-foreground underline-offset-2 hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
											>
												{name}
											</button>
											{entry.learnerEmail && entry.learnerName ? (
												<div className="text-xs text-muted-foreground">
													{entry.learnerEmail}
												</div>
											) : null}
										</RowHeader>
										<Td>
											<span
												className={cn(
													"rounded-full border px-2 py-0.5 text-xs",
													entry.status === "completed"
														? "border-primary/30 bg-primary/10"
														: "border-border bg-muted text-muted-foreground",
												)}
											>
												{t.enrollmentStatus(entry.status)}
											</span>
										</Td>
										<Td>
											<ProgressWithValue
												value={entry.progressPct}
												label={`${name}: ${t.progressLabel(entry.progressPct)}`}
												percent={t.percent(entry.progressPct)}
												barClassName="w-28"
											/>
										</Td>
										<Td className="text-muted-foreground">
											{entry.lastActivityAt ? (
												<time dateTime={entry.lastActivityAt}>
													{format.date(entry.lastActivityAt)}
												</time>
											) : (
												t.noActivity
											)}
										</Td>
										<Td numeric>
											{entry.bestQuizScore === null
												? t.noScore
												: t.percent(entry.bestQuizScore)}
										</Td>
									</tr>
								);
							})}
						</tbody>
					</Table>
					<Pager
						label={t.studentsHeading}
						offset={offset}
						limit={ROSTER_PAGE_SIZE}
						total={data.total}
						onOffset={setOffset}
						testId="roster"
					/>
				</>
			)}
			{openUser ? (
				<LearnerDetailDialog
					courseId={courseId}
					userId={openUser}
					onClose={() => setOpenUser(null)}
				/>
			) : null}
			{filtered && data?.total ? (
				<Button
					variant="ghost"
					size="sm"
					className="self-start"
					onClick={list.clear}
				>
					{t.clearFilters}
				</Button>
			) : null}
		</div>
	);
}
