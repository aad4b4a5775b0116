/**
 * The unique storage keys. Each is a unique column in `db.ts`, so concurrent requests (and several
 * app instances) cannot write a duplicate: one enrollment per learner and course, one progress row
 * per enrollment and lesson, one row per attempt number, one holder per seat.
 */

/** One enrollment per learner and course. */
export const enrollKeyOf = (courseId: string, userId: string) =>
	`${courseId}:${userId}`;

/** One progress row per enrollment and lesson. */
export const progressKeyOf = (enrollmentId: string, lessonId: string) =>
	`${enrollmentId}:${lessonId}`;

/** Attempt number `n` (1-based) of a learner on a quiz lesson. */
export const attemptKeyOf = (lessonId: string, userId: string, n: number) =>
	`${lessonId}:${userId}:${n}`;

/** Seat `n` (1-based) of a capped course. */
export const seatKeyOf = (courseId: string, n: number) => `${courseId}:${n}`;

/** One review per learner and course. */
export const reviewKeyOf = (courseId: string, userId: string) =>
	`${courseId}:${userId}`;
