/**
 * Pure read functions `(db, ...args)`, by domain. No HTTP, no hooks, no authorization: the
 * endpoints authorize through `access.ts`; server code calling them is trusted.
 */
export {
	getCertificate,
	getCourseById,
	getCourseBySlug,
	getCourseDetail,
	getCourseFacets,
	getCurriculum,
	getLessonById,
	getSectionById,
	listCourses,
	orderLessons,
} from "./catalog.js";
export {
	type AnalyticsRange,
	getCourseAnalytics,
	getInstructorCourse,
	listInstructorCourses,
} from "./instructor.js";
export {
	ACTIVE_STATUSES,
	getEnrollment,
	getEnrollmentById,
	getEnrollmentDetail,
	listAttempts,
	listMyEnrollments,
} from "./learner.js";
export { getOwnReview, getReviewById, listReviews } from "./reviews.js";
export { getLearnerDetail, getRoster, type RosterQuery } from "./roster.js";
