/**
 * Pure write functions `(db, ...args)`, by domain. No HTTP, no hooks, no authorization: the
 * operations (`operations/`) authorize and run hooks around them.
 */
export { type RecordedAttempt, recordAttempt } from "./attempts";
export {
	createCourse,
	deleteCourse,
	updateCourse,
} from "./courses";
export {
	createLesson,
	createSection,
	deleteLesson,
	deleteSection,
	setCurriculum,
	updateLesson,
	updateSection,
} from "./curriculum";
export {
	cancelEnrollment,
	type EnrollResult,
	enroll,
	recountEnrollments,
	undoEnroll,
} from "./enrollment";
export {
	type CompletionOptions,
	completeLesson,
	type LessonCompletion,
	progressPct,
	refreshCourseProgress,
	savePosition,
} from "./progress";
