import type {
	Course,
	Enrollment,
	LearnerEnrollmentStatus,
	Lesson,
	LessonLock,
	PrerequisiteMode,
	Section,
} from "../types.js";

/**
 * Pacing (#19): the one module that answers "is this lesson open for this enrollment now, and
 * if not, why and when". Everything time-based takes `now` from the caller (the plugin's
 * `clock` option), so tests move time instead of waiting. All times are UTC instants; the
 * client formats them in the learner's locale. Pure: the reads and the HTTP refusals built on
 * these rules are in `pacing-gate.ts`.
 */

/** Where "now" comes from: the `clock` option, or the system clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DAY_MS = 86_400_000;

/** The course ids a course requires completed first (stored as a JSON array). */
export function prerequisiteIds(course: Course): string[] {
	if (!course.prerequisites) return [];
	try {
		const parsed: unknown = JSON.parse(course.prerequisites);
		return Array.isArray(parsed)
			? parsed.filter((x): x is string => typeof x === "string")
			: [];
	} catch {
		return [];
	}
}

export const prerequisiteModeOf = (course: Course): PrerequisiteMode =>
	course.prerequisiteMode === "start" ? "start" : "enroll";

/** When access granted at `from` ends for this course (null = never). */
export function accessEndsAtFor(course: Course, from: Date): Date | null {
	return course.accessDays
		? new Date(from.getTime() + course.accessDays * DAY_MS)
		: null;
}

/** True once the enrollment's access period has passed. */
export function isExpired(
	enrollment: Pick<Enrollment, "accessEndsAt">,
	now: Date,
): boolean {
	return (
		!!enrollment.accessEndsAt &&
		new Date(enrollment.accessEndsAt).getTime() <= now.getTime()
	);
}

/** The status learners see: `expired` is computed from `accessEndsAt`, never stored. */
export function enrollmentStatusAt(
	enrollment: Pick<Enrollment, "status" | "accessEndsAt">,
	now: Date,
): LearnerEnrollmentStatus {
	return enrollment.status !== "cancelled" && isExpired(enrollment, now)
		? "expired"
		: enrollment.status;
}

type Drip = Pick<Lesson, "dripDays" | "dripDate">;

/**
 * When a lesson opens for a learner enrolled at `enrolledAt`: the latest of the lesson's and
 * its section's rules (days after enrollment, a date); null when none applies.
 */
export function dripOpensAt(
	lesson: Drip,
	section: Drip | null | undefined,
	enrolledAt: Date,
): Date | null {
	let latest: number | null = null;
	for (const rule of [lesson, section]) {
		if (!rule) continue;
		const times = [
			rule.dripDays != null
				? new Date(enrolledAt).getTime() + rule.dripDays * DAY_MS
				: null,
			rule.dripDate ? new Date(rule.dripDate).getTime() : null,
		];
		for (const t of times)
			if (t !== null && (latest === null || t > latest)) latest = t;
	}
	return latest === null ? null : new Date(latest);
}

/** What the rules read of a section: its drip. */
export type PacedSection = Pick<Section, "id" | "dripDays" | "dripDate">;
/** What the rules read of a lesson (an outline's lesson is enough: no body). */
export type PacedLesson = Pick<
	Lesson,
	"id" | "sectionId" | "isFreePreview" | "dripDays" | "dripDate"
>;

/** What the pacing rules read about one learner in one course. */
export interface PacingState {
	course: Course;
	sections: PacedSection[];
	/** The course's lessons in reading order. */
	ordered: PacedLesson[];
	enrollment: Enrollment;
	/** Lessons this learner has completed (a quiz counts once passed). */
	completedIds: ReadonlySet<string>;
	/** Prerequisite courses not yet completed (only read when the mode is `start`). */
	missingPrerequisites: string[];
	now: Date;
}

/** Why `lesson` is closed to the learner now, or null when it is open. Pure. */
export function lessonLock(
	state: PacingState,
	lesson: PacedLesson,
): LessonLock | null {
	const lock = (
		reason: LessonLock["reason"],
		extra: Partial<LessonLock> = {},
	): LessonLock => ({
		lessonId: lesson.id,
		reason,
		opensAt: null,
		afterLessonId: null,
		...extra,
	});
	// Free previews are open to everyone, so pacing never closes them to a learner.
	if (lesson.isFreePreview) return null;
	if (isExpired(state.enrollment, state.now)) return lock("expired");
	if (state.missingPrerequisites.length > 0)
		return lock("prerequisites_missing");
	const section = state.sections.find((s) => s.id === lesson.sectionId);
	const opens = dripOpensAt(lesson, section, state.enrollment.enrolledAt);
	if (opens && opens.getTime() > state.now.getTime())
		return lock("not_yet_open", { opensAt: opens.toISOString() });
	if (state.course.sequential) {
		const index = state.ordered.findIndex((l) => l.id === lesson.id);
		const previous = index > 0 ? state.ordered[index - 1] : undefined;
		if (previous && !state.completedIds.has(previous.id))
			return lock("sequential", { afterLessonId: previous.id });
	}
	return null;
}

/** Every closed lesson of the course for this learner, in reading order. */
export function courseLocks(state: PacingState): LessonLock[] {
	return state.ordered
		.map((lesson) => lessonLock(state, lesson))
		.filter((l): l is LessonLock => l !== null);
}

/** Does the course have any rule that can close a lesson? (Skips the reads when not.) */
export function hasPacing(course: Course): boolean {
	return (
		!!course.sequential ||
		!!course.accessDays ||
		(prerequisiteModeOf(course) === "start" &&
			prerequisiteIds(course).length > 0)
	);
}
