"use client";
import { type ReactNode, useId, useState } from "react";
import type { CourseAccess, CourseDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { CurriculumList } from "../shared/curriculum.js";
import { CourseLink, SchoolLink } from "../shared/link.js";
import { PageShell, ProgressBar } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { activeEnrollment, neighboursOf, opensAll } from "./lesson-nav.js";
import { LockIcon } from "./lock-icon.js";
import { UnderPlayerProvider } from "./under-player.js";

/**
 * The viewer's access to the course and their progress, as `useCourseProgress` returns them:
 * the lesson and quiz pages hand that result over whole.
 */
interface LearnerAccess {
	data: CourseAccess | undefined;
	progress: {
		pct: number;
		completedIds: Set<string>;
	} | null;
}

/** The course outline with the learner's progress: the desktop sidebar and the phone drawer. */
function Outline({
	course,
	lessonId,
	access: { data: access, progress },
}: {
	course: CourseDetail;
	lessonId: string;
	access: LearnerAccess;
}) {
	const { t } = useSchool();
	const pct = progress?.pct ?? 0;
	return (
		<div className="rounded-lg border border-border bg-card p-3">
			<CourseLink
				slug={course.slug}
				className="mb-3 block px-3 font-semibold hover:underline"
			>
				{course.title}
			</CourseLink>
			{activeEnrollment(access) ? (
				<div className="mb-4 px-3">
					<ProgressBar value={pct} label={t.progressLabel(pct)} />
					<p
						className="mt-1 text-xs text-muted-foreground"
						data-testid="course-progress"
					>
						{t.progressLabel(pct)}
					</p>
				</div>
			) : null}
			<CurriculumList
				course={course}
				canOpenAll={opensAll(access)}
				completedIds={progress?.completedIds}
				currentLessonId={lessonId}
				compact
				locks={access?.enrollment?.locks}
			/>
		</div>
	);
}

/**
 * The frame of every lesson and quiz page: the outline (a sidebar on wide screens, a "Course
 * content" drawer right under the player on phones), the title, the media, the body, an
 * enroll card for previews, and previous/next links that never lead into a locked page.
 */
export function LessonLayout({
	testId,
	course,
	lesson: { id: lessonId, title },
	access,
	media,
	children,
}: {
	testId: string;
	course: CourseDetail;
	/** The lesson's entry in the course outline. */
	lesson: { id: string; title: string };
	access: LearnerAccess;
	/** The player (or nothing): the phone drawer sits right under it. */
	media?: ReactNode;
	children: ReactNode;
}) {
	const { t, paths } = useSchool();
	const [drawerOpen, setDrawerOpen] = useState(false);
	const drawerId = useId();
	const openAll = opensAll(access.data);
	const { progress } = access;
	const { prev, next } = neighboursOf(course, lessonId, paths, openAll);
	const outline = (
		<Outline course={course} lessonId={lessonId} access={access} />
	);
	// On phones the course content sits right under the player: the media component places it
	// after the video and before its transcript and notes tabs.
	const drawer = (
		<div className="mb-6 lg:hidden">
			<Button
				variant="outline"
				className="w-full justify-between"
				aria-expanded={drawerOpen}
				aria-controls={drawerId}
				onClick={() => setDrawerOpen((o) => !o)}
				data-testid="course-content-toggle"
			>
				<span>{t.lessonsSidebar}</span>
				<span className="text-muted-foreground">
					{progress ? t.progressLabel(progress.pct) : ""}{" "}
					<span aria-hidden="true">{drawerOpen ? "▴" : "▾"}</span>
				</span>
			</Button>
			{drawerOpen ? (
				<nav
					id={drawerId}
					aria-label={t.lessonsSidebar}
					className="mt-2"
					data-testid="course-content-drawer"
				>
					{outline}
				</nav>
			) : null}
		</div>
	);
	return (
		<PageShell testId={testId} className="max-w-7xl">
			<div className="grid gap-8 lg:grid-cols-[300px_1fr]">
				<nav aria-label={t.lessonsSidebar} className="hidden lg:block">
					{outline}
				</nav>
				<article className="min-w-0">
					<CourseLink
						slug={course.slug}
						className="text-sm text-muted-foreground hover:underline lg:hidden"
					>
						← {course.title}
					</CourseLink>
					<h1
						className="mt-1 mb-4 text-2xl font-bold tracking-tight"
						data-testid="lesson-title"
					>
						{title}
					</h1>
					{media ? (
						<div className="mb-4">
							<UnderPlayerProvider value={drawer}>{media}</UnderPlayerProvider>
						</div>
					) : (
						drawer
					)}
					{children}
					{!openAll ? (
						<aside
							data-testid="preview-enroll"
							className="mt-8 rounded-lg border border-primary/40 bg-primary/5 p-5"
						>
							<h2 className="font-semibold">{t.previewEnrollTitle}</h2>
							<p className="mt-1 mb-3 text-sm text-muted-foreground">
								{t.previewEnrollBody(course.lessonCount)}
							</p>
							<CourseLink
								slug={course.slug}
								hash="enroll"
								className={buttonClass()}
								data-testid="preview-enroll-link"
							>
								{t.previewEnrollCta}
							</CourseLink>
						</aside>
					) : null}
					<nav
						aria-label={t.lessonNavigation}
						className="mt-10 flex justify-between gap-4 border-t border-border pt-6"
					>
						{prev ? (
							<SchoolLink
								href={prev.href}
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
								href={next.href}
								className={buttonClass("outline")}
								data-testid="next-lesson"
								data-locked={next.locked}
							>
								{next.locked ? (
									<>
										<LockIcon className="mr-1.5 h-4 w-4" />
										{t.nextLockedEnroll}
									</>
								) : (
									<>{t.nextLesson} →</>
								)}
							</SchoolLink>
						) : null}
					</nav>
				</article>
			</div>
		</PageShell>
	);
}
