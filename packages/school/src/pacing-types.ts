/** Pacing (#19): prerequisites, lesson locks and expiring access. */

import type { EnrollmentStatus } from "./enums.js";

/** Pacing (#19): prerequisites are checked when enrolling, or only before the first lesson. */
export type PrerequisiteMode = "enroll" | "start";

/** Why a lesson is closed to a learner (pacing, #19). */
export type LessonLockReason =
	| "sequential"
	| "not_yet_open"
	| "expired"
	| "prerequisites_missing";

/** A lesson closed to this learner now: why, and when it opens (drip) or what comes first. */
export interface LessonLock {
	lessonId: string;
	reason: LessonLockReason;
	/** For `not_yet_open`: the opening time (ISO, UTC). */
	opensAt: string | null;
	/** For `sequential`: the lesson to complete first. */
	afterLessonId: string | null;
}

/** A course named by another (a prerequisite), for links. */
export interface CourseRef {
	id: string;
	title: string;
	slug: string;
}

/** An enrollment's status as learners see it: `expired` once `accessEndsAt` has passed. */
export type LearnerEnrollmentStatus = EnrollmentStatus | "expired";
