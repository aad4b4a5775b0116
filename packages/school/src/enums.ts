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
	"price",
] as const;

export type Difficulty = (typeof difficultyValues)[number];
export type CourseStatus = (typeof courseStatusValues)[number];
export type LessonType = (typeof lessonTypeValues)[number];
export type EnrollmentStatus = (typeof enrollmentStatusValues)[number];
export type CatalogSort = (typeof catalogSortValues)[number];
