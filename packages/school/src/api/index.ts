/**
 * `btst-school/api`: the backend plugin, the server-side api, and the types and schemas a server
 * needs. An explicit list: what is not here is internal.
 */

export { schoolSchema } from "../db.js";
export {
	type AnswerValue,
	type GradeResult,
	type PublicQuestion,
	type PublicQuiz,
	type Question,
	type QuestionResult,
	type Quiz,
	type QuizAnswers,
	type QuizInput,
	quizSchema,
	type ShowAnswers,
} from "../quiz.js";
// Validation schemas and their input types.
export {
	type CatalogQuery,
	type CreateCourseInput,
	type CreateLessonInput,
	type CreateSectionInput,
	type CurriculumInput,
	catalogQuerySchema,
	createCourseSchema,
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	pageQuerySchema,
	RESERVED_SLUGS,
	slugSchema,
	type UpdateCourseInput,
	type UpdateLessonInput,
	type UpdateSectionInput,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../schemas.js";
export type {
	Certificate,
	Course,
	CourseAccess,
	CourseAnalytics,
	CourseDetail,
	CourseFacets,
	CourseList,
	CourseStatus,
	CourseSummary,
	Difficulty,
	Enrollment,
	EnrollmentDetail,
	EnrollmentStatus,
	FacetCount,
	InstructorCourseDetail,
	InstructorCourseStats,
	LearnerDetail,
	Lesson,
	LessonDetail,
	LessonFunnelEntry,
	LessonOutline,
	LessonProgress,
	LessonType,
	PortalEntry,
	ProgressUpdate,
	QuizAttempt,
	QuizLearnerStats,
	QuizStats,
	Resource,
	Roster,
	RosterEntry,
	SchoolUser,
	SchoolViewer,
	Section,
	SectionOutline,
	SerializedEnrollment,
	SerializedLessonProgress,
	SerializedQuizAttempt,
} from "../types.js";
// Who may do what.
export { type Action, can, type Subjects, type Viewer } from "./access.js";
// Database-side totals (see `btst-school/api/kysely`).
export type {
	AggregateModel,
	AggregateWhere,
	GroupTotal,
	GroupTotalsQuery,
	RosterPage,
	RosterPageQuery,
	RosterWhere,
	SchoolAggregates,
} from "./aggregates.js";
// One-off fill of the maintained search columns after an upgrade adds them.
export { type BackfillResult, backfillSearchColumns } from "./backfill.js";

// The one error shape.
export {
	isUniqueViolation,
	SchoolError,
	type SchoolErrorBody,
	type SchoolErrorIssue,
} from "./errors.js";

// Pure reads and writes `(adapter, ...)`: no authorization, no hooks (seeding, migrations, tests).
export {
	getCertificate,
	getCourseAnalytics,
	getCourseById,
	getCourseBySlug,
	getCourseDetail,
	getCourseFacets,
	getEnrollment,
	getEnrollmentDetail,
	getInstructorCourse,
	getLearnerDetail,
	getLessonById,
	getRoster,
	listCourses,
	listInstructorCourses,
	listMyEnrollments,
} from "./getters/index.js";
export {
	cancelEnrollment,
	completeLesson,
	createCourse,
	createLesson,
	createSection,
	deleteCourse,
	deleteLesson,
	deleteSection,
	enroll,
	setCurriculum,
	updateCourse,
	updateLesson,
	updateSection,
} from "./mutations/index.js";
export type { EnrollOptions, QuizSubmission } from "./operations/index.js";
export type {
	SchoolBackendOptions,
	SchoolCourseChange,
	SchoolCourseChangeType,
	SchoolHookContext,
	SchoolLessonCompletion,
	SchoolPluginHooks,
	SchoolRequestContext,
} from "./options.js";
// The plugin and its options.
export { type SchoolRoutes, schoolBackendPlugin } from "./plugin.js";
// Query keys and JSON shapes shared with the client.
export {
	CATALOG_PAGE_SIZE,
	type CatalogParams,
	SCHOOL_QUERY_KEYS,
} from "./query-key-defs.js";
export {
	serializeCourse,
	serializeEnrollment,
	serializeLesson,
} from "./serializers.js";
// Server-side access: getters and operations bound to an adapter.
export { createSchoolApi, type SchoolApi } from "./server-api.js";
// BTST 3's auth provider as the identity source: the `can()` resource and actions it is asked.
export {
	SCHOOL_AUTH_ACTIONS,
	SCHOOL_AUTH_RESOURCE,
	type SchoolAuthIdentity,
	type SchoolAuthProvider,
	type SchoolPluginContext,
} from "./stack-auth.js";
