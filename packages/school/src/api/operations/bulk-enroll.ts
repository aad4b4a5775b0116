import { z } from "zod";
import type { Course, Enrollment, SchoolUser } from "../../types.js";
import { can, loadManagedCourse } from "../access.js";
import { findAll, inList } from "../db-types.js";
import { asSchoolError, SchoolError } from "../errors.js";
import { ACTIVE_STATUSES } from "../getters/learner.js";
import { enrollKeyOf } from "../keys.js";
import { recountEnrollments } from "../mutations/enrollment.js";
import { isExpired, prerequisiteIds, prerequisiteModeOf } from "../pacing.js";
import type { Actor, OperationDeps } from "./context.js";
import { settingsOf } from "./context.js";
import { admit } from "./enrollment.js";

/**
 * Bulk enrollment (#19): a course's managers enroll many learners by email. One request takes
 * at most `BULK_ENROLL_MAX` emails (the client pages a large CSV through several requests and
 * shows progress); `dryRun` answers the same report without writing. Capacity (unique seat
 * keys, so it holds beside concurrent self-enrollment) and prerequisites apply unless an admin
 * sets `override`. `onAfterEnroll` runs for each enrollment; the payment gate does not (the
 * manager grants the seat).
 */

export const BULK_ENROLL_MAX = 1000;

export const bulkEnrollSchema = z.strictObject({
	emails: z.array(z.string().max(320)).min(1).max(BULK_ENROLL_MAX),
	dryRun: z.boolean().optional(),
	/** Admins only: ignore capacity and prerequisites. */
	override: z.boolean().optional(),
});
export type BulkEnrollInput = z.input<typeof bulkEnrollSchema>;

export type BulkOutcome =
	| "enrolled"
	| "renewed"
	| "already_enrolled"
	| "unknown_email"
	| "invalid_email"
	| "over_capacity"
	| "prerequisites_missing"
	| "failed";

export interface BulkEnrollRow {
	email: string;
	outcome: BulkOutcome;
	userId: string | null;
	/** For `failed`: what went wrong (e.g. the `onAfterEnroll` hook refused). */
	message?: string;
}

