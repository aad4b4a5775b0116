"use client";
import { SchoolApiError } from "../../fetcher.js";
import {
	useCourse,
	useCourseProgress,
	useLesson,
	useLessonProgress,
} from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { CourseCompleteBanner } from "../shared/course-complete.js";
import { CurriculumList } from "../shared/curriculum.js";
import { SchoolLink } from "../shared/link.js";
import { Markdown } from "../shared/markdown.js";
import {
	NotFoundState,
	PageShell,
	ProgressBar,
	Skeleton,
} from "../shared/states.js";
import { VideoPlayer } from "../shared/video-player.js";

function LockedLesson({ slug, signedIn }: { slug: string; signedIn: boolean }) {
	const { t, paths, signInUrl } = useSchool();
	return (
		<div
			data-testid="lesson-locked"
			className="rounded-lg border border-border bg-card p-8 text-center"
		>
			<h2 className="mb-2 text-xl font-semibold">{t.lessonLockedTitle}</h2>
			<p className="mb-6 text-muted-foreground">
				{signedIn ? t.lessonLockedEnroll : t.lessonLockedSignIn}
			</p>
			<div className="flex flex-wrap justify-center gap-3">
				{!signedIn && signInUrl ? (
					<SchoolLink
						href={signInUrl(
							typeof window === "undefined"
								? paths.course(slug)
								: window.location.pathname,
						)}
						className={buttonClass()}
					>
						{t.signIn}
					</SchoolLink>
				) : null}
				<SchoolLink
					href={paths.course(slug)}
					className={buttonClass(signedIn ? "primary" : "outline")}
				>
					{t.goToCourse}
				</SchoolLink>
			</div>
		</div>
	);
}

