"use client";
import { useCourseAnalytics } from "../../hooks/instructor-hooks";
import { useSchool } from "../../hooks/use-school";
import { LessonTypeIcon } from "../shared/curriculum";
import { Skeleton } from "../shared/states";

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
	const analytics = useCourseAnalytics(courseId);
	if (analytics.isPending) {
		return (
			<>
				<span className="sr-only" role="status">
					{t.loading}
				</span>
				<Skeleton className="h-64 w-full" />
			</>
		);
	}
	if (analytics.error) return <p role="alert">{analytics.error.message}</p>;
	const data = analytics.data;
	const rate = share(data.completions, data.enrollments);
	return (
		<div className="flex flex-col gap-8">
			<dl
				data-testid="analytics-totals"
				className="grid grid-cols-1 gap-3 sm:grid-cols-3"
			>
				{[
					[t.colEnrollments, String(data.enrollments), "analytics-enrollments"],
					[t.colCompletions, String(data.completions), "analytics-completions"],
					[t.colCompletionRate, t.percent(rate), "analytics-completion-rate"],
				].map(([label, value, testId]) => (
					<div
						key={testId}
						className="rounded-lg border border-border bg-card p-4 text-card-foreground"
					>
						<dt className="text-sm text-muted-foreground">{label}</dt>
						<dd
							data-testid={testId}
							className="mt-1 text-2xl font-semibold tabular-nums"
						>
							{value}
						</dd>
					</div>
				))}
			</dl>

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
				) : (
					<div className="overflow-x-auto rounded-lg border border-border">
						<table className="w-full min-w-[40rem] border-collapse text-sm">
							<caption className="sr-only">{t.funnelHeading}</caption>
							<thead className="bg-muted/50 text-left text-muted-foreground">
								<tr>
									<th scope="col" className="w-10 px-4 py-3 font-medium">
										#
									</th>
									<th scope="col" className="px-4 py-3 font-medium">
										{t.colLesson}
									</th>
									<th scope="col" className="px-4 py-3 text-right font-medium">
										{t.colCompletedBy}
									</th>
									<th scope="col" className="w-2/5 px-4 py-3 font-medium">
										{t.colShare}
									</th>
								</tr>
							</thead>
							<tbody>
								{data.funnel.map((step, index) => {
									const pct = share(step.completions, data.enrollments);
									return (
										<tr
											key={step.lessonId}
											data-testid="funnel-row"
											className="border-t border-border"
										>
											<td className="px-4 py-2 tabular-nums text-muted-foreground">
												{index + 1}
											</td>
											<th
												scope="row"
												className="px-4 py-2 text-left font-normal"
											>
												<span className="flex items-center gap-2">
													<LessonTypeIcon type={step.type} />
													<span className="sr-only">
														{t.lessonTypes[step.type] ?? step.type}:
													</span>
													{step.title}
												</span>
											</th>
											<td className="px-4 py-2 text-right tabular-nums">
												{step.completions}
											</td>
											<td className="px-4 py-2">
												<div className="flex items-center gap-3">
													<Bar value={pct} testId="funnel-bar" />
													<span className="w-12 shrink-0 text-right tabular-nums text-muted-foreground">
														{t.percent(pct)}
													</span>
												</div>
											</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
				)}
			</figure>

			<section
				data-testid="quiz-stats"
				aria-labelledby="quiz-stats-heading"
				className="flex flex-col gap-3"
			>
				<h2 id="quiz-stats-heading" className="text-xl font-semibold">
					{t.quizzesHeading}
				</h2>
				{data.quizzes.length === 0 ? (
					<p className="text-muted-foreground">{t.noQuizzes}</p>
				) : (
					<div className="overflow-x-auto rounded-lg border border-border">
						<table className="w-full min-w-[40rem] border-collapse text-sm">
							<thead className="bg-muted/50 text-left text-muted-foreground">
								<tr>
									<th scope="col" className="px-4 py-3 font-medium">
										{t.lessonTypes.quiz}
									</th>
									<th scope="col" className="px-4 py-3 text-right font-medium">
										{t.colAttempts}
									</th>
									<th scope="col" className="px-4 py-3 text-right font-medium">
										{t.colPasses}
									</th>
									<th scope="col" className="w-1/4 px-4 py-3 font-medium">
										{t.colPassRate}
									</th>
									<th scope="col" className="px-4 py-3 text-right font-medium">
										{t.colAverageScore}
									</th>
								</tr>
							</thead>
							<tbody>
								{data.quizzes.map((quiz) => (
									<tr
										key={quiz.lessonId}
										data-testid="quiz-stats-row"
										className="border-t border-border"
									>
										<th scope="row" className="px-4 py-2 text-left font-normal">
											{quiz.title}
										</th>
										<td className="px-4 py-2 text-right tabular-nums">
											{quiz.attempts}
										</td>
										<td className="px-4 py-2 text-right tabular-nums">
											{quiz.passes}
										</td>
										<td className="px-4 py-2">
											<div className="flex items-center gap-3">
												<Bar value={quiz.passRate} />
												<span className="w-12 shrink-0 text-right tabular-nums">
													{t.percent(quiz.passRate)}
												</span>
											</div>
										</td>
										<td className="px-4 py-2 text-right tabular-nums">
											{t.percent(quiz.averageScore)}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</section>
		</div>
	);
}
