/** Records as the database adapter returns them (dates are `Date`). */

import type {
	CourseStatus,
	Difficulty,
	EnrollmentStatus,
	LessonType,
} from "./enums.js";
import type { PrerequisiteMode } from "./pacing-types.js";

export interface Course {
	id: string;
	title: string;
	slug: string;
	description?: string | null;
	coverImage?: string | null;
	instructorId: string;
	instructorName?: string | null;
	category?: string | null;
	/** JSON array of strings, as stored. */
	tags?: string | null;
	difficulty: Difficulty;
	durationMins?: number | null;
	price: number;
	currency: string;
	status: CourseStatus;
	maxStudents?: number | null;
	/** Pacing (#19): JSON array of course ids, as stored. */
	prerequisites?: string | null;
	prerequisiteMode?: PrerequisiteMode | null;
	sequential?: boolean | null;
	accessDays?: number | null;
	searchText?: string | null;
	lessonCount: number;
	lessonDurationMins: number;
	enrollmentCount: number;
	completionCount: number;
	/** Visible reviews, their star sum and average × 100 (see `db.ts`); absent on old rows. */
	ratingCount?: number | null;
	ratingSum?: number | null;
	ratingScore?: number | null;
	subtitle?: string | null;
	/** JSON arrays of strings, as stored. */
	outcomes?: string | null;
	requirements?: string | null;
	audience?: string | null;
	promoVideoUrl?: string | null;
	instructorBio?: string | null;
	instructorAvatar?: string | null;
	createdAt: Date;
	updatedAt: Date;
}

export interface Section {
	id: string;
	courseId: string;
	title: string;
	order: number;
	/** Pacing (#19): the section's lessons open N days after enrollment or on a date. */
	dripDays?: number | null;
	dripDate?: Date | null;
}

export interface Lesson {
	id: string;
	courseId: string;
	sectionId?: string | null;
	title: string;
	type: LessonType;
	content?: string | null;
	videoUrl?: string | null;
	captionsUrl?: string | null;
	/** JSON array of `{language, label, url}` caption tracks, as stored. */
	captions?: string | null;
	durationMins?: number | null;
	order: number;
	isFreePreview: boolean;
	/** JSON array of `{label, url}`, as stored. */
	resources?: string | null;
	/** Pacing (#19): opens N days after enrollment or on a date (UTC). */
	dripDays?: number | null;
	dripDate?: Date | null;
	createdAt: Date;
	updatedAt: Date;
}

export interface Enrollment {
	id: string;
	courseId: string;
	userId: string;
	enrollKey: string;
	seatKey?: string | null;
	status: EnrollmentStatus;
	progressPct: number;
	lastLessonId?: string | null;
	certificateId?: string | null;
	paymentRef?: string | null;
	learnerName?: string | null;
	learnerEmail?: string | null;
	/** Folded name + email for the roster's search (learner-search.ts). */
	learnerSearch?: string | null;
	/** Folded name and email: the roster's sort keys. */
	learnerNameKey?: string | null;
	learnerEmailKey?: string | null;
	enrolledAt: Date;
	completedAt?: Date | null;
	/** Pacing (#19): lesson access ends then (null = never). */
	accessEndsAt?: Date | null;
	lastActivityAt?: Date | null;
}

export interface LessonProgress {
	id: string;
	enrollmentId: string;
	lessonId: string;
	courseId: string;
	progressKey: string;
	completed: boolean;
	completedAt?: Date | null;
	positionSecs: number;
}

export interface QuizAttempt {
	id: string;
	lessonId: string;
	userId: string;
	attemptKey: string;
	/** JSON array of `{questionId, answer}`, as stored. */
	answers: string;
	score: number;
	passed: boolean;
	attemptedAt: Date;
}

/** The signed-in user, as the app's identity source reports it. */
export interface SchoolUser {
	id: string;
	name?: string | null;
	email?: string | null;
	roles?: string[];
}