export function LessonPage({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	const { t, paths } = useSchool();
	const { data: course } = useCourse(slug);
	const {
		data: learner,
		progress,
		isPending: accessPending,
	} = useCourseProgress(course?.id);
	const outlineLesson = course
		? [
				...course.sections.flatMap((s) => s.lessons),
				...course.unsectionedLessons,
			].find((l) => l.id === lessonId)
		: undefined;
	const activeEnrollment =
		learner?.enrollment && learner.enrollment.status !== "cancelled"
			? learner.enrollment
			: null;
	// Ask for the lesson only when this visitor may open it: no failed requests for locked lessons.
	const mayOpen =
		!!outlineLesson &&
		(outlineLesson.isFreePreview || !!activeEnrollment || !!learner?.canManage);
	const lesson = useLesson(lessonId, { enabled: !accessPending && mayOpen });
	const { complete, savePosition } = useLessonProgress(
		course?.id ?? "",
		lessonId,
	);

	if (!course?.lessonOrder.includes(lessonId)) {
		return <NotFoundState title={t.lessonNotFound} />;
	}
	const enrollment = activeEnrollment;
	const index = course.lessonOrder.indexOf(lessonId);
	const outline = [
		...course.sections.flatMap((s) => s.lessons),
		...course.unsectionedLessons,
	];
	const byId = new Map(outline.map((l) => [l.id, l]));
	const hrefOf = (id: string | undefined) => {
		const l = id ? byId.get(id) : undefined;
		if (!l) return null;
		return l.type === "quiz"
			? paths.quiz(slug, l.id)
			: paths.lesson(slug, l.id);
	};
	const prev = hrefOf(course.lessonOrder[index - 1]);
	const next = hrefOf(course.lessonOrder[index + 1]);
	const done = progress?.completedIds.has(lessonId) ?? false;
	const lessonError =
		lesson.error instanceof SchoolApiError ? lesson.error : null;
	const locked =
		(!accessPending && !mayOpen) ||
		(lessonError && (lessonError.status === 401 || lessonError.status === 403));
	const savedPosition =
		enrollment?.lessons.find((l) => l.lessonId === lessonId)?.positionSecs ?? 0;
	const courseDone = enrollment?.status === "completed";
	const markComplete = () => {
		if (enrollment && !done && !complete.isPending) complete.mutate();
	};

	return (
		<PageShell testId="school-lesson-page" className="max-w-7xl">
			<div className="grid gap-8 lg:grid-cols-[300px_1fr]">
				<nav aria-label={t.lessonsSidebar} className="order-2 lg:order-1">
					<div className="rounded-lg border border-border bg-card p-3">
						<SchoolLink
							href={paths.course(slug)}
							className="mb-3 block px-3 font-semibold hover:underline"
						>
							{course.title}
						</SchoolLink>
						{enrollment ? (
							<div className="mb-4 px-3">
								<ProgressBar
									value={progress?.pct ?? 0}
									label={t.progressLabel(progress?.pct ?? 0)}
								/>
								<p
									className="mt-1 text-xs text-muted-foreground"
									data-testid="course-progress"
								>
									{t.progressLabel(progress?.pct ?? 0)}
								</p>
							</div>
						) : null}
						<CurriculumList
							course={course}
							canOpenAll={!!enrollment || !!learner?.canManage}
							completedIds={progress?.completedIds}
							currentLessonId={lessonId}
							compact
						/>
					</div>
				</nav>
				<article className="order-1 min-w-0 lg:order-2">
					<h1
						className="mb-4 text-2xl font-bold tracking-tight"
						data-testid="lesson-title"
					>
						{byId.get(lessonId)?.title}
					</h1>
					{courseDone &&
					(complete.data?.courseCompleted ||
						index === course.lessonOrder.length - 1) ? (
						<div className="mb-6">
							<CourseCompleteBanner
								certificateId={enrollment?.certificateId ?? null}
							/>
						</div>
					) : null}
					{locked ? (
						<LockedLesson slug={slug} signedIn={!!learner?.signedIn} />
					) : lesson.isPending ? (
						<Skeleton className="aspect-video w-full" />
					) : lesson.error ? (
						<p role="alert" className="text-destructive">
							{lesson.error.message}
						</p>
					) : lesson.data ? (
						<div className="flex flex-col gap-6">
							{lesson.data.type === "video" && lesson.data.videoUrl ? (
								<VideoPlayer
									title={lesson.data.title}
									videoUrl={lesson.data.videoUrl}
									captionsUrl={lesson.data.captionsUrl}
									startAt={savedPosition}
									onPosition={
										enrollment
											? (positionSecs, { keepalive }) =>
													savePosition.mutate({ positionSecs, keepalive })
											: undefined
									}
									onWatched={enrollment ? markComplete : undefined}
								/>
							) : null}
							{lesson.data.type === "quiz" ? (
								<div className="rounded-lg border border-border bg-card p-6">
									<SchoolLink
										href={paths.quiz(slug, lessonId)}
										className={buttonClass()}
										data-testid="start-quiz"
									>
										{t.startQuiz}
									</SchoolLink>
								</div>
							) : null}
							{lesson.data.content ? (
								<Markdown>{lesson.data.content}</Markdown>
							) : null}
							{lesson.data.resources.length ? (
								<section aria-labelledby="resources-heading">
									<h2
										id="resources-heading"
										className="mb-2 text-lg font-semibold"
									>
										{t.resources}
									</h2>
									<ul className="flex flex-col gap-1">
										{lesson.data.resources.map((r) => (
											<li key={r.url}>
												<a
													href={r.url}
													target="_blank"
													rel="noopener noreferrer nofollow"
													className="text-primary underline underline-offset-4"
												>
													{r.label}
												</a>
											</li>
										))}
									</ul>
								</section>
							) : null}
							{enrollment && lesson.data.type !== "quiz" ? (
								<div>
									<button
										type="button"
										className={buttonClass(done ? "outline" : "primary")}
										data-testid="mark-complete"
										disabled={done || complete.isPending}
										onClick={markComplete}
									>
										{done ? `✓ ${t.markedComplete}` : t.markComplete}
									</button>
									{complete.error ? (
										<p role="alert" className="mt-2 text-sm text-destructive">
											{complete.error.message}
										</p>
									) : null}
								</div>
							) : null}
						</div>
					) : null}
					<nav
						aria-label={t.lessonNavigation}
						className="mt-10 flex justify-between gap-4 border-t border-border pt-6"
					>
						{prev ? (
							<SchoolLink
								href={prev}
								className={buttonClass("outline")}
								data-testid="previous-lesson"
							>
								← {t.previousLesson}
							</SchoolLink>
						) : (
							<span />
						)}
						{next ? (
							<SchoolLink
								href={next}
								className={buttonClass("outline")}
								data-testid="next-lesson"
							>
								{t.nextLesson} →
							</SchoolLink>
						) : null}
					</nav>
				</article>
			</div>
		</PageShell>
	);
}
