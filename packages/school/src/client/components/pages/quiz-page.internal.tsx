"use client";
import { useEffect, useRef, useState } from "react";
import type { PublicQuiz } from "../../../quiz.js";
import {
	type QuizSubmission,
	useLesson,
	useQuizAttempts,
	useSubmitQuiz,
} from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { blockedLessonView, isAccessError } from "../learner/lesson-blocked.js";
import { LessonLayout } from "../learner/lesson-layout.js";
import { QuizIntro } from "../learner/quiz-intro.js";
import { useLessonRoute } from "../learner/use-lesson-route.js";
import { buttonClass, cn } from "../shared/cn.js";
import { CourseCompleteBanner } from "../shared/course-complete.js";
import { SchoolLink } from "../shared/link.js";
import { QuizForm } from "../shared/quiz-form.js";
import { NotFoundState } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { LoadingBlock } from "../ui/loading-block.js";

/** The graded result; it takes focus when it appears so the learner hears it first. */
function QuizResult({
	result,
	onRetry,
	next,
}: {
	result: QuizSubmission;
	onRetry: (() => void) | null;
	next: { href: string; title: string } | null;
}) {
	const { t } = useSchool();
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => {
		box.current?.focus();
	}, []);
	return (
		<div
			ref={box}
			tabIndex={-1}
			role="status"
			aria-label={t.quizResultHeading}
			data-testid="quiz-result"
			data-passed={result.passed}
			className={cn(
				"mb-6 rounded-lg border p-5 outline-none focus-visible:ring-2 focus-visible:ring-ring",
				result.passed
					? "border-primary/50 bg-primary/10"
					: "border-destructive/50 bg-destructive/10",
			)}
		>
			<p className="text-lg font-semibold">
				{result.passed
					? t.quizPassed(result.score)
					: t.quizFailed(result.score, result.passMark)}
			</p>
			<div className="mt-3 flex flex-wrap gap-3">
				{onRetry ? (
					<Button data-testid="quiz-try-again" onClick={onRetry}>
						{t.tryAgain}
					</Button>
				) : null}
				{result.passed && next ? (
					<SchoolLink
						href={next.href}
						className={buttonClass()}
						data-testid="quiz-next"
					>
						{t.nextUp(next.title)} →
					</SchoolLink>
				) : null}
			</div>
		</div>
	);
}

export function QuizPage({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	const { t, paths, course, access, enrollment, openAll, outlineLesson, next } =
		useLessonRoute(slug, lessonId, { quizOnly: true });
	// Quizzes are never previews: ask for them only when enrolled (or managing the course).
	const lesson = useLesson(lessonId, { enabled: !!outlineLesson && openAll });
	const attempts = useQuizAttempts(lessonId, { enabled: !!enrollment });
	const submit = useSubmitQuiz(course?.id ?? "", lessonId);
	const [result, setResult] = useState<QuizSubmission | null>(null);
	const [round, setRound] = useState(0);

	if (!course || !outlineLesson)
		return <NotFoundState title={t.lessonNotFound} courseSlug={slug} />;

	const quiz = lesson.data?.quiz as PublicQuiz | null | undefined;
	const used = attempts.data?.items.length ?? 0;
	const passed =
		!!result?.passed || (attempts.data?.items.some((a) => a.passed) ?? false);
	const attemptsLeft = result
		? result.attemptsLeft
		: quiz && quiz.maxAttempts > 0
			? Math.max(0, quiz.maxAttempts - used)
			: null;
	const outOfAttempts = attemptsLeft === 0 && !passed;
	const locked = (access.isSuccess && !openAll) || isAccessError(lesson.error);
	const courseDone =
		!!result?.progress?.courseCompleted ||
		(passed && access.data?.enrollment?.status === "completed");

	// A missing quiz (404) is told apart from a failed load; the rest waits for both answers.
	const blocked = blockedLessonView({
		slug,
		returnTo: paths.quiz(slug, lessonId),
		access,
		lesson,
		accessFailed: access.isError,
		locked,
	});
	let body: React.ReactNode;
	if (blocked) {
		body = blocked;
	} else if (access.isPending || lesson.isPending) {
		body = (
			<LoadingBlock
				testId="quiz-loading"
				label={t.loading}
				blocks={["mb-6 h-12 w-full", "h-64 w-full"]}
			/>
		);
	} else if (!quiz) {
		body = <NotFoundState title={t.lessonNotFound} courseSlug={slug} />;
	} else {
		body = (
			<>
				<QuizIntro quiz={quiz} attemptsLeft={attemptsLeft} passed={passed} />
				{result ? (
					<QuizResult
						result={result}
						next={
							next && !next.locked
								? { href: next.href, title: next.lesson.title }
								: null
						}
						onRetry={
							!result.passed && result.attemptsLeft !== 0
								? () => {
										setResult(null);
										setRound((r) => r + 1);
									}
								: null
						}
					/>
				) : null}
				{courseDone ? (
					<div className="mb-6">
						<CourseCompleteBanner
							certificateId={
								result?.progress?.enrollment.certificateId ??
								access.data?.enrollment?.certificateId ??
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
				<QuizForm
					key={round}
					quiz={quiz}
					results={result?.results}
					disabled={!enrollment || !!result || outOfAttempts}
					submitting={submit.isPending}
					confirmUnanswered
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
		);
	}

	return (
		<LessonLayout
			testId="school-quiz-page"
			course={course}
			lesson={outlineLesson}
			access={access}
		>
			{body}
		</LessonLayout>
	);
}
