"use client";
import type {
	CourseDetail,
	LessonLock,
	LessonOutline,
} from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { LockIcon } from "../learner/lock-icon.js";
import { cn } from "./cn.js";
import { SchoolLink } from "./link.js";

export function LessonTypeIcon({ type }: { type: string }) {
	const glyph = type === "video" ? "▶" : type === "quiz" ? "?" : "≡";
	return (
		<span
			aria-hidden="true"
			className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-muted text-xs"
		>
			{glyph}
		</span>
	);
}

/** Sections with their lessons, then lessons outside any section, in reading order. */
export function outlineGroups(course: CourseDetail, otherTitle: string) {
	const groups = course.sections.map((s) => ({
		id: s.id,
		title: s.title,
		lessons: s.lessons,
	}));
	if (course.unsectionedLessons.length) {
		groups.push({
			id: "unsectioned",
			title: otherTitle,
			lessons: course.unsectionedLessons,
		});
	}
	return groups;
}

/**
 * The curriculum: on the course page (open lessons link, the rest show their durations) and
 * as the lesson player's sidebar (completion marks, the current lesson).
 */
export function CurriculumList({
	course,
	canOpenAll,
	completedIds,
	currentLessonId,
	compact,
	locks,
}: {
	course: CourseDetail;
	canOpenAll: boolean;
	completedIds?: Set<string>;
	currentLessonId?: string;
	compact?: boolean;
	/** Pacing (#19): the learner's closed lessons, from their enrollment, with the reason. */
	locks?: LessonLock[];
}) {
	const { t, paths, format } = useSchool();
	const lockText = (lock: LessonLock) =>
		lock.reason === "not_yet_open" && lock.opensAt
			? t.lockNotYetOpen(format.date(lock.opensAt))
			: lock.reason === "expired"
				? t.lockExpired
				: lock.reason === "prerequisites_missing"
					? t.lockPrerequisites
					: t.lockSequential;
	const row = (lesson: LessonOutline) => {
		const lock = locks?.find((l) => l.lessonId === lesson.id);
		const open = (canOpenAll || lesson.isFreePreview) && !lock;
		const done = completedIds?.has(lesson.id);
		const current = lesson.id === currentLessonId;
		const label = (
			<>
				<LessonTypeIcon type={lesson.type} />
				<span className="flex-1">
					<span className="sr-only">{t.lessonTypes[lesson.type]}: </span>
					{lesson.title}
					{done ? (
						<span className="sr-only"> ({t.lessonCompletedMark})</span>
					) : null}
				</span>
				{lesson.isFreePreview && !canOpenAll ? (
					<span className="rounded-full bg-primary/10 px-2 py-0.5 text-xs font-medium text-primary">
						{t.preview}
					</span>
				) : null}
				{lesson.durationMins ? (
					<span className="text-xs text-muted-foreground">
						{t.minutes(lesson.durationMins)}
					</span>
				) : null}
				{done ? (
					<span
						aria-hidden="true"
						className="text-primary"
						title={t.lessonCompletedMark}
					>
						✓
					</span>
				) : null}
				{lock ? (
					<span
						className="text-xs text-muted-foreground"
						data-testid="lesson-lock-reason"
						data-reason={lock.reason}
					>
						{lockText(lock)}
					</span>
				) : null}
				{!open ? (
					<span data-testid="lesson-lock" title={t.lockedMark}>
						<LockIcon />
						<span className="sr-only"> ({t.lockedMark})</span>
					</span>
				) : null}
			</>
		);
		const cls = cn(
			"flex w-full items-center gap-3 rounded-md px-3 py-2 text-sm",
			current && "bg-muted font-medium",
			open &&
				"hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
			!open && "text-muted-foreground",
		);
		return (
			<li
				key={lesson.id}
				data-testid="curriculum-lesson"
				data-lesson-id={lesson.id}
			>
				{open ? (
					<SchoolLink
						href={
							lesson.type === "quiz"
								? paths.quiz(course.slug, lesson.id)
								: paths.lesson(course.slug, lesson.id)
						}
						className={cls}
						aria-current={current ? "page" : undefined}
					>
						{label}
					</SchoolLink>
				) : (
					<div className={cls}>{label}</div>
				)}
			</li>
		);
	};
	return (
		<div className={cn("flex flex-col", compact ? "gap-3" : "gap-5")}>
			{outlineGroups(course, t.otherLessons).map((group) => (
				<section key={group.id} aria-label={group.title}>
					<h3
						className={cn(
							"mb-1 font-semibold",
							compact ? "px-3 text-sm" : "text-base",
						)}
					>
						{group.title}
					</h3>
					<ol className="m-0 flex list-none flex-col gap-0.5 p-0">
						{group.lessons.map(row)}
					</ol>
				</section>
			))}
		</div>
	);
}
