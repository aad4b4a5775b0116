/**
 * The school's shared types, one import for every module: records as the database adapter returns
 * them (dates are `Date`) and the shapes the endpoints return. They live in domain modules.
 */

export type {
	CaptionTrack,
	Certificate,
	CourseDetail,
	CourseFacets,
	CourseList,
	CourseSummary,
	FacetCount,
	LessonDetail,
	LessonOutline,
	Resource,
	SectionOutline,
	Serialized,
} from "./course-types.js";
export type {
	CourseStatus,
	Difficulty,
	EnrollmentStatus,
	LessonType,
} from "./enums.js";
export type {
	CourseAnalytics,
	InstructorCourseDetail,
	InstructorCourseStats,
	LearnerDetail,
	LessonFunnelEntry,
	QuizLearnerStats,
	QuizStats,
	Roster,
	RosterEntry,
} from "./instructor-types.js";
export type {
	CourseAccess,
	EnrollmentDetail,
	PortalEntry,
	ProgressUpdate,
	SchoolViewer,
	SerializedEnrollment,
	SerializedLessonProgress,
	SerializedQuizAttempt,
} from "./learner-types.js";
export type { Note, SerializedNote } from "./note-types.js";
export type {
	CourseRef,
	LearnerEnrollmentStatus,
	LessonLock,
	LessonLockReason,
	PrerequisiteMode,
} from "./pacing-types.js";
export type {
	Course,
	Enrollment,
	Lesson,
	LessonProgress,
	QuizAttempt,
	SchoolUser,
	Section,
} from "./record-types.js";
export type {
	CourseRating,
	MyReview,
	Review,
	ReviewList,
	ReviewView,
} from "./review-types.js";
