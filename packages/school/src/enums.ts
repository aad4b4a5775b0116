/**
 * The one list of each enumerated value. The schemas validate against these, the record types are
 * derived from them, and the client's selects and badges iterate them.
 */
export const difficultyValues = [
	"beginner",
	"intermediate",
	"advanced",
] as const;
export const courseStatusValues = ["draft", "published", "archived"] as const;
export const lessonTypeValues = ["video", "text", "quiz"] as const;
export const enrollmentStatusValues = [
	"enrolled",
	"completed",
	"cancelled",
] as const;
export const catalogSortValues = [
	"newest",
	"title",
	"popular",
	"rating",
	"price",
] as const;

/** Sortable columns of the instructor's course list. */
export const instructorCourseSortValues = [
	"updated",
	"title",
	"status",
	"enrollments",
	"completions",
] as const;
/** Sortable columns of a course's roster. */
export const rosterSortValues = [
	"enrolled",
	"name",
	"email",
	"status",
	"progress",
	"activity",
] as const;
/** Progress bands of the roster filter: 0 %, 1-49 %, 50-99 %, 100 %. */
export const rosterProgressValues = [
	"not-started",
	"under-half",
	"over-half",
	"finished",
] as const;

export type Difficulty = (typeof difficultyValues)[number];
export type CourseStatus = (typeof courseStatusValues)[number];
export type LessonType = (typeof lessonTypeValues)[number];
export type EnrollmentStatus = (typeof enrollmentStatusValues)[number];
export type CatalogSort = (typeof catalogSortValues)[number];
export type InstructorCourseSort = (typeof instructorCourseSortValues)[number];
export type RosterSort = (typeof rosterSortValues)[number];
export type RosterProgress = (typeof rosterProgressValues)[number];
