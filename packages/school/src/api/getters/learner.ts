import type { z } from "zod";
import type { pageQuerySchema } from "../../schemas.js";
import type {
	Course,
	Enrollment,
	EnrollmentDetail,
	LessonProgress,
	PortalEntry,
	QuizAttempt,
} from "../../types.js";
import type { SchoolAggregates } from "../aggregates.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { enrollKeyOf } from "../keys.js";
import { courseLocks, hasPacing, prerequisiteModeOf } from "../pacing.js";
import { missingPrerequisites } from "../pacing-gate.js";
import { findPage, type Page, parsePage } from "../pagination.js";
import {
	serializeCourse,
	serializeEnrollment,
	serializeLessonProgress,
} from "../serializers.js";
import { orderLessons } from "./catalog.js";
import { courseOutline } from "./outline.js";

/**
 * A learner's reads: enrollments, progress, the portal, quiz attempts. Pure reads: the caller
 * decides whose data may be read (the endpoints only ever pass the signed-in user's id).
 */

/** Enrollment statuses that hold a place in a course (cancelled ones do not). */
export const ACTIVE_STATUSES = ["enrolled", "completed"];

export function getEnrollment(
	db: Db,
	courseId: string,
	userId: string,
): Promise<Enrollment | null> {
	return db.findOne<Enrollment>({
		model: "enrollment",
		where: [eq("enrollKey", enrollKeyOf(courseId, userId))],
	});
}

export function getEnrollmentById(
	db: Db,
	id: string,
): Promise<Enrollment | null> {
	return db.findOne<Enrollment>({ model: "enrollment", where: [eq("id", id)] });
}

/**
 * Where "Continue" leads: the first unfinished lesson after the last one touched, in reading
 * order, wrapping round to the first unfinished one before it; null when every lesson is done.
 * Without a last lesson it is the first unfinished lesson of the course.
 */
export function continueLessonOf(
	order: string[],
	completedIds: ReadonlySet<string>,
	lastLessonId: string | null | undefined,
): string | null {
	const from = lastLessonId ? order.indexOf(lastLessonId) : -1;
	// The last lesson itself counts when it is not finished (a video half watched).
	const start = Math.max(from, 0);
	for (let i = 0; i < order.length; i++) {
		const id = order[(start + i) % order.length];
		if (id !== undefined && !completedIds.has(id)) return id;
	}
	return null;
}

/**
 * An enrollment with per-lesson progress, where to resume and where to continue, and the
 * lessons its pacing keeps closed at `now`: its progress and the course's outline side by side
 * (two queries with `aggregates.courseOutline`, three without; one more for prerequisites
 * checked before starting).
 */
export async function getEnrollmentDetail(
	db: Db,
	enrollment: Enrollment,
	course: Course,
	now: Date = new Date(),
	aggregates?: SchoolAggregates,
): Promise<EnrollmentDetail> {
	const [progress, { sections, lessons }] = await Promise.all([
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [eq("enrollmentId", enrollment.id)],
		}),
		courseOutline(db, aggregates, { courseIds: [course.id], completedBy: [] }),
	]);
	const ordered = orderLessons(sections, lessons);
	const order = ordered.map((l) => l.id);
	const completedIds = new Set(
		progress.filter((p) => p.completed).map((p) => p.lessonId),
	);
	const last = enrollment.lastLessonId
		? progress.find((p) => p.lessonId === enrollment.lastLessonId)
		: undefined;
	const drips =
		ordered.some((l) => l.dripDays != null || l.dripDate) ||
		sections.some((s) => s.dripDays != null || s.dripDate);
	const locks =
		hasPacing(course) || drips
			? courseLocks({
					course,
					sections,
					ordered,
					enrollment,
					completedIds,
					missingPrerequisites:
						prerequisiteModeOf(course) === "start"
							? await missingPrerequisites(db, course, enrollment.userId)
							: [],
					now,
				})
			: [];
	return {
		...serializeEnrollment(enrollment, now),
		locks,
		lessons: progress.map(serializeLessonProgress),
		// Both from the lessons that exist now, as "continue" and the locks are: the stored
		// `lessonCount` could lag behind the curriculum.
		completedLessons: order.filter((id) => completedIds.has(id)).length,
		totalLessons: order.length,
		resume: enrollment.lastLessonId
			? {
					lessonId: enrollment.lastLessonId,
					positionSecs: last?.positionSecs ?? 0,
				}
			: null,
		continueLessonId: continueLessonOf(
			order,
			completedIds,
			enrollment.lastLessonId,
		),
	};
}

