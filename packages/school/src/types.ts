/** Records as the database adapter returns them (dates are `Date`). */

import type {
	CourseStatus,
	Difficulty,
	EnrollmentStatus,
	LessonType,
} from "./enums.js";
import type { CourseRating } from "./review-types.js";

export type { CourseStatus, Difficulty, EnrollmentStatus, LessonType };

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

export type {
	CourseRating,
	MyReview,
	Review,
	ReviewList,
	ReviewView,
} from "./review-types.js";

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

/** The signed-in user, as the app's identity source reports it. */
export interface SchoolUser {
	id: string;
	name?: string | null;
	email?: string | null;
	roles?: string[];
}

export interface Resource {
	label: string;
	url: string;
}

/** A WebVTT caption track of a lesson: `language` is a BCP 47 tag (`en`, `pt-BR`). */
export interface CaptionTrack {
	language: string;
	label: string;
	url: string;
}

/** A learner's private note on a lesson; with `positionSecs` it is a bookmark in the video. */
export interface Note {
	id: string;
	userId: string;
	courseId: string;
	lessonId: string;
	body: string;
	positionSecs?: number | null;
	createdAt: Date;
	updatedAt: Date;
}

/** A note as its author reads it (never anyone else). `lessonTitle` for course-wide lists. */
export interface SerializedNote {
	id: string;
	courseId: string;
	lessonId: string;
	lessonTitle: string | null;
	body: string;
	positionSecs: number | null;
	createdAt: string;
	updatedAt: string;
}

/** Dates become ISO strings: what HTTP returns and what server prefetch writes to the cache. */
export type Serialized<T> = {
	[K in keyof T]: T[K] extends Date
		? string
		: T[K] extends Date | null | undefined
			? string | null
			: T[K];
};

