import { type Kysely, sql } from "kysely";

/**
 * Composite indexes for the school's hot queries. `@btst/db` declares single-column indexes
 * only, so an app creates these in its own migration (docs: "Performance at scale"). Each one
 * turns a grouped total that visited scattered table rows into an index-only scan, so its cost
 * follows the rows it counts, not the size of the table (bench/analysis.md).
 */
export const SCHOOL_HOT_PATH_INDEXES: readonly string[] = [
	// Course analytics: completions per lesson (lessonId in …, completed = true).
	`create index if not exists school_progress_lesson_completed
		on "lessonProgress" ("lessonId", "completed") include ("completedAt")`,
	// Dashboard (active learners and progress sum per course) and the roster's status filter.
	`create index if not exists school_enrollment_course_status
		on "enrollment" ("courseId", "status") include ("progressPct")`,
	// The roster's default page: a course's learners in enrollment order (id breaks ties), so
	// the first pages stop after `limit` rows; the other sorts filter on the course first.
	`create index if not exists school_enrollment_course_enrolled
		on "enrollment" ("courseId", "enrolledAt", "id")`,
	// Course analytics: attempts, passes and each learner's best score per quiz.
	`create index if not exists school_attempt_lesson_user
		on "quizAttempt" ("lessonId", "userId") include ("score", "passed", "attemptedAt")`,
	// The catalog's facet totals and default page: published courses, newest first.
	`create index if not exists school_course_status_created
		on "course" ("status", "createdAt" desc, "id" desc)`,
	// Reviews (#18): a course's visible reviews, newest first, and the per-star recount.
	`create index if not exists school_review_course_visible
		on "review" ("courseId", "hidden", "createdAt" desc, "id")`,
	`create index if not exists school_review_course_rating
		on "review" ("courseId", "hidden", "rating")`,
];

/** Creates the indexes above (idempotent). */
// biome-ignore lint/suspicious/noExplicitAny: the plugin's tables are not in the app's Kysely types
export async function createSchoolIndexes(db: Kysely<any>): Promise<void> {
	for (const statement of SCHOOL_HOT_PATH_INDEXES)
		await sql.raw(statement).execute(db);
}
