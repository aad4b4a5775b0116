"use client";
import type { CourseDetail } from "../../../types.js";
import {
	useCourse,
	useCourseProgress,
	useEnroll,
} from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import {
	CoursePitch,
	InstructorBio,
	PromoVideo,
} from "../course/course-pitch.js";
import { CourseReviews } from "../course/course-reviews.js";
import { RatingSummary } from "../course/rating.js";
import { ManagerBanner } from "../instructor/manager-banner.js";
import { ContinueLink } from "../learner/continue-link.js";
import { CourseStickyBar } from "../learner/course-sticky-bar.js";
import { LeaveCourse } from "../learner/leave-course.js";
import { LoadError } from "../learner/lesson-states.js";
import { buttonClass } from "../shared/cn.js";
import { PriceTag } from "../shared/course-card.js";
import { CurriculumList } from "../shared/curriculum.js";
import { GeneratedCover } from "../shared/generated-cover.js";
import { CourseLink, SchoolImage, SchoolLink } from "../shared/link.js";
import { Markdown } from "../shared/markdown.js";
import { NotFoundState, PageShell, ProgressBar } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { LoadingBlock } from "../ui/loading-block.js";
import { courseJsonLd } from "./course-json-ld.js";

function firstOpenLesson(course: CourseDetail, lessonId?: string | null) {
	const id =
		lessonId && course.lessonOrder.includes(lessonId)
			? lessonId
			: course.lessonOrder[0];
	const all = [
		...course.sections.flatMap((s) => s.lessons),
		...course.unsectionedLessons,
	];
	return all.find((l) => l.id === id) ?? null;
}

function CallToAction({ course }: { course: CourseDetail }) {
	const { t, paths, signInUrl, checkout, navigate, format } = useSchool();
	const { data, isPending, error, progress, refetch } = useCourseProgress(
		course.id,
	);
	const enroll = useEnroll();
	const enrollment = data?.enrollment;
	const lessonHref = (lessonId?: string | null) => {
		const lesson = firstOpenLesson(course, lessonId);
		if (!lesson) return paths.course(course.slug);
		return lesson.type === "quiz"
			? paths.quiz(course.slug, lesson.id)
			: paths.lesson(course.slug, lesson.id);
	};

	if (isPending)
		return (
			<LoadingBlock
				testId="course-cta-loading"
				className="flex flex-col gap-2"
				label={t.loading}
				blocks={["h-10 w-full", "h-4 w-2/3"]}
			/>
		);
	if (error) {
		return <LoadError what={t.accessLoadError} onRetry={() => refetch()} />;
	}
	// Managers neither buy nor enroll in their own course: the manager banner leads to the editor.
	if (data?.canManage) return null;

	if (enrollment && enrollment.status !== "cancelled") {
		const done = enrollment.status === "completed";
		return (
			<div
				className="flex flex-col gap-3"
				data-testid="course-cta"
				data-state={done ? "completed" : "enrolled"}
			>
				<p className="text-sm font-medium">
					{done ? t.completedCourse : t.enrolled}
				</p>
				<ProgressBar
					value={progress?.pct ?? 0}
					label={t.progressLabel(progress?.pct ?? 0)}
				/>
				<p className="text-sm text-muted-foreground">
					{t.progressLabel(progress?.pct ?? 0)}
				</p>
				{course.status === "archived" ? (
					<p
						className="text-sm text-muted-foreground"
						data-testid="archived-note"
					>
						{t.archivedNote}
					</p>
				) : null}
				<ContinueLink
					course={course}
					enrollment={enrollment}
					testId="continue-learning"
				/>
				{done && enrollment.certificateId ? (
					<SchoolLink
						href={paths.certificate(enrollment.certificateId)}
						className={buttonClass("outline")}
						data-testid="view-certificate"
					>
						{t.viewCertificate}
					</SchoolLink>
				) : null}
				{!done ? <LeaveCourse enrollmentId={enrollment.id} /> : null}
			</div>
		);
	}

	const full =
		course.maxStudents !== null && course.enrollmentCount >= course.maxStudents;
	if (!data?.signedIn) {
		const returnTo = paths.course(course.slug);
		return (
			<div data-testid="course-cta" data-state="signed-out">
				<SchoolLink
					href={signInUrl ? signInUrl(returnTo) : returnTo}
					className={buttonClass()}
					data-testid="sign-in-to-enroll"
				>
					{t.signInToEnroll}
				</SchoolLink>
			</div>
		);
	}
	if (full) {
		return (
			<div data-testid="course-cta" data-state="full">
				<Button disabled>{t.courseFull}</Button>
			</div>
		);
	}
	if (course.price > 0) {
		return (
			<div data-testid="course-cta" data-state="buy">
				<Button
					data-testid="buy-course"
					disabled={!checkout}
					onClick={() => checkout?.(course)}
				>
					{t.buyCourse(format.price(course.price, course.currency))}
				</Button>
			</div>
		);
	}
	return (
		<div
			className="flex flex-col gap-2"
			data-testid="course-cta"
			data-state="enroll"
		>
			<Button
				data-testid="enroll-button"
				disabled={enroll.isPending}
				onClick={() =>
					enroll.mutate(course.id, {
						onSuccess: () => {
							const lesson = firstOpenLesson(course);
							if (lesson) void navigate(lessonHref(lesson.id));
						},
					})
				}
			>
				{enroll.isPending ? t.enrolling : t.enrollFree}
			</Button>
			{enroll.error ? (
				<p role="alert" className="text-sm text-destructive">
					{enroll.error.message}
				</p>
			) : null}
		</div>
	);
}

