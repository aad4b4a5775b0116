import type {
	Course,
	Enrollment,
	Lesson,
	QuizAttempt,
	Review,
	SchoolUser,
} from "../types.js";
import type { SchoolAggregates } from "./aggregates.js";

/** What the identity source receives: the incoming request and its headers. */
export interface SchoolRequestContext {
	request?: Request;
	headers?: Headers;
}

/**
 * The last argument of every hook: who acts and, over HTTP, the request. From the server-side
 * api (`createSchoolApi`) `user` is the user the call names and there is no request.
 */
export interface SchoolHookContext extends SchoolRequestContext {
	/** The acting user. */
	user: SchoolUser;
}

/**
 * Lifecycle hooks. They run around the operations, so they run for HTTP requests AND for the
 * server-side api's operations (`createSchoolApi(...).enroll`, `.completeLesson`, `.submitQuiz`);
 * the api's getters run none. Each receives a `SchoolHookContext` as its last argument.
 *
 * `onBefore*` hooks deny by throwing (an `APIError` keeps its status; anything else is a 403) or
 * by returning `false`.
 */
export interface SchoolPluginHooks {
	/**
	 * Called before a paid enrollment (price > 0), e.g. to check a recorded payment. Only
	 * `true` lets the learner in: `false`, no answer or a throw refuse (403 `payment_required`),
	 * and so does having no hook at all. Paid content fails closed. Server code that already
	 * knows the course is paid for passes `{ paid: true }` to the api's `enroll` instead.
	 * @param userId - the learner
	 * @param course - the course
	 * @param context - the acting user and the request
	 */
	onBeforeEnroll?: (
		userId: string,
		course: Course,
		context: SchoolHookContext,
	) => Promise<boolean> | boolean;
	/**
	 * Called after a new (or reactivated) enrollment is written. Throwing takes the enrollment
	 * back (nothing half-written); an `APIError` keeps its status, any other error answers 500.
	 * @param enrollment - the enrollment
	 * @param course - its course
	 * @param context - the acting user and the request
	 */
	onAfterEnroll?: (
		enrollment: Enrollment,
		course: Course,
		context: SchoolHookContext,
	) => Promise<void> | void;
	/**
	 * Called exactly once per enrollment, by the request that completes the course. Return the
	 * certificate id to record (it must be unique and hard to guess); without the hook a random
	 * UUID is used. It still runs when `certificatesEnabled` is false (its result is then
	 * ignored). Throwing undoes the completion so the learner can retry; nothing is left
	 * half-written.
	 */
	onCourseComplete?: (
		enrollment: Enrollment,
		course: Course,
		context: SchoolHookContext,
	) => Promise<{ certificateId: string }> | { certificateId: string };
	/**
	 * Called after a lesson becomes complete for a learner: a text or video lesson marked
	 * complete, or a quiz passed. It runs once per lesson and learner (a lesson already complete
	 * does not fire it again), after `onCourseComplete` when this lesson completed the course
	 * (`completion.courseCompleted`). The completion is stored: errors are logged and swallowed.
	 * @param completion - the lesson, its course, the enrollment after the change, the counts
	 * @param context - the acting user and the request
	 */
	onLessonComplete?: (
		completion: SchoolLessonCompletion,
		context: SchoolHookContext,
	) => Promise<void> | void;
	/**
	 * Called after a learner cancelled (left) their enrollment. Not called when it was already
	 * cancelled. The cancellation is stored: errors are logged and swallowed.
	 * @param enrollment - the enrollment, now `cancelled`
	 * @param course - its course
	 * @param context - the acting user and the request
	 */
	onEnrollmentCancelled?: (
		enrollment: Enrollment,
		course: Course,
		context: SchoolHookContext,
	) => Promise<void> | void;
	/**
	 * Called before a learner's review is stored (created or edited), for moderation: throwing
	 * denies (an `APIError`/`SchoolError` keeps its status, anything else is 403), and so does
	 * returning `false`.
	 * @param review - the rating and text as submitted
	 * @param course - the course reviewed
	 * @param context - the acting user and the request
	 */
	onBeforeReview?: (
		review: { rating: number; body: string | null },
		course: Course,
		context: SchoolHookContext,
		// biome-ignore lint/suspicious/noConfusingVoidType: a hook that only throws to deny returns nothing (void), which `undefined` would not accept
	) => Promise<boolean | void> | boolean | void;
	/**
	 * Called after a learner's first review of a course is stored (not on edits), e.g. to notify
	 * the instructor. The review is stored: errors are logged and swallowed.
	 */
	onReviewCreated?: (
		review: Review,
		course: Course,
		context: SchoolHookContext,
	) => Promise<void> | void;
	/**
	 * Called after a quiz attempt is graded and stored. Its errors are logged and swallowed: the
	 * learner still gets the graded result.
	 */
	onQuizSubmit?: (
		attempt: QuizAttempt,
		lesson: Lesson,
		context: SchoolHookContext,
	) => Promise<void> | void;
	/**
	 * Called after an instructor's write to a course succeeded: created, edited, published,
	 * unpublished, archived, deleted, or its curriculum (sections, lessons, order) changed. Meant
	 * for refreshing what is cached or statically generated from the course, e.g. Next.js
	 * `revalidatePath("/pages/learn")` and the course's page (`change.previous?.slug` too, when
	 * the slug changed). The write is already stored: errors are logged and swallowed.
	 * @param change - what changed, with the course
	 * @param context - the acting user and the request
	 */
	onCourseChanged?: (
		change: SchoolCourseChange,
		context: SchoolHookContext,
	) => Promise<void> | void;
}