/** A course as the catalog shows it: tags parsed, internal columns dropped. */
export interface CourseSummary {
	id: string;
	title: string;
	slug: string;
	description: string | null;
	coverImage: string | null;
	instructorId: string;
	instructorName: string | null;
	category: string | null;
	tags: string[];
	difficulty: Difficulty;
	durationMins: number | null;
	price: number;
	currency: string;
	status: CourseStatus;
	maxStudents: number | null;
	lessonCount: number;
	totalDurationMins: number;
	enrollmentCount: number;
	rating: CourseRating;
	subtitle: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface CourseList {
	items: CourseSummary[];
	total: number;
	limit: number;
	offset: number;
}

export interface FacetCount {
	value: string;
	count: number;
}

export interface CourseFacets {
	categories: FacetCount[];
	tags: FacetCount[];
	difficulties: FacetCount[];
}

/** A lesson in the public outline: no body, no video URL, no quiz data. */
export interface LessonOutline {
	id: string;
	sectionId: string | null;
	title: string;
	type: LessonType;
	durationMins: number | null;
	order: number;
	isFreePreview: boolean;
	/** Pacing (#19): opens N days after enrollment / on this date (ISO). */
	dripDays?: number | null;
	dripDate?: string | null;
}

export interface SectionOutline {
	id: string;
	title: string;
	order: number;
	/** Pacing (#19): every lesson of the section opens N days after enrollment / on this date. */
	dripDays?: number | null;
	dripDate?: string | null;
	lessons: LessonOutline[];
}

export interface CourseDetail extends CourseSummary {
	/** "What you'll learn", in order. */
	outcomes: string[];
	requirements: string[];
	audience: string | null;
	promoVideoUrl: string | null;
	instructorBio: string | null;
	instructorAvatar: string | null;
	sections: SectionOutline[];
	/** Lessons that belong to no section, in order. */
	unsectionedLessons: LessonOutline[];
	/** The whole outline in reading order: sections in order, then unsectioned lessons. */
	lessonOrder: string[];
	/** Pacing (#19): courses to complete first (linked on the course page). */
	prerequisites?: CourseRef[];
	prerequisiteMode?: PrerequisiteMode;
	sequential?: boolean;
	/** Days of lesson access an enrollment gives; null = for ever. */
	accessDays?: number | null;
}

export interface LessonDetail {
	id: string;
	courseId: string;
	sectionId: string | null;
	title: string;
	type: LessonType;
	/** Markdown body for text and video lessons; null for quizzes (see `quiz`). */
	content: string | null;
	videoUrl: string | null;
	captionsUrl: string | null;
	/** Caption tracks in every language (the legacy `captionsUrl` is not repeated here). */
	captions: CaptionTrack[];
	durationMins: number | null;
	order: number;
	isFreePreview: boolean;
	resources: Resource[];
	/** Pacing (#19): opens N days after enrollment / on this date (ISO). */
	dripDays?: number | null;
	dripDate?: string | null;
	/** For quiz lessons: the quiz as this caller may see it. */
	quiz: import("./quiz.js").PublicQuiz | import("./quiz.js").Quiz | null;
	createdAt: string;
	updatedAt: string;
}

/**
 * The course editor's course (`GET /school/instructor/courses/:id`, managers only): the course
 * detail plus every lesson in reading order with its body, media and the quiz with its answer keys.
 */
export interface InstructorCourseDetail extends CourseDetail {
	lessons: LessonDetail[];
}

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

export interface Certificate {
	certificateId: string;
	learnerName: string;
	courseTitle: string;
	courseSlug: string;
	instructorName: string | null;
	completedAt: string;
}

export interface InstructorCourseStats extends CourseSummary {
	enrollments: number;
	completions: number;
	completionRate: number;
	averageProgress: number;
}

export interface RosterEntry {
	enrollmentId: string;
	userId: string;
	learnerName: string | null;
	learnerEmail: string | null;
	status: EnrollmentStatus;
	progressPct: number;
	enrolledAt: string;
	completedAt: string | null;
	lastActivityAt: string | null;
	/**
	 * The mean of the learner's best score on each quiz they attempted (one quiz: its best score);
	 * null before any attempt. `quizScores` has the best score per quiz.
	 */
	bestQuizScore: number | null;
	/** The learner's best score on each quiz they attempted, in curriculum order. */
	quizScores: { lessonId: string; best: number; passed: boolean }[];
}

/** One learner of a course as its managers see them (GET …/students/:userId). */
export interface LearnerDetail {
	entry: RosterEntry;
	/** Every lesson in reading order, with when the learner completed it. */
	lessons: {
		lessonId: string;
		title: string;
		type: LessonType;
		completed: boolean;
		completedAt: string | null;
	}[];
	/** Each quiz of the course with the learner's attempts, newest first. */
	quizzes: {
		lessonId: string;
		title: string;
		best: number | null;
		passed: boolean;
		attempts: { score: number; passed: boolean; attemptedAt: string }[];
	}[];
}

export interface Roster {
	items: RosterEntry[];
	total: number;
	limit: number;
	offset: number;
}

export interface LessonFunnelEntry {
	lessonId: string;
	title: string;
	type: LessonType;
	completions: number;
}

export interface QuizStats {
	lessonId: string;
	title: string;
	attempts: number;
	passes: number;
	passRate: number;
	averageScore: number;
}

/** A quiz by learner: each learner counts once, with their best attempt. */
export interface QuizLearnerStats {
	lessonId: string;
	title: string;
	/** Learners with at least one attempt in the range. */
	learners: number;
	/** Learners whose best attempt passed. */
	passedLearners: number;
	/** The mean over learners of each one's best score (0 without learners). */
	averageBestScore: number;
}

export interface CourseAnalytics {
	courseId: string;
	enrollments: number;
	completions: number;
	/** The range asked for: attempts and completions of the last `days` days; null = all time. */
	days: number | null;
	funnel: LessonFunnelEntry[];
	/** Attempt statistics per quiz (every attempt counts). */
	quizzes: QuizStats[];
	/** Per-quiz best scores: one number per learner and quiz. */
	quizLearners: QuizLearnerStats[];
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