export interface BulkEnrollReport {
	dryRun: boolean;
	rows: BulkEnrollRow[];
	counts: Record<BulkOutcome, number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function report(dryRun: boolean, rows: BulkEnrollRow[]): BulkEnrollReport {
	const counts: Record<BulkOutcome, number> = {
		enrolled: 0,
		renewed: 0,
		already_enrolled: 0,
		unknown_email: 0,
		invalid_email: 0,
		over_capacity: 0,
		prerequisites_missing: 0,
		failed: 0,
	};
	for (const row of rows) counts[row.outcome]++;
	return { dryRun, rows, counts };
}

/** Learners (by user id) who have not completed every prerequisite of the course. */
async function lackingPrerequisites(
	deps: OperationDeps,
	course: Course,
	userIds: string[],
): Promise<Set<string>> {
	const ids = prerequisiteIds(course);
	if (ids.length === 0 || prerequisiteModeOf(course) !== "enroll")
		return new Set();
	const done = await findAll<Enrollment>(deps.db, {
		model: "enrollment",
		where: [
			inList("courseId", ids),
			inList("userId", userIds),
			inList("status", ["completed"]),
		],
	});
	return new Set(
		userIds.filter(
			(u) =>
				!ids.every((c) => done.some((e) => e.userId === u && e.courseId === c)),
		),
	);
}

export async function bulkEnroll(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	rawInput: BulkEnrollInput,
): Promise<BulkEnrollReport> {
	const input = bulkEnrollSchema.parse(rawInput);
	const { course } = await loadManagedCourse(deps.db, actor.viewer, courseId);
	if (!can(actor.viewer, "course.bulkEnroll", course))
		throw new SchoolError(403, "You can only manage your own courses");
	if (input.override && !can(actor.viewer, "enrollment.override", null))
		throw new SchoolError(
			403,
			"Only admins can override capacity and prerequisites",
			"override_denied",
		);
	if (course.status !== "published")
		throw new SchoolError(
			409,
			"Publish the course before enrolling learners",
			"not_published",
		);
	const find = deps.options.findUsersByEmail;
	if (!find)
		throw new SchoolError(
			501,
			"Bulk enrollment needs the findUsersByEmail option",
			"bulk_enroll_unavailable",
		);
	const { clock } = settingsOf(deps.options);
	const now = clock();

	const emails = [
		...new Set(input.emails.map((e) => e.trim().toLowerCase()).filter(Boolean)),
	];
	const valid = emails.filter((e) => EMAIL.test(e));
	const users = valid.length > 0 ? await find(valid) : [];
	const byEmail = new Map<string, SchoolUser>();
	for (const user of users)
		if (user.email) byEmail.set(user.email.trim().toLowerCase(), user);
	const found = [...byEmail.values()];
	const [existing, lacking, held] = await Promise.all([
		found.length > 0
			? findAll<Enrollment>(deps.db, {
					model: "enrollment",
					where: [
						inList(
							"enrollKey",
							found.map((u) => enrollKeyOf(course.id, u.id)),
						),
					],
				})
			: Promise.resolve([]),
		input.override
			? Promise.resolve(new Set<string>())
			: lackingPrerequisites(
					deps,
					course,
					found.map((u) => u.id),
				),
		deps.db.count({
			model: "enrollment",
			where: [
				{ field: "courseId", value: course.id, operator: "eq" },
				inList("status", ACTIVE_STATUSES),
			],
		}),
	]);
	const enrollmentOf = new Map(existing.map((e) => [e.userId, e]));
	// The dry run's forecast of free seats; the real run lets the seat keys decide.
	let seatsLeft =
		course.maxStudents && !input.override
			? Math.max(0, course.maxStudents - held)
			: Number.POSITIVE_INFINITY;

	const rows: BulkEnrollRow[] = [];
	let wrote = false;
	for (const email of emails) {
		const user = byEmail.get(email);
		if (!EMAIL.test(email)) {
			rows.push({ email, outcome: "invalid_email", userId: null });
			continue;
		}
		if (!user) {
			rows.push({ email, outcome: "unknown_email", userId: null });
			continue;
		}
		const current = enrollmentOf.get(user.id) ?? null;
		const active = !!current && current.status !== "cancelled";
		if (active && !isExpired(current, now)) {
			rows.push({ email, outcome: "already_enrolled", userId: user.id });
			continue;
		}
		if (!active && lacking.has(user.id)) {
			rows.push({ email, outcome: "prerequisites_missing", userId: user.id });
			continue;
		}
		if (input.dryRun) {
			if (!active && seatsLeft <= 0) {
				rows.push({ email, outcome: "over_capacity", userId: user.id });
				continue;
			}
			if (!active) seatsLeft--;
			rows.push({
				email,
				outcome: active ? "renewed" : "enrolled",
				userId: user.id,
			});
			continue;
		}
		try {
			const result = await admit(deps, actor, course, user, {
				current,
				now,
				ignoreCapacity: input.override,
				recount: false,
			});
			wrote = true;
			rows.push({
				email,
				outcome: result.renewed
					? "renewed"
					: result.created
						? "enrolled"
						: "already_enrolled",
				userId: user.id,
			});
		} catch (error) {
			const known = asSchoolError(error);
			if (known?.code === "course_full") {
				rows.push({ email, outcome: "over_capacity", userId: user.id });
				continue;
			}
			rows.push({
				email,
				outcome: "failed",
				userId: user.id,
				message: known?.message ?? "Enrollment failed",
			});
			if (!known) console.error("[btst-school] bulk enrollment failed", error);
		}
	}
	if (wrote) await recountEnrollments(deps.db, course.id);
	return report(!!input.dryRun, rows);
}