/** The event `onLessonComplete` receives. */
export interface SchoolLessonCompletion {
	lesson: Lesson;
	course: Course;
	/** The enrollment after this completion (status `completed` when it finished the course). */
	enrollment: Enrollment;
	completedLessons: number;
	totalLessons: number;
	/** True when this lesson completed the course. */
	courseCompleted: boolean;
}

/**
 * What changed about a course, for `onCourseChanged`: created; its fields edited (`updated`);
 * its status moved to `published`, `archived` or back to draft (`unpublished`); `deleted`; or
 * its sections, lessons or their order (`curriculumChanged`).
 */
export type SchoolCourseChangeType =
	| "created"
	| "updated"
	| "published"
	| "unpublished"
	| "archived"
	| "deleted"
	| "curriculumChanged";

/** The event `onCourseChanged` receives: the course as it is now (for `deleted`: as it was). */
export interface SchoolCourseChange {
	type: SchoolCourseChangeType;
	course: Course;
	/** Before an edit (`updated`, `published`, `unpublished`, `archived`): its old slug may need refreshing too. */
	previous?: Course;
}

/** Options of `schoolBackendPlugin`. */
export interface SchoolBackendOptions {
	/**
	 * The identity source: returns the signed-in user for a request, or null. On BTST 3 it may be
	 * left out when the app configured an auth provider (`stack({ auth })`): the school then
	 * identifies through the provider and asks its `can()` for the roles (resource `school`,
	 * actions `instruct` and `administer`). When given, `getUser` wins over the provider. With
	 * neither, every personal and instructor endpoint answers 401 (secure by default). A user id
	 * is never read from a request body or query.
	 */
	getUser?: (
		context: SchoolRequestContext,
	) => Promise<SchoolUser | null> | SchoolUser | null;
	/**
	 * Roles that may create and manage their own courses (read from `getUser`'s `roles`, or from
	 * an auth provider's identity `roles`/`role` when the provider has no `can()`).
	 * @default ["instructor"]
	 */
	instructorRoles?: string[];
	/** Roles that may manage every course (read as `instructorRoles` are). @default ["admin"] */
	adminRoles?: string[];
	/** Lifecycle hooks. */
	hooks?: SchoolPluginHooks;
	/**
	 * Pacing (#19): resolves learners' emails to users for bulk enrollment
	 * (`POST /school/courses/:id/enrollments`), e.g. one `IN` query on the auth library's user
	 * table. Emails arrive lower-cased and trimmed, at most 1,000 per call; unknown ones are simply
	 * left out. Without it bulk enrollment answers 501 `bulk_enroll_unavailable`.
	 */
	findUsersByEmail?: (emails: string[]) => Promise<SchoolUser[]> | SchoolUser[];
	/**
	 * Pacing (#19): where "now" comes from for drip schedules and access periods (UTC).
	 * Tests pass a controllable clock. @default () => new Date()
	 */
	clock?: () => Date;
	/** Score (0-100) needed to pass a quiz that sets no pass mark of its own. @default 70 */
	quizPassMark?: number;
	/** Issue a certificate when a course is completed. @default true */
	certificatesEnabled?: boolean;
	/**
	 * How much of a course (0-100 % of its lessons) a learner must have completed to review it.
	 * @default at least one completed lesson
	 */
	reviewMinProgress?: number;
	/**
	 * Grouped totals computed by the database, for the instructor dashboard and course analytics
	 * (see `SchoolAggregates`; `kyselyAggregates(db)` from `btst-school/api/kysely`). Without it
	 * those two read rows through the adapter, and their cost grows with the number of learners.
	 */
	aggregates?: SchoolAggregates;
	/**
	 * Origins (`https://school.example.com`) whose pages may change state through the school API.
	 * Every non-GET request with an `Origin` header must come from one of them, and one without
	 * it but with `Sec-Fetch-Site: cross-site`/`same-site` is refused (403 `cross_origin`);
	 * requests with neither header come from programs, not browsers, and are allowed.
	 *
	 * Without it only the origin of `request.url` is trusted. Behind a proxy (and under
	 * `next start`) that is the server's own address (`http://localhost:3000`), not the public
	 * one, so apps served at another address pass their public URL(s) here — the same list
	 * better-auth's `trustedOrigins` takes.
	 */
	trustedOrigins?: string[];
	/**
	 * The largest request body, in bytes, a school endpoint reads. A longer body (by
	 * `Content-Length`, or counted while reading) is refused with 413 `payload_too_large`
	 * before it is parsed or anyone is identified. @default 1048576 (1 MiB)
	 */
	maxBodyBytes?: number;
}
