/** A learner's enrollments, progress and attempts, and who is asking. */

import type { CourseSummary } from "./course-types.js";
import type { LessonType } from "./enums.js";
import type { LearnerEnrollmentStatus, LessonLock } from "./pacing-types.js";

export interface SerializedEnrollment {
	id: string;
	courseId: string;
	userId: string;
	/** `expired` once `accessEndsAt` has passed (pacing, #19). */
	status: LearnerEnrollmentStatus;
	progressPct: number;
	lastLessonId: string | null;
	certificateId: string | null;
	paymentRef: string | null;
	enrolledAt: string;
	completedAt: string | null;
	/** When lesson access ends; null = never. */
	accessEndsAt?: string | null;
	lastActivityAt: string | null;
}

export interface SerializedLessonProgress {
	lessonId: string;
	completed: boolean;
	completedAt: string | null;
	positionSecs: number;
}

export interface EnrollmentDetail extends SerializedEnrollment {
	lessons: SerializedLessonProgress[];
	completedLessons: number;
	totalLessons: number;
	/** Where to resume: the last lesson and its saved video position. */
	resume: { lessonId: string; positionSecs: number } | null;
	/** Where "Continue" leads: the first unfinished lesson after the last one touched; null when all are done. */
	continueLessonId: string | null;
	/** Pacing (#19): the lessons closed to this learner now, with the reason. */
	locks?: LessonLock[];
}

export interface PortalEntry extends SerializedEnrollment {
	course: CourseSummary;
	lastLessonTitle: string | null;
	completedLessons: number;
	/** Where "Continue" leads (see `EnrollmentDetail.continueLessonId`), with its type and title. */
	continueLessonId: string | null;
	continueLessonType: LessonType | null;
	continueLessonTitle: string | null;
}

export interface ProgressUpdate {
	enrollment: SerializedEnrollment;
	completedLessons: number;
	totalLessons: number;
	/** True when this request completed the course. */
	courseCompleted: boolean;
}

export interface SerializedQuizAttempt {
	id: string;
	lessonId: string;
	score: number;
	passed: boolean;
	attemptedAt: string;
}

/** The caller's relation to a course (GET /school/courses/:id/access). */
export interface CourseAccess {
	signedIn: boolean;
	canManage: boolean;
	enrollment: EnrollmentDetail | null;
}

/** Who is asking (GET /school/me); null when signed out. */
export interface SchoolViewer {
	user: {
		id: string;
		name: string | null;
		isInstructor: boolean;
		isAdmin: boolean;
	} | null;
	/** The school's default quiz pass mark in percent (`quizPassMark` option); instructors and admins only. */
	quizPassMark?: number;
}
