/**
 * The use cases with their rules and hooks. Each takes the acting viewer explicitly and
 * authorizes through `access.ts`; the endpoints and the server-side api both call these.
 */
export {
	type BulkEnrollInput,
	type BulkEnrollReport,
	type BulkEnrollRow,
	type BulkOutcome,
	bulkEnroll,
} from "./bulk-enroll.js";
export type { Actor, OperationDeps } from "./context.js";
export {
	type CourseExport,
	exportCourse,
	importCourse,
} from "./course-transfer.js";
export { duplicateCourse } from "./duplicate.js";
export {
	cancelEnrollment,
	type EnrollOptions,
	enroll,
} from "./enrollment.js";
export {
	createCourse,
	createLesson,
	createSection,
	deleteCourse,
	deleteLesson,
	deleteSection,
	setCurriculum,
	updateCourse,
	updateLesson,
	updateSection,
} from "./instructor.js";
export {
	addNote,
	courseNotes,
	editNote,
	exportCourseNotes,
	lessonNotes,
	notesToMarkdown,
	removeNote,
	serializeNote,
} from "./notes.js";
export {
	completeLesson,
	type QuizSubmission,
	savePosition,
	submitQuiz,
} from "./progress.js";
export {
	deleteReview,
	hideReview,
	loadReviewedCourse,
	myReview,
	replyToReview,
	reviewEligibility,
	submitReview,
} from "./reviews.js";
