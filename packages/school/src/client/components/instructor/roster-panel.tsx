"use client";
import { useState } from "react";
import { useRoster, useRosterCsvUrl } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn } from "../shared/cn.js";
import { ProgressBar, Skeleton } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { RowHeader, Table, TableHead, Td, Th } from "../ui/table.js";

export const ROSTER_PAGE_SIZE = 20;

/** The course's learners with their progress, a page at a time, and the CSV export. */
export function RosterPanel({ courseId }: { courseId: string }) {
	const { t, format } = useSchool();
	const [offset, setOffset] = useState(0);
	const roster = useRoster(courseId, offset, ROSTER_PAGE_SIZE);
	const csvUrl = useRosterCsvUrl(courseId);
	const data = roster.data;
	const pages = data
		? Math.max(1, Math.ceil(data.total / ROSTER_PAGE_SIZE))
		: 1;
	const page = Math.floor(offset / ROSTER_PAGE_SIZE) + 1;

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

			{roster.isPending ? (
				<>
					<span className="sr-only" role="status">
						{t.loading}
					</span>
					<Skeleton className="h-48 w-full" />
				</>
			) : roster.error ? (
				<p role="alert">{roster.error.message}</p>
			) : !data || data.total === 0 ? (
				<div
					data-testid="roster-empty"
					className="rounded-lg border border-dashed border-border p-8 text-center"
				>
					<h3 className="font-semibold">{t.noStudentsTitle}</h3>
					<p className="mt-1 text-sm text-muted-foreground">
						{t.noStudentsBody}
					</p>
				</div>
			) : (
				<>
					<Table
						label={t.studentsHeading}
						testId="roster-table"
						className="min-w-[44rem]"
						busy={roster.isPlaceholderData}
					>
						<caption className="sr-only">
							{t.studentsHeading} · {t.pageOf(page, pages)}
						</caption>
						<TableHead>
							<Th>{t.colLearner}</Th>
							<Th>{t.colStatus}</Th>
							<Th>{t.colProgress}</Th>
							<Th>{t.colLastActivity}</Th>
							<Th numeric>{t.colBestQuiz}</Th>
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
											<div className="font-medium">{name}</div>
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
											<div className="flex items-center gap-2">
												<div className="w-28">
													<ProgressBar
														value={entry.progressPct}
														label={`${name}: ${t.progressLabel(entry.progressPct)}`}
													/>
												</div>
												<span className="tabular-nums text-muted-foreground">
													{t.percent(entry.progressPct)}
												</span>
											</div>
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
					{pages > 1 ? (
						<nav
							aria-label={t.studentsHeading}
							className="flex items-center justify-between gap-2"
						>
							<Button
								variant="outline"
								size="sm"
								data-testid="roster-previous"
								disabled={offset === 0}
								onClick={() =>
									setOffset(Math.max(0, offset - ROSTER_PAGE_SIZE))
								}
							>
								{t.previousPage}
							</Button>
							<span
								className="text-sm text-muted-foreground"
								aria-live="polite"
							>
								{t.pageOf(page, pages)}
							</span>
							<Button
								variant="outline"
								size="sm"
								data-testid="roster-next"
								disabled={page >= pages}
								onClick={() => setOffset(offset + ROSTER_PAGE_SIZE)}
							>
								{t.nextPage}
							</Button>
						</nav>
					) : null}
				</>
			)}
		</div>
	);
}
