import type { Enrollment, Lesson, LessonProgress } from "../../types.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { isUniqueViolation } from "../errors.js";
import { progressKeyOf } from "../keys.js";
import { recountEnrollments } from "./enrollment.js";

/**
 * Progress writes: lesson completion (and the course completion it may cause), the video resume
 * position, and recounting everyone's progress when the curriculum changes. Pure: the
 * certificate hook is handed in by the caller (`operations/progress.ts`).
 */

/**
 * Recounts the course's lesson counters and every learner's progress after lessons were added
 * or removed. Reads all learners of the course once and writes one `updateMany` per distinct
 * percentage (at most 101), so it never issues a query per learner. Returns the ids of the
 * `enrolled` learners who now have every lesson done (a lesson they had not finished was
 * deleted): the caller completes their course (`claimCourseCompletion`).
 */
export async function refreshCourseProgress(
	db: Db,
	courseId: string,
): Promise<string[]> {
	const [lessons, enrollments, done] = await Promise.all([
		findAll<Lesson>(db, { model: "lesson", where: [eq("courseId", courseId)] }),
		findAll<Enrollment>(db, {
			model: "enrollment",
			where: [eq("courseId", courseId)],
		}),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [eq("courseId", courseId), eq("completed", true)],
		}),
	]);
	await db.update({
		model: "course",
		where: [eq("id", courseId)],
		update: {
			lessonCount: lessons.length,
			lessonDurationMins: lessons.reduce(
				(sum, l) => sum + (l.durationMins ?? 0),
				0,
			),
		},
	});
	const doneBy = new Map<string, number>();
	for (const p of done)
		doneBy.set(p.enrollmentId, (doneBy.get(p.enrollmentId) ?? 0) + 1);
	const byPct = new Map<number, string[]>();
	for (const e of enrollments) {
		const pct = progressPct(doneBy.get(e.id) ?? 0, lessons.length);
		if (pct !== e.progressPct)
			byPct.set(pct, [...(byPct.get(pct) ?? []), e.id]);
	}
	for (const [pct, ids] of byPct) {
		await db.updateMany({
			model: "enrollment",
			where: [inList("id", ids)],
			update: { progressPct: pct },
		});
	}
	if (lessons.length === 0) return [];
	return enrollments
		.filter(
			(e) =>
				e.status === "enrolled" && (doneBy.get(e.id) ?? 0) >= lessons.length,
		)
		.map((e) => e.id);
}

/** completed / current lessons as an integer 0-100, never above 100. */
export function progressPct(completed: number, total: number): number {
	if (total <= 0) return 0;
	return Math.min(100, Math.floor((completed / total) * 100));
}

/** Creates or updates the progress row of one lesson (unique `progressKey`). */
async function upsertProgress(
	db: Db,
	enrollment: Enrollment,
	lessonId: string,
	update: Partial<
		Pick<LessonProgress, "completed" | "completedAt" | "positionSecs">
	>,
): Promise<void> {
	const progressKey = progressKeyOf(enrollment.id, lessonId);
	const updated = await db.update<LessonProgress>({
		model: "lessonProgress",
		where: [eq("progressKey", progressKey)],
		update,
	});
	if (updated) return;
	try {
		await db.create<Omit<LessonProgress, "id">, LessonProgress>({
			model: "lessonProgress",
			data: {
				enrollmentId: enrollment.id,
				lessonId,
				courseId: enrollment.courseId,
				progressKey,
				completed: false,
				completedAt: null,
				positionSecs: 0,
				...update,
			},
		});
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		// Created by a concurrent request: apply ours on top.
		await db.update({
			model: "lessonProgress",
			where: [eq("progressKey", progressKey)],
			update,
		});
	}
}

/** The video resume heartbeat: position and last lesson (two writes, no reads). */
export async function savePosition(
	db: Db,
	enrollment: Enrollment,
	lessonId: string,
	positionSecs: number,
): Promise<void> {
	await upsertProgress(db, enrollment, lessonId, {
		positionSecs: Math.floor(positionSecs),
	});
	await db.update({
		model: "enrollment",
		where: [eq("id", enrollment.id)],
		update: { lastLessonId: lessonId, lastActivityAt: new Date() },
	});
}

export interface CompletionOptions {
	/**
	 * Called once, by the request that completed the course, to issue the certificate id.
	 * Returning null issues none. Throwing undoes the completion, so it can be retried.
	 */
	issueCertificate?: (enrollment: Enrollment) => Promise<string | null>;
}

export interface LessonCompletion {
	enrollment: Enrollment;
	completedLessons: number;
	totalLessons: number;
	courseCompleted: boolean;
}

/**
 * Marks a lesson complete and recomputes progress from the lessons that exist now. When every
 * lesson is done, the enrollment is claimed with a conditional update (status must still be
 * `enrolled`), so exactly one request completes the course even when two race.
 */
export async function completeLesson(
	db: Db,
	enrollment: Enrollment,
	lesson: Lesson,
	options: CompletionOptions = {},
): Promise<LessonCompletion> {
	const now = new Date();
	await upsertProgress(db, enrollment, lesson.id, {
		completed: true,
		completedAt: now,
	});
	const [completedLessons, totalLessons] = await Promise.all([
		db.count({
			model: "lessonProgress",
			where: [eq("enrollmentId", enrollment.id), eq("completed", true)],
		}),
		db.count({ model: "lesson", where: [eq("courseId", enrollment.courseId)] }),
	]);
	const pct = progressPct(completedLessons, totalLessons);
	const current =
		(await db.update<Enrollment>({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: {
				progressPct: pct,
				lastLessonId: lesson.id,
				lastActivityAt: now,
			},
		})) ?? enrollment;
	if (
		current.status !== "enrolled" ||
		totalLessons === 0 ||
		completedLessons < totalLessons
	) {
		return {
			enrollment: current,
			completedLessons,
			totalLessons,
			courseCompleted: false,
		};
	}
	const completed = await claimCourseCompletion(db, enrollment, options, now);
	return {
		enrollment: completed ?? current,
		completedLessons,
		totalLessons,
		courseCompleted: !!completed,
	};
}

/**
 * Completes the course of an enrollment whose lessons are all done. The enrollment is claimed
 * with a conditional update (status must still be `enrolled`), so exactly one request completes
 * the course even when two race; that request issues the certificate. Returns the completed
 * enrollment, or null when another request (or an earlier one) already completed it.
 */
export async function claimCourseCompletion(
	db: Db,
	enrollment: Enrollment,
	options: CompletionOptions = {},
	now = new Date(),
): Promise<Enrollment | null> {
	const claimed = await db.update<Enrollment>({
		model: "enrollment",
		where: [eq("id", enrollment.id), eq("status", "enrolled")],
		update: { status: "completed", completedAt: now, progressPct: 100 },
	});
	if (claimed?.status !== "completed") return null;
	let current = claimed;
	try {
		const certificateId = options.issueCertificate
			? await options.issueCertificate(claimed)
			: null;
		if (certificateId) {
			current = (await db.update<Enrollment>({
				model: "enrollment",
				where: [eq("id", enrollment.id)],
				update: { certificateId },
			})) ?? { ...claimed, certificateId };
		}
	} catch (error) {
		// Nothing half-written: the course is not completed until its certificate exists.
		await db.update({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: { status: "enrolled", completedAt: null },
		});
		throw error;
	}
	await recountEnrollments(db, enrollment.courseId);
	return current;
}
