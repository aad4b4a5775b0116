"use client";
import { useState } from "react";
import { useLesson, useLessonProgress } from "../../hooks/school-hooks.js";
import { blockedLessonView, isAccessError } from "../learner/lesson-blocked.js";
import { LessonBody } from "../learner/lesson-body.js";
import { LessonLayout } from "../learner/lesson-layout.js";
import { UpNext } from "../learner/up-next.js";
import { useLessonRoute } from "../learner/use-lesson-route.js";
import { buttonClass } from "../shared/cn.js";
import { CourseCompleteBanner } from "../shared/course-complete.js";
import { SchoolLink } from "../shared/link.js";
import { NotFoundState } from "../shared/states.js";
import { VideoPlayer } from "../shared/video-player.js";
import { LessonMedia } from "../transcript/lesson-media.js";
import { Button } from "../ui/button.js";
import { LoadingBlock } from "../ui/loading-block.js";

export function LessonPage({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	const { t, paths, course, access, enrollment, openAll, outlineLesson, next } =
		useLessonRoute(slug, lessonId);
	// Previews open for everyone; the rest only once the access answer says so (no failed
	// requests for locked lessons).
	const mayOpen = !!outlineLesson && (outlineLesson.isFreePreview || openAll);
	const lesson = useLesson(lessonId, { enabled: mayOpen });
	const { complete, savePosition } = useLessonProgress(
		course?.id ?? "",
		lessonId,
	);
	const [ended, setEnded] = useState(false);
	const [upNextCancelled, setUpNextCancelled] = useState(false);

	if (!course || !outlineLesson)
		return <NotFoundState title={t.lessonNotFound} courseSlug={slug} />;

	const done = access.progress?.completedIds.has(lessonId) ?? false;
	const savedPosition =
		enrollment?.lessons.find((l) => l.lessonId === lessonId)?.positionSecs ?? 0;
	const courseDone = enrollment?.status === "completed";
	const lastLesson = course.lessonOrder.at(-1) === lessonId;
	const markComplete = () => {
		if (enrollment && !done && !complete.isPending) complete.mutate();
	};
	const accessFailed = access.isError && !outlineLesson.isFreePreview;
	const locked =
		(!access.isPending && !accessFailed && !mayOpen) ||
		isAccessError(lesson.error);
	const data = lesson.data;
	const video =
		data?.type === "video" && data.videoUrl ? (
			// The transcript, caption languages and notes around the video (#20).
			<LessonMedia
				key={lessonId}
				lesson={data}
				courseSlug={slug}
				notes={!!access.data?.signedIn}
			>
				{(wiring) => (
					<VideoPlayer
						// One player per lesson: its saved position is read once, when it mounts.
						key={lessonId}
						title={data.title}
						videoUrl={data.videoUrl ?? ""}
						{...wiring}
						startAt={savedPosition}
						onPosition={
							enrollment
								? (positionSecs, { keepalive }) =>
										savePosition.mutate({ positionSecs, keepalive })
								: undefined
						}
						onWatched={enrollment ? markComplete : undefined}
						onEnded={() => setEnded(true)}
					/>
				)}
			</LessonMedia>
		) : null;

	const blocked = blockedLessonView({
		slug,
		returnTo: paths.lesson(slug, lessonId),
		access,
		lesson,
		accessFailed,
		locked,
	});
	let body: React.ReactNode;
	if (blocked) {
		body = blocked;
	} else if (!data) {
		body = (
			<LoadingBlock
				testId="lesson-loading"
				label={t.loading}
				blocks={["aspect-video w-full", "mt-6 h-5 w-2/3", "mt-3 h-5 w-1/2"]}
			/>
		);
	} else {
		body = (
			<div className="flex flex-col gap-6">
				{ended && next && !next.locked && !upNextCancelled ? (
					<UpNext
						title={next.lesson.title}
						href={next.href}
						onCancel={() => setUpNextCancelled(true)}
					/>
				) : null}
				{data.type === "quiz" ? (
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
				<LessonBody lesson={data} />
				{enrollment && data.type !== "quiz" ? (
					<div className="flex flex-col gap-3">
						<div>
							<Button
								variant={done ? "outline" : "primary"}
								data-testid="mark-complete"
								disabled={done || complete.isPending}
								onClick={markComplete}
							>
								{done ? `✓ ${t.markedComplete}` : t.markComplete}
							</Button>
						</div>
						{complete.error ? (
							<p role="alert" className="text-sm text-destructive">
								{complete.error.message}
							</p>
						) : null}
						{done && !courseDone ? (
							<p
								className="flex flex-wrap items-center gap-3"
								data-testid="next-step"
							>
								<span className="text-muted-foreground">
									{next ? t.lessonDoneNext : t.lessonDoneLast}
								</span>
								{next ? (
									<SchoolLink href={next.href} className={buttonClass()}>
										{next.lesson.title} →
									</SchoolLink>
								) : null}
							</p>
						) : null}
					</div>
				) : null}
			</div>
		);
	}

	return (
		<LessonLayout
			testId="school-lesson-page"
			course={course}
			lesson={outlineLesson}
			access={access}
			// The player waits for the enrollment: it reads the saved position once, at mount.
			media={!locked && !accessFailed && !access.isPending ? video : null}
		>
			{courseDone && (complete.data?.courseCompleted || lastLesson) ? (
				<div className="mb-6">
					<CourseCompleteBanner
						certificateId={enrollment?.certificateId ?? null}
					/>
				</div>
			) : null}
			{body}
		</LessonLayout>
	);
}
