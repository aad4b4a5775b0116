import { APIError } from "better-call";
import type { Course, Enrollment, Review } from "../../types.js";
import {
	can,
	loadFollowedCourse,
	requireViewer,
	type Viewer,
} from "../access.js";
import { type Db, eq } from "../db-types.js";
import { SchoolError } from "../errors.js";
import { getCourseById } from "../getters/catalog.js";
import { getEnrollment } from "../getters/learner.js";
import { getOwnReview, getReviewById } from "../getters/reviews.js";
import * as reviews from "../mutations/reviews.js";
import type { SchoolBackendOptions } from "../options.js";
import {
	type Actor,
	hookContext,
	type OperationDeps,
	settingsOf,
} from "./context.js";

/**
 * Review use cases: who may write, edit, delete, reply and hide, the progress threshold, and
 * the `onBeforeReview` / `onReviewCreated` hooks.
 */

const notEligible = () =>
	new SchoolError(
		403,
		"Complete a lesson of this course before reviewing it",
		"review_not_allowed",
	);

/**
 * Far enough along to review: `reviewMinProgress` % of the lessons when the app sets it, else
 * one completed lesson (counted, not read from the rounded percentage, which is 0 for one
 * lesson of a course with more than 100).
 */
async function farEnough(
	db: Db,
	options: SchoolBackendOptions,
	enrollment: Enrollment,
): Promise<boolean> {
	if (options.reviewMinProgress !== undefined)
		return enrollment.progressPct >= options.reviewMinProgress;
	const done = await db.count({
		model: "lessonProgress",
		where: [eq("enrollmentId", enrollment.id), eq("completed", true)],
	});
	return done > 0;
}

/** Whether the viewer may write a review of the course now (and their enrollment). */
export async function reviewEligibility(
	deps: OperationDeps,
	viewer: Viewer,
	course: Course,
): Promise<boolean> {
	const enrollment = await getEnrollment(deps.db, course.id, viewer.id);
	return (
		!!enrollment &&
		can(viewer, "review.write", { course, enrollment }) &&
		(await farEnough(deps.db, deps.options, enrollment))
	);
}

/** A course the viewer may see (404 otherwise, also for anonymous callers of hidden drafts). */
export async function loadReviewedCourse(
	db: Db,
	viewer: Viewer | null,
	courseId: string,
): Promise<Course> {
	return (
		await loadFollowedCourse(db, viewer, await getCourseById(db, courseId))
	).course;
}

/** `onBeforeReview`: `false` or a throw denies; a thrown status error keeps its status. */
async function assertReviewAllowed(
	deps: OperationDeps,
	actor: Actor,
	course: Course,
	input: reviews.ReviewInput,
): Promise<void> {
	const hook = settingsOf(deps.options).hooks.onBeforeReview;
	if (!hook) return;
	let denied = false;
	try {
		const answer = await hook(
			{ rating: input.rating, body: input.body ?? null },
			course,
			hookContext(actor),
		);
		denied = answer === false;
	} catch (error) {
		if (error instanceof APIError || error instanceof SchoolError) throw error;
		denied = true;
	}
	if (denied)
		throw new SchoolError(
			403,
			"This review was not accepted",
			"review_rejected",
		);
}

/**
 * Creates the actor's review of a course or updates theirs: 401, 404 (a course they may not
 * see), 403 `review_not_allowed` (not enrolled or not far enough), then `onBeforeReview`.
 * `onReviewCreated` runs for a first review; its errors are logged and swallowed.
 */
export async function submitReview(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	input: reviews.ReviewInput,
): Promise<reviews.SaveReviewResult> {
	const course = await loadReviewedCourse(deps.db, actor.viewer, courseId);
	if (!(await reviewEligibility(deps, actor.viewer, course)))
		throw notEligible();
	await assertReviewAllowed(deps, actor, course, input);
	const result = await reviews.saveReview(deps.db, course, actor.viewer, input);
	if (result.created) {
		try {
			await settingsOf(deps.options).hooks.onReviewCreated?.(
				result.review,
				course,
				hookContext(actor),
			);
		} catch (error) {
			console.error("[btst-school] onReviewCreated failed", error);
		}
	}
	return result;
}

/** The viewer's review of a course and whether they may write one. */
export async function myReview(
	deps: OperationDeps,
	viewer: Viewer | null,
	courseId: string,
): Promise<{ review: Review | null; eligible: boolean }> {
	const signedIn = requireViewer(viewer);
	const course = await loadReviewedCourse(deps.db, signedIn, courseId);
	const [review, eligible] = await Promise.all([
		getOwnReview(deps.db, course.id, signedIn.id),
		reviewEligibility(deps, signedIn, course),
	]);
	return { review, eligible };
}

/**
 * A review and its course for `action`: 401 first; 404 for a missing review, or a hidden one
 * the viewer neither wrote nor manages; 403 when the viewer may not act on it.
 */
async function loadReviewFor(
	db: Db,
	viewer: Viewer | null,
	reviewId: string,
	action: "review.own" | "review.moderate",
): Promise<{ review: Review; course: Course }> {
	const signedIn = requireViewer(viewer);
	const review = await getReviewById(db, reviewId);
	const course = review ? await getCourseById(db, review.courseId) : null;
	if (!review || !course) throw new SchoolError(404, "Review not found");
	const manages = can(signedIn, "review.moderate", course);
	const owns = can(signedIn, "review.own", review);
	if (review.hidden && !manages && !owns)
		throw new SchoolError(404, "Review not found");
	if (action === "review.own" ? !owns : !manages)
		throw new SchoolError(
			403,
			action === "review.own"
				? "Only its author can change this review"
				: "Only the course's instructors can do this",
		);
	return { review, course };
}

/** Deletes the actor's own review. */
export async function deleteReview(
	deps: OperationDeps,
	actor: Actor,
	reviewId: string,
): Promise<void> {
	const { review } = await loadReviewFor(
		deps.db,
		actor.viewer,
		reviewId,
		"review.own",
	);
	await reviews.deleteReview(deps.db, review);
}

/** Loads a review of a course the actor manages, then applies one moderation change to it. */
async function moderateReview(
	deps: OperationDeps,
	actor: Actor,
	reviewId: string,
	change: (review: Review) => Promise<Review>,
): Promise<Review> {
	const { review } = await loadReviewFor(
		deps.db,
		actor.viewer,
		reviewId,
		"review.moderate",
	);
	return change(review);
}

/** A manager's one reply to a review of their course (409 `already_replied` the second time). */
export function replyToReview(
	deps: OperationDeps,
	actor: Actor,
	reviewId: string,
	reply: string,
): Promise<Review> {
	return moderateReview(deps, actor, reviewId, (review) =>
		reviews.replyToReview(deps.db, review, reply),
	);
}

/** A manager hides a review of their course (or shows it again). */
export function hideReview(
	deps: OperationDeps,
	actor: Actor,
	reviewId: string,
	hidden: boolean,
): Promise<Review> {
	return moderateReview(deps, actor, reviewId, (review) =>
		reviews.setReviewHidden(deps.db, review, hidden),
	);
}
