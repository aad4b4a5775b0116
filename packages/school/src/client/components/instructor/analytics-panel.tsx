"use client";
import { type ReactNode, useState } from "react";
import type { CourseAnalytics } from "../../../types.js";
import { useCourseAnalytics } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { selectClass } from "../shared/cn.js";
import { LessonTypeIcon } from "../shared/curriculum.js";
import { EmptyState } from "../ui/empty-state.js";
import { LoadingBlock } from "../ui/loading-block.js";
import { StatList } from "../ui/stat.js";
import { RowHeader, Table, TableHead, Td, Th } from "../ui/table.js";
import { completionStats } from "./completion-stats.js";

const share = (part: number, whole: number) =>
	whole ? Math.min(100, Math.round((part / whole) * 100)) : 0;

/** A horizontal bar, for sighted readers; the same number is in the table cell beside it. */
function Bar({ value, testId }: { value: number; testId?: string }) {
	return (
		<div
			aria-hidden="true"
			className="h-3 w-full min-w-24 overflow-hidden rounded-sm bg-muted"
		>
			<div
				data-testid={testId}
				data-value={value}
				className="h-full rounded-sm bg-primary"
				style={{ width: `${value}%` }}
			/>
		</div>
	);
}

/**
 * Course analytics: enrollment totals, the lesson completion funnel (a bar chart drawn inside
 * the table of its numbers, so screen readers get the table) and quiz results.
 */
export function AnalyticsPanel({ courseId }: { courseId: string }) {
	const { t } = useSchool();
	const [days, setDays] = useState(0);
	const analytics = useCourseAnalytics(courseId, days || undefined);
	const range = (
		<label className="flex max-w-xs flex-col gap-1 text-sm font-medium">
			{t.analyticsRange}
			<select
				className={selectClass}
				data-testid="analytics-range"
				value={days}
				onChange={(e) => setDays(Number(e.target.value))}
			>
				{RANGES.map((d) => (
					<option key={d} value={d}>
						{d ? t.rangeDays(d) : t.rangeAll}
					</option>
				))}
			</select>
		</label>
	);
	if (analytics.isPending) {
		return <LoadingBlock label={t.loading} blocks={["h-64 w-full"]} />;
	}
	if (analytics.error) return <p role="alert">{analytics.error.message}</p>;
	const data = analytics.data;
	const rate = share(data.completions, data.enrollments);
	if (data.enrollments === 0) {
		return (
			<EmptyState testId="analytics-empty" title={t.analyticsNoLearnersTitle}>
				{t.analyticsNoLearnersBody}
			</EmptyState>
		);
	}
	const quiet = !!data.days && data.funnel.every((f) => f.completions === 0);
	return (
		<div
			className="flex flex-col gap-8"
			aria-busy={analytics.isPlaceholderData || undefined}
		>
			{range}
			<StatList
				testId="analytics-totals"
				className="grid-cols-1 sm:grid-cols-3"
				items={completionStats(t, "analytics", { ...data, rate })}
			/>

			<figure
				data-testid="analytics-funnel"
				className="m-0 flex flex-col gap-3"
			>
				<figcaption>
					<h2 className="text-xl font-semibold">{t.funnelHeading}</h2>
					<p className="text-sm text-muted-foreground">{t.funnelDescription}</p>
				</figcaption>
				{data.funnel.length === 0 ? (
					<p className="text-muted-foreground">{t.noLessonsYet}</p>
				) : quiet ? (
					<p className="text-muted-foreground" data-testid="funnel-quiet">
						{t.analyticsNoActivityInRange}
					</p>
				) : (
					<Table label={t.funnelHeading} className="min-w-[40rem]">
						<caption className="sr-only">{t.funnelHeading}</caption>
						<TableHead>
							<Th className="w-10">#</Th>
							<Th>{t.colLesson}</Th>
							<Th numeric>{t.colCompletedBy}</Th>
							<Th className="w-2/5">{t.colShare}</Th>
						</TableHead>
						<tbody>
							{data.funnel.map((step, index) => {
								const pct = share(step.completions, data.enrollments);
								return (
									<tr
										key={step.lessonId}
										data-testid="funnel-row"
										className="border-t border-border"
									>
										<Td className="py-2 tabular-nums text-muted-foreground">
											{index + 1}
										</Td>
										<RowHeader className="py-2">
											<span className="flex items-center gap-2">
												<LessonTypeIcon type={step.type} />
												<span className="sr-only">
													{t.lessonTypes[step.type] ?? step.type}:
												</span>
												{step.title}
											</span>
										</RowHeader>
										<Td numeric className="py-2">
											{step.completions}
										</Td>
										<Td className="py-2">
											<div className="flex items-center gap-3">
												<Bar value={pct} testId="funnel-bar" />
												<span className="w-12 shrink-0 text-right tabular-nums text-muted-foreground">
													{t.percent(pct)}
												</span>
											</div>
										</Td>
									</tr>
								);
							})}
						</tbody>
					</Table>
				)}
			</figure>

			<div data-testid="quiz-stats" className="flex flex-col gap-3">
				<h2 id="quiz-stats-heading" className="text-xl font-semibold">
					{t.quizzesHeading}
				</h2>
				{data.quizzes.length === 0 ? (
					<p className="text-muted-foreground">{t.noQuizzes}</p>
				) : (
					<QuizTable
						label={t.quizzesHeading}
						className="min-w-[40rem]"
						rowTestId="quiz-stats-row"
						rows={data.quizzes}
						columns={[
							{ header: t.colAttempts, numeric: true, cell: (q) => q.attempts },
							{ header: t.colPasses, numeric: true, cell: (q) => q.passes },
							{
								header: t.colPassRate,
								className: "w-1/4",
								cell: (q) => (
									<div className="flex items-center gap-3">
										<Bar value={q.passRate} />
										<span className="w-12 shrink-0 text-right tabular-nums">
											{t.percent(q.passRate)}
										</span>
									</div>
								),
							},
							{
								header: t.colAverageScore,
								numeric: true,
								cell: (q) => t.percent(q.averageScore),
							},
						]}
					/>
				)}
			</div>
			<QuizBestScores data={data} />
		</div>
	);
}

