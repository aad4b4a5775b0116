"use client";
import { type ReactNode, useId } from "react";
import { useLearnerDetail } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";
import { Skeleton } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { ProgressWithValue } from "../ui/progress-with-value.js";
import { useModalDialog } from "../ui/use-modal-dialog.js";

/**
 * One learner of a course in a modal panel: progress, last activity, every lesson with the date
 * it was completed, and each quiz with every attempt. A native `<dialog>` (top layer, Esc closes,
 * the page behind is inert); focus returns to the row's button on close.
 */
export function LearnerDetailDialog({
	courseId,
	userId,
	onClose,
}: {
	courseId: string;
	userId: string;
	onClose: () => void;
}) {
	const { t, format } = useSchool();
	const uid = useId();
	const modal = useModalDialog({ onDismiss: onClose });
	const detail = useLearnerDetail(courseId, userId);

	const data = detail.data;
	const entry = data?.entry;
	const name = entry?.learnerName || entry?.learnerEmail || t.unnamedLearner;
	const done = data?.lessons.filter((l) => l.completed).length ?? 0;

	return (
		<dialog
			{...modal}
			data-testid="learner-detail"
			aria-labelledby={`${uid}-title`}
			className="school-dialog m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100%-2rem))] overflow-y-auto rounded-lg border border-border bg-background p-6 text-foreground shadow-lg"
		>
			<div className="mb-4 flex items-start justify-between gap-4">
				<div>
					<h2 id={`${uid}-title`} className="text-xl font-semibold">
						{entry ? t.learnerDetailTitle(name) : t.loading}
					</h2>
					{entry?.learnerEmail && entry.learnerName ? (
						<p className="text-sm text-muted-foreground">
							{entry.learnerEmail}
						</p>
					) : null}
				</div>
				<Button
					variant="outline"
					size="sm"
					data-testid="learner-detail-close"
					onClick={onClose}
				>
					{t.close}
				</Button>
			</div>
			{detail.isPending ? (
				<Skeleton className="h-48 w-full" />
			) : detail.error ? (
				<p role="alert">{detail.error.message}</p>
			) : data && entry ? (
				<div className="flex flex-col gap-6">
					<div className="flex flex-col gap-2 text-sm">
						<ProgressWithValue
							value={entry.progressPct}
							label={`${name}: ${t.progressLabel(entry.progressPct)}`}
							percent={t.percent(entry.progressPct)}
							barClassName="flex-1"
						/>
						<p className="text-muted-foreground">
							{t.enrollmentStatus(entry.status)} ·{" "}
							{t.learnerEnrolledOn(format.date(entry.enrolledAt))}
							{entry.lastActivityAt
								? ` · ${t.learnerLastActivity(format.date(entry.lastActivityAt))}`
								: ""}
						</p>
					</div>
					<DetailSection
						id={`${uid}-lessons`}
						heading={
							<>
								{t.learnerLessonsHeading}{" "}
								<span className="font-normal text-muted-foreground">
									{t.learnerLessonsDone(done, data.lessons.length)}
								</span>
							</>
						}
					>
						<ol className="divide-y divide-border rounded-md border border-border text-sm">
							{data.lessons.map((lesson) => (
								<li
									key={lesson.lessonId}
									data-testid="learner-lesson"
									data-completed={lesson.completed}
									className="flex items-center justify-between gap-3 px-3 py-2"
								>
									<span className="flex items-center gap-2">
										<span
											aria-hidden="true"
											className={cn(
												"inline-block h-2 w-2 rounded-full",
												lesson.completed
													? "bg-primary"
													: "bg-muted-foreground/40",
											)}
										/>
										{lesson.title}
									</span>
									<span className="text-muted-foreground">
										{lesson.completedAt ? (
											<time dateTime={lesson.completedAt}>
												{format.date(lesson.completedAt)}
											</time>
										) : lesson.completed ? (
											t.lessonCompletedMark
										) : (
											t.learnerNotCompleted
										)}
									</span>
								</li>
							))}
						</ol>
					</DetailSection>
					{data.quizzes.length ? (
						<DetailSection
							id={`${uid}-quizzes`}
							heading={t.learnerQuizzesHeading}
						>
							<ul className="flex flex-col gap-3 text-sm">
								{data.quizzes.map((quiz) => (
									<li
										key={quiz.lessonId}
										data-testid="learner-quiz"
										className="rounded-md border border-border px-3 py-2"
									>
										<div className="flex flex-wrap items-baseline justify-between gap-2">
											<span className="font-medium">{quiz.title}</span>
											<span className="text-muted-foreground">
												{quiz.best === null
													? t.learnerNoAttempts
													: t.learnerBest(quiz.best)}
											</span>
										</div>
										{quiz.attempts.length ? (
											<ol className="mt-1 flex flex-col gap-0.5 text-muted-foreground">
												{quiz.attempts.map((a) => (
													<li key={a.attemptedAt}>
														<time dateTime={a.attemptedAt}>
															{format.date(a.attemptedAt)}
														</time>
														{" — "}
														{t.attemptScore(a.score, a.passed)}
													</li>
												))}
											</ol>
										) : null}
									</li>
								))}
							</ul>
						</DetailSection>
					) : null}
				</div>
			) : null}
		</dialog>
	);
}

/** A part of the learner's detail, named by its heading (`id` is the heading's). */
function DetailSection({
	id,
	heading,
	children,
}: {
	id: string;
	heading: ReactNode;
	children: ReactNode;
}) {
	return (
		<section aria-labelledby={id}>
			<h3 id={id} className="mb-2 font-semibold">
				{heading}
			</h3>
			{children}
		</section>
	);
}
