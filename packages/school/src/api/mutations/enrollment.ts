import type { Course, Enrollment, SchoolUser } from "../../types.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { isUniqueViolation, SchoolError } from "../errors.js";
import { ACTIVE_STATUSES, getEnrollment } from "../getters/learner.js";
import { enrollKeyOf, seatKeyOf } from "../keys.js";
import { learnerSearchFields } from "../learner-search.js";
import { accessEndsAtFor, isExpired } from "../pacing.js";

/**
 * Enrollment writes: enroll (capacity, idempotence), undo, cancel, and the course's counters.
 * Pure: the payment gate and hooks are the caller's (`operations/enrollment.ts`).
 */

/** Re-counts a course's enrollment counters (recount, not increment: safe under races). */
export async function recountEnrollments(
	db: Db,
	courseId: string,
): Promise<void> {
	// Two requests can count, then write in the opposite order, leaving the older (lower) count.
	// So each request checks the stored counters after writing and writes again until they match
	// the rows: whichever request checks last sees every committed row and leaves them right.
	for (let round = 0; round < 10; round++) {
		const [active, completed, course] = await Promise.all([
			db.count({
				model: "enrollment",
				where: [eq("courseId", courseId), inList("status", ACTIVE_STATUSES)],
			}),
			db.count({
				model: "enrollment",
				where: [eq("courseId", courseId), eq("status", "completed")],
			}),
			db.findOne<Course>({ model: "course", where: [eq("id", courseId)] }),
		]);
		if (
			!course ||
			(course.enrollmentCount === active &&
				course.completionCount === completed)
		) {
			return;
		}
		await db.update({
			model: "course",
			where: [eq("id", courseId)],
			update: { enrollmentCount: active, completionCount: completed },
		});
	}
}

/** Picks a free seat number for a capped course, or null when it is full. */
async function freeSeat(db: Db, course: Course): Promise<string | null> {
	const max = course.maxStudents ?? 0;
	// Seats are held by active enrollments only (cancelling frees the seat). Filtered on status
	// rather than with `starts_with` on the nullable seatKey, which the memory adapter cannot do.
	const held = await findAll<Enrollment>(db, {
		model: "enrollment",
		where: [eq("courseId", course.id), inList("status", ACTIVE_STATUSES)],
	});
	const taken = new Set(
		held.map((e) => e.seatKey).filter((key): key is string => !!key),
	);
	const free: number[] = [];
	for (let n = 1; n <= max; n++)
		if (!taken.has(seatKeyOf(course.id, n))) free.push(n);
	if (free.length === 0) return null;
	// A random free seat: concurrent enrollers rarely pick the same one, so retries are few.
	const n = free[Math.floor(Math.random() * free.length)];
	return n === undefined ? null : seatKeyOf(course.id, n);
}

export interface EnrollResult {
	enrollment: Enrollment;
	/** false when an active enrollment already existed (idempotent enroll). */
	created: boolean;
	/** Pacing (#19): true when an expired enrollment was renewed (a new access period). */
	renewed?: boolean;
}

const MAX_SEAT_TRIES = 50;

/**
 * Enrolls a user. Idempotent: an active enrollment is returned as it is. A cancelled one is
 * reactivated. Capacity and duplicates are held by unique keys (`enrollKey`, `seatKey`), so
 * concurrent requests and several app instances cannot overfill a course or enroll twice.
 * Payment checks are the caller's (the endpoint runs `onBeforeEnroll`).
 */
