"use client";
import { useState } from "react";
import type { PublicQuiz } from "../../../quiz.js";
import { SchoolApiError } from "../../fetcher.js";
import {
	type QuizSubmission,
	useCourse,
	useCourseProgress,
	useLesson,
	useQuizAttempts,
	useSubmitQuiz,
} from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { CourseCompleteBanner } from "../shared/course-complete.js";
import { SchoolLink } from "../shared/link.js";
import { QuizForm } from "../shared/quiz-form.js";
import { NotFoundState, PageShell, Skeleton } from "../shared/states.js";

export function QuizPage({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	const { t, paths, signInUrl } = useSchool();
	const { data: course } = useCourse(slug);
	const { data: learner, isPending: accessPending } = useCourseProgress(
		course?.id,
	);
	const enrolled =
		!!learner?.enrollment && learner.enrollment.status !== "cancelled";
	const mayOpen = enrolled || !!learner?.canManage;
	// Quizzes are never previews: ask for them only when enrolled (or managing the course).
	const lesson = useLesson(lessonId, { enabled: !accessPending && mayOpen });
	const attempts = useQuizAttempts(lessonId, { enabled: enrolled });
	const submit = useSubmitQuiz(course?.id ?? "", lessonId);
	const [result, setResult] = useState<QuizSubmission | null>(null);
	const [round, setRound] = useState(0);

	if (!course?.lessonOrder.includes(lessonId))
		return <NotFoundState title={t.lessonNotFound} />;
	const index = course.lessonOrder.indexOf(lessonId);
	const nextId = course.lessonOrder[index + 1];
	const outline = [
		...course.sections.flatMap((s) => s.lessons),
		...course.unsectionedLessons,
	];
	const next = outline.find((l) => l.id === nextId);
	const quiz = lesson.data?.quiz as PublicQuiz | null | undefined;
	const lessonError =
		lesson.error instanceof SchoolApiError ? lesson.error : null;
	const used = attempts.data?.items.length ?? 0;
	const attemptsLeft = result
		? result.attemptsLeft
		: quiz && quiz.maxAttempts > 0
			? Math.max(0, quiz.maxAttempts - used)
			: null;
	const alreadyPassed = attempts.data?.items.some((a) => a.passed) ?? false;
	const outOfAttempts = attemptsLeft === 0 && !result?.passed;

	return (
		<PageShell testId="school-quiz-page" className="max-w-3xl">
			<SchoolLink
				href={paths.lesson(slug, lessonId)}
				className="text-sm text-muted-foreground hover:underline"
			>
				← {course.title}
			</SchoolLink>
			<h1 className="mt-2 mb-2 text-2xl font-bold tracking-tight">
				{outline.find((l) => l.id === lessonId)?.title}
			</h1>
			{accessPending ? (
				<Skeleton className="h-64 w-full" />
			) : !mayOpen ||
				(lessonError &&
					(lessonError.status === 401 || lessonError.status === 403)) ? (
				<div
					data-testid="lesson-locked"
					className="rounded-lg border border-border bg-card p-8 text-center"
				>
					<h2 className="mb-2 text-xl font-semibold">{t.lessonLockedTitle}</h2>
					<p className="mb-6 text-muted-foreground">
						{learner?.signedIn ? t.lessonLockedEnroll : t.lessonLockedSignIn}
					</p>
					<SchoolLink
						href={
							!learner?.signedIn && signInUrl
								? signInUrl(paths.quiz(slug, lessonId))
								: paths.course(slug)
						}
						className={buttonClass()}
					>
						{learner?.signedIn ? t.goToCourse : t.signIn}
					</SchoolLink>
				</div>
			) : lesson.isPending ? (
				<Skeleton className="h-64 w-full" />
			) : !quiz ? (
				<p role="alert">{lesson.error?.message ?? t.lessonNotFound}</p>
			) : (
				<>
					<p className="mb-6 text-muted-foreground">
						{t.quizIntro(quiz.questions.length, quiz.passMark)}{" "}
						<span data-testid="attempts-left">
							{t.attemptsLeft(attemptsLeft)}
						</span>
					</p>
					{result ? (
						<div
							role="status"
							data-testid="quiz-result"
							data-passed={result.passed}
							className={`mb-6 rounded-lg border p-5 ${result.passed ? "border-primary/50 bg-primary/10" : "border-destructive/50 bg-destructive/10"}`}
						>
							<p className="text-lg font-semibold">
								{result.passed
									? t.quizPassed(result.score)
									: t.quizFailed(result.score, result.passMark)}
							</p>
							<div className="mt-3 flex flex-wrap gap-3">
								{!result.passed && result.attemptsLeft !== 0 ? (
									<button
										type="button"
										className={buttonClass()}
										data-testid="quiz-try-again"
										onClick={() => {
											setResult(null);
											setRound((r) => r + 1);
										}}
									>
										{t.tryAgain}
									</button>
								) : null}
								{result.passed && next ? (
									<SchoolLink
										href={
											next.type === "quiz"
												? paths.quiz(slug, next.id)
												: paths.lesson(slug, next.id)
										}
										className={buttonClass()}
										data-testid="next-lesson"
									>
										{t.nextLesson} →
									</SchoolLink>
								) : null}
							</div>
						</div>
					) : null}
					{result?.progress?.courseCompleted ||
					(result?.passed && learner?.enrollment?.status === "completed") ? (
						<div className="mb-6">
							<CourseCompleteBanner
								certificateId={
									result?.progress?.enrollment.certificateId ??
									learner?.enrollment?.certificateId ??
									null
								}
							/>
						</div>
					) : null}
					{outOfAttempts && !result ? (
						<p className="mb-4 font-medium text-destructive" role="status">
							{t.noAttemptsLeft}
						</p>
					) : null}
					{alreadyPassed && !result ? (
						<p className="mb-4 font-medium text-primary" role="status">
							✓ {t.markedComplete}
						</p>
					) : null}
					<QuizForm
						key={round}
						quiz={quiz}
						results={result?.results}
						disabled={!enrolled || !!result || outOfAttempts}
						submitting={submit.isPending}
						onSubmit={(answers) =>
							submit.mutate(answers, { onSuccess: setResult })
						}
					/>
					{submit.error ? (
						<p role="alert" className="mt-3 text-sm text-destructive">
							{submit.error.message}
						</p>
					) : null}
				</>
			)}
		</PageShell>
	);
}