/**
 * One page of rows. A first page shorter than the limit is its own total, so the count query
 * is only needed when there may be more rows (most learners have a handful of courses).
 */
async function findShortPage<T>(
	db: Db,
	query: Parameters<typeof findPage<T>>[1],
	page: { limit: number; offset: number },
): Promise<Page<T>> {
	const items = await db.findMany<T>({
		...query,
		limit: page.limit,
		offset: page.offset,
	});
	if (page.offset === 0 && items.length < page.limit)
		return { items, total: items.length, ...page };
	return findPage<T>(db, query, page);
}

/**
 * The student portal: every enrollment of mine (active, completed, cancelled; the course may
 * be archived) with its course summary and where to continue: the page of enrollments, their
 * courses, and the courses' outline with my completed lessons (`courseOutline`: one query with
 * `aggregates`, three without).
 */
export async function listMyEnrollments(
	db: Db,
	userId: string,
	rawPage: z.input<typeof pageQuerySchema> = {},
	now: Date = new Date(),
	aggregates?: SchoolAggregates,
): Promise<Page<PortalEntry>> {
	const page = await findShortPage<Enrollment>(
		db,
		{
			model: "enrollment",
			where: [eq("userId", userId)],
			sortBy: { field: "enrolledAt", direction: "desc" },
		},
		parsePage(rawPage),
	);
	const enrollments = page.items;
	if (enrollments.length === 0) return { ...page, items: [] };
	const courseIds = [...new Set(enrollments.map((e) => e.courseId))];
	const [courses, outline] = await Promise.all([
		findAll<Course>(db, { model: "course", where: [inList("id", courseIds)] }),
		courseOutline(db, aggregates, {
			courseIds,
			completedBy: enrollments.map((e) => e.id),
		}),
	]);
	const courseById = new Map(courses.map((c) => [c.id, c]));
	const lessons = new Map(outline.lessons.map((l) => [l.id, l]));
	// Grouped once, not filtered per enrollment: a page holds up to 100 courses' lessons.
	const doneBy = groupInto(outline.completed, (p) => p.enrollmentId);
	const sectionsOf = groupInto(outline.sections, (s) => s.courseId);
	const lessonsOf = groupInto(outline.lessons, (l) => l.courseId);
	const items: PortalEntry[] = enrollments.flatMap((e) => {
		const course = courseById.get(e.courseId);
		if (!course) return [];
		// Only lessons that still exist count (a deleted lesson's row is gone, but be safe).
		const done = new Set(
			(doneBy.get(e.id) ?? [])
				.map((p) => p.lessonId)
				.filter((id) => lessons.has(id)),
		);
		const order = orderLessons(
			sectionsOf.get(course.id) ?? [],
			lessonsOf.get(course.id) ?? [],
		).map((l) => l.id);
		const continueLessonId = continueLessonOf(order, done, e.lastLessonId);
		const continueLesson = continueLessonId
			? lessons.get(continueLessonId)
			: undefined;
		return [
			{
				...serializeEnrollment(e, now),
				course: serializeCourse(course),
				lastLessonTitle: e.lastLessonId
					? (lessons.get(e.lastLessonId)?.title ?? null)
					: null,
				completedLessons: done.size,
				continueLessonId,
				continueLessonType: continueLesson?.type ?? null,
				continueLessonTitle: continueLesson?.title ?? null,
			},
		];
	});
	return { ...page, items };
}

/** Rows by key, each group in the rows' order (Node 20 has no `Map.groupBy`). */
function groupInto<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const k = key(row);
		const group = groups.get(k);
		if (group) group.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

export function listAttempts(
	db: Db,
	lessonId: string,
	userId: string,
): Promise<QuizAttempt[]> {
	return db.findMany<QuizAttempt>({
		model: "quizAttempt",
		where: [eq("lessonId", lessonId), eq("userId", userId)],
		sortBy: { field: "attemptedAt", direction: "asc" },
		limit: 200,
	});
}
