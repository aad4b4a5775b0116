import type { z } from "zod";
import type { pageQuerySchema } from "../../schemas.js";
import type {
	Course,
	Enrollment,
	EnrollmentDetail,
	Lesson,
	LessonProgress,
	PortalEntry,
	QuizAttempt,
} from "../../types.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { enrollKeyOf } from "../keys.js";
import { findPage, type Page, parsePage } from "../pagination.js";
import {
	serializeCourse,
	serializeEnrollment,
	serializeLessonProgress,
} from "../serializers.js";

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

/** An enrollment with per-lesson progress and where to resume (two queries). */
export async function getEnrollmentDetail(
	db: Db,
	enrollment: Enrollment,
	course: Course,
): Promise<EnrollmentDetail> {
	const progress = await findAll<LessonProgress>(db, {
		model: "lessonProgress",
		where: [eq("enrollmentId", enrollment.id)],
	});
	const completedLessons = progress.filter((p) => p.completed).length;
	const last = enrollment.lastLessonId
		? progress.find((p) => p.lessonId === enrollment.lastLessonId)
		: undefined;
	return {
		...serializeEnrollment(enrollment),
		lessons: progress.map(serializeLessonProgress),
		completedLessons,
		totalLessons: course.lessonCount,
		resume: enrollment.lastLessonId
			? {
					lessonId: enrollment.lastLessonId,
					positionSecs: last?.positionSecs ?? 0,
				}
			: null,
	};
}

/** The student portal: my active and completed enrollments with course summaries (four queries). */
export async function listMyEnrollments(
	db: Db,
	userId: string,
	rawPage: z.input<typeof pageQuerySchema> = {},
): Promise<Page<PortalEntry>> {
	const page = await findPage<Enrollment>(
		db,
		{
			model: "enrollment",
			where: [eq("userId", userId), inList("status", ACTIVE_STATUSES)],
			sortBy: { field: "enrolledAt", direction: "desc" },
		},
		parsePage(rawPage),
	);
	const enrollments = page.items;
	if (enrollments.length === 0) return { ...page, items: [] };
	const lastLessonIds = enrollments.flatMap((e) =>
		e.lastLessonId ? [e.lastLessonId] : [],
	);
	const [courses, lastLessons, completed] = await Promise.all([
		findAll<Course>(db, {
			model: "course",
			where: [
				inList(
					"id",
					enrollments.map((e) => e.courseId),
				),
			],
		}),
		lastLessonIds.length
			? findAll<Lesson>(db, {
					model: "lesson",
					where: [inList("id", lastLessonIds)],
				})
			: Promise.resolve([]),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [
				inList(
					"enrollmentId",
					enrollments.map((e) => e.id),
				),
				eq("completed", true),
			],
		}),
	]);
	const courseById = new Map(courses.map((c) => [c.id, c]));
	const lessonTitle = new Map(lastLessons.map((l) => [l.id, l.title]));
	const items: PortalEntry[] = enrollments.flatMap((e) => {
		const course = courseById.get(e.courseId);
		if (!course) return [];
		return [
			{
				...serializeEnrollment(e),
				course: serializeCourse(course),
				lastLessonTitle: e.lastLessonId
					? (lessonTitle.get(e.lastLessonId) ?? null)
					: null,
				completedLessons: completed.filter((p) => p.enrollmentId === e.id)
					.length,
			},
		];
	});
	return { ...page, items };
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