export async function enroll(
	db: Db,
	course: Course,
	user: SchoolUser,
	options: {
		paymentRef?: string | null;
		/** The user's enrollment as the caller just read it (saves the first read). */
		current?: Enrollment | null;
		/** Pacing (#19): the time the access period starts from (the plugin's clock). */
		now?: Date;
		/** Pacing (#19): an admin's explicit override: no seat is taken, capacity is not checked. */
		ignoreCapacity?: boolean;
		/** false: the caller recounts the course's counters once after many enrollments (bulk). */
		recount?: boolean;
	} = {},
): Promise<EnrollResult> {
	const enrollKey = enrollKeyOf(course.id, user.id);
	const clockNow = options.now ?? new Date();
	for (let attempt = 0; attempt < MAX_SEAT_TRIES; attempt++) {
		// Every retry reads again: a race lost on a unique key means the row has changed.
		const existing =
			attempt === 0 && options.current !== undefined
				? options.current
				: await getEnrollment(db, course.id, user.id);
		if (existing && existing.status !== "cancelled") {
			if (!isExpired(existing, clockNow))
				return { enrollment: existing, created: false };
			// Renewal: the same enrollment (progress, certificate, seat) with a new access period.
			const renewed = await db.update<Enrollment>({
				model: "enrollment",
				where: [eq("id", existing.id)],
				update: {
					accessEndsAt: accessEndsAtFor(course, clockNow),
					lastActivityAt: clockNow,
				},
			});
			if (!renewed) continue;
			return { enrollment: renewed, created: true, renewed: true };
		}
		const capped = !!course.maxStudents && !options.ignoreCapacity;
		const seatKey = capped ? await freeSeat(db, course) : null;
		if (capped && !seatKey) {
			throw new SchoolError(409, "This course is full", "course_full");
		}
		const now = clockNow;
		const accessEndsAt = accessEndsAtFor(course, now);
		try {
			const enrollment = existing
				? await db.update<Enrollment>({
						model: "enrollment",
						// Only a still-cancelled row is reactivated: a concurrent reactivation wins once.
						where: [eq("id", existing.id), eq("status", "cancelled")],
						update: {
							status: "enrolled",
							seatKey,
							paymentRef: options.paymentRef ?? existing.paymentRef ?? null,
							enrolledAt: now,
							accessEndsAt,
							lastActivityAt: now,
						},
					})
				: await db.create<Omit<Enrollment, "id">, Enrollment>({
						model: "enrollment",
						data: {
							courseId: course.id,
							userId: user.id,
							enrollKey,
							seatKey,
							status: "enrolled",
							progressPct: 0,
							lastLessonId: null,
							certificateId: null,
							paymentRef: options.paymentRef ?? null,
							learnerName: user.name ?? null,
							learnerEmail: user.email ?? null,
							...learnerSearchFields(user.name, user.email),
							enrolledAt: now,
							completedAt: null,
							accessEndsAt,
							lastActivityAt: now,
						},
					});
			if (!enrollment) continue; // lost a reactivation race: read again
			if (options.recount !== false) await recountEnrollments(db, course.id);
			return { enrollment, created: true };
		} catch (error) {
			// A duplicate enrollKey (another request enrolled this user) or a seat taken meanwhile:
			// read again, which returns the other request's enrollment or picks another seat.
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new SchoolError(409, "The course is busy, please try again", "busy");
}

/** Takes back an enrollment just written (used when `onAfterEnroll` fails). */
export async function undoEnroll(
	db: Db,
	enrollment: Enrollment,
	previous: Enrollment | null,
): Promise<void> {
	if (previous) {
		await db.update({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: {
				status: previous.status,
				seatKey:
					previous.status === "cancelled" ? null : (previous.seatKey ?? null),
				enrolledAt: previous.enrolledAt,
				accessEndsAt: previous.accessEndsAt ?? null,
			},
		});
	} else {
		await db.delete({ model: "enrollment", where: [eq("id", enrollment.id)] });
	}
	await recountEnrollments(db, enrollment.courseId);
}

export async function cancelEnrollment(
	db: Db,
	enrollment: Enrollment,
): Promise<Enrollment> {
	if (enrollment.status === "completed") {
		throw new SchoolError(
			409,
			"A completed course cannot be cancelled",
			"completed",
		);
	}
	if (enrollment.status === "cancelled") return enrollment;
	const updated = await db.update<Enrollment>({
		model: "enrollment",
		where: [eq("id", enrollment.id)],
		update: { status: "cancelled", seatKey: null },
	});
	await recountEnrollments(db, enrollment.courseId);
	return updated ?? { ...enrollment, status: "cancelled", seatKey: null };
}
