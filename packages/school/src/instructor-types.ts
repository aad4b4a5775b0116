/** What course managers see: the editor's course, course stats, the roster, analytics. */

import type {
	CourseDetail,
	CourseSummary,
	LessonDetail,
} from "./course-types.js";
import type { EnrollmentStatus, LessonType } from "./enums.js";

/**
 * The course editor's course (`GET /school/instructor/courses/:id`, managers only): the course
 * detail plus every lesson in reading order with its body, media and the quiz with its answer keys.
 */
export interface InstructorCourseDetail extends CourseDetail {
	lessons: LessonDetail[];
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