/** The time ranges offered, in days; 0 = all time. */
const RANGES = [0, 7, 30, 90];

/** Each quiz by learner: how many tried, how many passed, the mean of their best scores. */
function QuizBestScores({ data }: { data: CourseAnalytics }) {
	const { t } = useSchool();
	if (!data.quizLearners.length) return null;
	return (
		<div data-testid="quiz-best" className="flex flex-col gap-3">
			<div>
				<h2 id="quiz-best-heading" className="text-xl font-semibold">
					{t.quizBestHeading}
				</h2>
				<p className="text-sm text-muted-foreground">{t.quizBestDescription}</p>
			</div>
			<QuizTable
				label={t.quizBestHeading}
				className="min-w-[36rem]"
				rowTestId="quiz-best-row"
				rows={data.quizLearners}
				columns={[
					{
						header: t.colLearnersTried,
						numeric: true,
						cell: (q) => q.learners,
					},
					{
						header: t.colLearnersPassed,
						numeric: true,
						cell: (q) => q.passedLearners,
					},
					{
						header: t.colAverageBest,
						numeric: true,
						cell: (q) =>
							q.learners ? t.percent(q.averageBestScore) : t.noScore,
					},
				]}
			/>
		</div>
	);
}

/** A column of a `QuizTable`: its header and what each quiz's cell shows. */
interface QuizColumn<R> {
	header: string;
	numeric?: boolean;
	className?: string;
	cell: (row: R) => ReactNode;
}

/** One row a quiz, its title as the row header, then the given columns. */
function QuizTable<R extends { lessonId: string; title: string }>({
	label,
	className,
	rowTestId,
	rows,
	columns,
}: {
	label: string;
	className: string;
	rowTestId: string;
	rows: readonly R[];
	columns: readonly QuizColumn<R>[];
}) {
	const { t } = useSchool();
	return (
		<Table label={label} className={className}>
			<TableHead>
				<Th>{t.lessonTypes.quiz}</Th>
				{columns.map((column) => (
					<Th
						key={column.header}
						numeric={column.numeric}
						className={column.className}
					>
						{column.header}
					</Th>
				))}
			</TableHead>
			<tbody>
				{rows.map((row) => (
					<tr
						key={row.lessonId}
						data-testid={rowTestId}
						className="border-t border-border"
					>
						<RowHeader className="py-2">{row.title}</RowHeader>
						{columns.map((column) => (
							<Td key={column.header} numeric={column.numeric} className="py-2">
								{column.cell(row)}
							</Td>
						))}
					</tr>
				))}
			</tbody>
		</Table>
	);
}