export function CoursePage({ slug }: { slug: string }) {
	const { t, paths, siteURL, schoolName, showLearnerCountFrom } = useSchool();
	const { data: course } = useCourse(slug);
	const { data: learner } = useCourseProgress(course?.id);
	if (!course)
		return (
			<NotFoundState title={t.courseNotFound} body={t.courseNotFoundBody} />
		);
	const enrolled =
		(!!learner?.enrollment && learner.enrollment.status !== "cancelled") ||
		!!learner?.canManage;
	const completedIds = new Set(
		learner?.enrollment?.lessons
			.filter((l) => l.completed)
			.map((l) => l.lessonId),
	);

	return (
		<PageShell testId="school-course-page" className="pb-28 lg:pb-8">
			<script
				type="application/ld+json"
				// JSON-LD must be raw JSON; `<` is escaped so a title cannot close the script tag.
				// biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON, not HTML
				dangerouslySetInnerHTML={{
					__html: courseJsonLd(course, {
						courseUrl: siteURL
							? `${siteURL}${paths.course(course.slug)}`
							: undefined,
						siteURL,
						schoolName,
					}),
				}}
			/>
			<ManagerBanner course={course} />
			<div className="grid gap-8 lg:grid-cols-[1fr_320px]">
				<div className="min-w-0">
					<p className="mb-2 text-sm text-muted-foreground">
						{[course.category, t.difficulty[course.difficulty]]
							.filter(Boolean)
							.join(" · ")}
					</p>
					<h1
						className="text-3xl font-bold tracking-tight"
						data-testid="course-title"
					>
						{course.title}
					</h1>
					{course.subtitle ? (
						<p className="mt-2 text-lg" data-testid="course-subtitle">
							{course.subtitle}
						</p>
					) : null}
					<RatingSummary rating={course.rating} className="mt-2" />
					{course.instructorName ? (
						<p className="mt-2 text-muted-foreground">
							{t.byInstructor(course.instructorName)}
						</p>
					) : null}
					{course.tags.length ? (
						<ul className="mt-3 flex list-none flex-wrap gap-2 p-0">
							{course.tags.map((tag) => (
								<li
									key={tag}
									className="rounded-full border border-border px-2 py-0.5 text-xs"
								>
									{tag}
								</li>
							))}
						</ul>
					) : null}
					{course.promoVideoUrl ? (
						<div className="mt-6">
							<PromoVideo url={course.promoVideoUrl} />
						</div>
					) : course.coverImage ? (
						<SchoolImage
							src={course.coverImage}
							alt=""
							className="mt-6 aspect-video w-full rounded-lg object-cover"
						/>
					) : (
						<GeneratedCover
							title={course.title}
							className="mt-6 aspect-video h-auto overflow-hidden rounded-lg"
						/>
					)}
					{course.description ? (
						<Markdown className="mt-6">{course.description}</Markdown>
					) : null}
					{course.prerequisites?.length ? (
						<section
							className="mt-6 rounded-lg border border-border p-4"
							data-testid="course-prerequisites"
						>
							<h2 className="mb-2 font-semibold">{t.prerequisitesTitle}</h2>
							<ul className="list-disc pl-5">
								{course.prerequisites.map((p) => (
									<li key={p.id}>
										<CourseLink slug={p.slug} className="underline">
											{p.title}
										</CourseLink>
									</li>
								))}
							</ul>
						</section>
					) : null}
					<CoursePitch course={course} />
					<section className="mt-8" aria-labelledby="curriculum-heading">
						<h2 id="curriculum-heading" className="mb-4 text-2xl font-semibold">
							{t.curriculum}
						</h2>
						<CurriculumList
							course={course}
							canOpenAll={enrolled}
							completedIds={completedIds}
							locks={learner?.enrollment?.locks}
						/>
					</section>
					<InstructorBio course={course} />
					<CourseReviews
						course={course}
						studying={
							completedIds.size > 0 && enrolled && !!learner?.enrollment
						}
						canManage={!!learner?.canManage}
					/>
				</div>
				<aside
					id="enroll"
					className="scroll-mt-6 lg:sticky lg:top-6 lg:self-start"
				>
					<div className="flex flex-col gap-4 rounded-lg border border-border bg-card p-5 shadow-sm">
						<p className="text-2xl font-bold" data-testid="course-price">
							<PriceTag course={course} />
						</p>
						<CallToAction course={course} />
						<div>
							<h2 className="mb-2 text-sm font-semibold">{t.whatYouGet}</h2>
							<ul className="m-0 flex list-none flex-col gap-1 p-0 text-sm text-muted-foreground">
								<li>{t.lessonsCount(course.lessonCount)}</li>
								<li>
									{t.minutes(
										course.totalDurationMins || course.durationMins || 0,
									)}
								</li>
								<li>{t.difficulty[course.difficulty]}</li>
								{course.enrollmentCount >= (showLearnerCountFrom ?? 10) ? (
									<li>{t.studentsCount(course.enrollmentCount)}</li>
								) : null}
							</ul>
						</div>
					</div>
				</aside>
			</div>
			<CourseStickyBar course={course} />
		</PageShell>
	);
}
