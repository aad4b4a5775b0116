/**
 * Pure write functions `(db, ...args)`, by domain. No HTTP, no hooks, no authorization: the
 * operations (`operations/`) authorize and run hooks around them.
 */
export { type RecordedAttempt, recordAttempt } from "./attempts.js";
export {
	createCourse,
	deleteCourse,
	updateCourse,
} from "./courses.js";
export {
	createLesson,
	createSection,
	deleteLesson,
	deleteSection,
	setCurriculum,
	updateLesson,
	updateSection,
} from "./curriculum.js";
export {
	cancelEnrollment,
	type EnrollResult,
	enroll,
	recountEnrollments,
	undoEnroll,
} from "./enrollment.js";
export {
	type CompletionOptions,
	claimCourseCompletion,
	completeLesson,
	type LessonCompletion,
	progressPct,
	refreshCourseProgress,
	savePosition,
} from "./progress.js";
export {
	deleteReview,
	type ReviewInput,
	recountRatings,
	replyToReview,
	type SaveReviewResult,
	saveReview,
	setReviewHidden,
} from "./reviews.js";
