import { APIError } from "better-call";
import type { Course, Enrollment, SchoolUser } from "../../types.js";
import { can, loadOwnEnrollment } from "../access.js";
import { SchoolError } from "../errors.js";
import { getCourseById } from "../getters/catalog.js";
import { getEnrollment } from "../getters/learner.js";
import * as mutations from "../mutations/index.js";
import { isExpired, prerequisiteModeOf } from "../pacing.js";
import { missingPrerequisites, prerequisitesError } from "../pacing-gate.js";
import {
	type Actor,
	hookContext,
	type OperationDeps,
	settingsOf,
} from "./context.js";

/** How a trusted caller enrolls someone. */
export interface EnrollOptions {
	/**
	 * The caller has verified payment itself (a payment webhook, an admin granting a seat): a
	 * paid course admits without asking `onBeforeEnroll`. Only the server-side api can set it.
	 */
	paid?: boolean;
	/** Stored on the enrollment (e.g. the payment provider's id). */
	paymentRef?: string | null;
	/**
	 * Pacing (#19): an admin's explicit override of capacity and prerequisites (bulk
	 * enrollment). Refused (403) for anyone who is not an admin.
	 */
	override?: boolean;
}

const paymentRequired = () =>
	new SchoolError(
		403,
		"This course must be purchased before enrolling",
		"payment_required",
	);

/**
 * The payment gate of a paid course. Fail-closed: only an explicit `true` from `onBeforeEnroll`
 * admits; `false`, no answer, no hook or a failure refuse. A hook that throws an `APIError` or
 * `SchoolError` answers with it (throw-to-deny); any other error is `payment_required`.
 */
async function assertPaid(
	deps: OperationDeps,
	actor: Actor,
	course: Course,
): Promise<void> {
	const hook = settingsOf(deps.options).hooks.onBeforeEnroll;
	let allowed = false;
	try {
		allowed = hook
			? (await hook(actor.viewer.id, course, hookContext(actor))) === true
			: false;
	} catch (error) {
		if (error instanceof APIError || error instanceof SchoolError) throw error;
		allowed = false;
	}
	if (!allowed) throw paymentRequired();
}

/**
 * Enrolls the actor in a published course. Idempotent (an active enrollment is returned with
 * `created: false`); a paid course passes the payment gate first; capacity is held by unique
 * seat keys; `onAfterEnroll` runs for a new enrollment and, if it throws, the enrollment is taken
 * back before the error propagates.
 */
export async function enroll(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	options: EnrollOptions = {},
): Promise<mutations.EnrollResult> {
	const { db } = deps;
	const course = await getCourseById(db, courseId);
	if (!course || !can(actor.viewer, "course.enroll", course))
		throw new SchoolError(404, "Course not found");
	if (options.override && !can(actor.viewer, "enrollment.override", null))
		throw new SchoolError(403, "Only admins can override", "override_denied");
	const now = settingsOf(deps.options).clock();
	const existing = await getEnrollment(db, course.id, actor.viewer.id);
	const active = existing && existing.status !== "cancelled";
	// An expired enrollment renews through this same path: payment gate and hooks included.
	if (active && !isExpired(existing, now))
		return { enrollment: existing, created: false };
	if (!active && !options.override && prerequisiteModeOf(course) === "enroll") {
		const missing = await missingPrerequisites(db, course, actor.viewer.id);
		if (missing.length > 0) throw await prerequisitesError(db, missing);
	}
	if (course.price > 0 && !options.paid) await assertPaid(deps, actor, course);
	return admit(deps, actor, course, actor.viewer, {
		current: existing,
		paymentRef: options.paymentRef,
		now,
		ignoreCapacity: options.override,
	});
}

/**
 * Writes an enrollment of `learner` (the actor, or someone a manager enrolls in bulk) and runs
 * `onAfterEnroll` for a new or renewed one; if the hook throws, the enrollment is taken back
 * before the error propagates. Gates (payment, prerequisites) are the caller's.
 */
export async function admit(
	deps: OperationDeps,
	actor: Actor,
	course: Course,
	learner: SchoolUser,
	options: Parameters<typeof mutations.enroll>[3] & {
		current: Enrollment | null;
	},
): Promise<mutations.EnrollResult> {
	const { db } = deps;
	const result = await mutations.enroll(db, course, learner, options);
	if (result.created) {
		try {
			await settingsOf(deps.options).hooks.onAfterEnroll?.(
				result.enrollment,
				course,
				hookContext(actor),
			);
		} catch (error) {
			// Nothing half-written: an enrollment whose hook failed is taken back.
			await mutations.undoEnroll(db, result.enrollment, options.current);
			throw error;
		}
	}
	return result;
}

/** Cancels the actor's own enrollment (404 for anyone else's); a completed one is kept (409). */
export async function cancelEnrollment(
	deps: OperationDeps,
	actor: Actor,
	enrollmentId: string,
): Promise<Enrollment> {
	const { enrollment } = await loadOwnEnrollment(
		deps.db,
		actor.viewer,
		enrollmentId,
	);
	const cancelled = await mutations.cancelEnrollment(deps.db, enrollment);
	const hook = settingsOf(deps.options).hooks.onEnrollmentCancelled;
	if (hook && enrollment.status !== "cancelled") {
		try {
			const course = await getCourseById(deps.db, enrollment.courseId);
			if (course) await hook(cancelled, course, hookContext(actor));
		} catch (error) {
			// The learner has left: a failing after-hook must not report the leave as failed.
			console.error("[btst-school] onEnrollmentCancelled failed", error);
		}
	}
	return cancelled;
}
