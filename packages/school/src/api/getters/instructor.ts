import type { z } from "zod";
import { parseQuiz } from "../../quiz.js";
import type { pageQuerySchema } from "../../schemas.js";
import type {
	Course,
	CourseAnalytics,
	Enrollment,
	InstructorCourseDetail,
	InstructorCourseStats,
	Lesson,
	QuizAttempt,
	Roster,
} from "../../types.js";
import {
	type GroupTotal,
	groupTotals,
	type SchoolAggregates,
} from "../aggregates.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { findPage, type Page, parsePage } from "../pagination.js";
import {
	iso,
	isoOrNull,
	serializeCourse,
	serializeLesson,
} from "../serializers.js";
import { getCourseDetail, getCurriculum, orderLessons } from "./catalog.js";
import { ACTIVE_STATUSES } from "./learner.js";

/**
 * The instructor's reads: the dashboard list, the course editor's course, the roster and the
 * analytics. Pure reads: the caller checks that the viewer may manage the course (`access.ts`).
 */

/**
 * Everything the course editor needs in one read: the course detail (same shape as the public
 * course page) plus every lesson in reading order with its body, media and the quiz WITH its
 * answer keys. For the course's managers only.
 */
export async function getInstructorCourse(
	db: Db,
	course: Course,
): Promise<InstructorCourseDetail> {
	const [detail, { lessons }] = await Promise.all([
		getCourseDetail(db, course),
		getCurriculum(db, course.id),
	]);
	const byId = new Map(lessons.map((l) => [l.id, l]));
	return {
		...detail,
		lessons: detail.lessonOrder.flatMap((id) => {
			const lesson = byId.get(id);
			if (!lesson) return [];
			return [
				serializeLesson(
					lesson,
					lesson.type === "quiz" ? parseQuiz(lesson.content) : null,
				),
			];
		}),
	};
}

/**
 * Courses of one instructor (or all, for admins) in every status, with enrollment statistics.
 * Three queries for the page with `aggregates`; without, the average progress reads one row per
 * active learner of the page's courses.
 */
export async function listInstructorCourses(
	db: Db,
	filter: { instructorId?: string },
	rawPage: z.input<typeof pageQuerySchema> = {},
	aggregates?: SchoolAggregates,
): Promise<Page<InstructorCourseStats>> {
	const { items: courses, ...page } = await findPage<Course>(
		db,
		{
			model: "course",
			where: filter.instructorId
				? [eq("instructorId", filter.instructorId)]
				: [],
			sortBy: { field: "updatedAt", direction: "desc" },
		},
		parsePage(rawPage),
	);
	// Average progress = the mean progress of active learners (cancelled ones are not counted):
	// one grouped total for the whole page.
	const withLearners = courses
		.filter((c) => c.enrollmentCount > 0)
		.map((c) => c.id);
	const progressSum = withLearners.length
		? await groupTotals(db, aggregates, {
				model: "enrollment",
				groupBy: "courseId",
				sum: "progressPct",
				where: [
					{ field: "courseId", value: withLearners, operator: "in" },
					{ field: "status", value: ACTIVE_STATUSES, operator: "in" },
				],
			})
		: new Map<string, GroupTotal>();
	const items: InstructorCourseStats[] = courses.map((c) => {
		const progress = progressSum.get(c.id);
		return {
			...serializeCourse(c),
			enrollments: c.enrollmentCount,
			completions: c.completionCount,
			completionRate: c.enrollmentCount
				? Math.round((c.completionCount / c.enrollmentCount) * 100)
				: 0,
			averageProgress: progress?.count
				? Math.min(100, Math.round(progress.sum / progress.count))
				: 0,
		};
	});
	return { ...page, items };
}

/** The roster of one course: a page of learners with their best quiz score (four queries). */
export async function getRoster(
	db: Db,
	courseId: string,
	rawPage: z.input<typeof pageQuerySchema> = {},
): Promise<Roster> {
	const [{ items: enrollments, ...page }, quizLessons] = await Promise.all([
		findPage<Enrollment>(
			db,
			{
				model: "enrollment",
				where: [eq("courseId", courseId)],
				sortBy: { field: "enrolledAt", direction: "asc" },
			},
			parsePage(rawPage),
		),
		findAll<Lesson>(db, {
			model: "lesson",
			where: [eq("courseId", courseId), eq("type", "quiz")],
		}),
	]);
	const attempts =
		enrollments.length && quizLessons.length
			? await findAll<QuizAttempt>(db, {
					model: "quizAttempt",
					where: [
						inList(
							"lessonId",
							quizLessons.map((l) => l.id),
						),
						inList(
							"userId",
							enrollments.map((e) => e.userId),
						),
					],
				})
			: [];
	const best = new Map<string, number>();
	for (const a of attempts)
		best.set(a.userId, Math.max(best.get(a.userId) ?? 0, a.score));
	return {
		items: enrollments.map((e) => ({
			enrollmentId: e.id,
			userId: e.userId,
			learnerName: e.learnerName ?? null,
			learnerEmail: e.learnerEmail ?? null,
			status: e.status,
			progressPct: e.progressPct,
			enrolledAt: iso(e.enrolledAt),
			completedAt: isoOrNull(e.completedAt),
			lastActivityAt: isoOrNull(e.lastActivityAt),
			bestQuizScore: best.get(e.userId) ?? null,
		})),
		...page,
	};
}

/**
 * Per-lesson completions (the drop-off funnel) and quiz statistics. With `aggregates`: the
 * curriculum plus three grouped totals, whatever the number of learners. Without: one count per
 * lesson and every attempt of each quiz read.
 */
export async function getCourseAnalytics(
	db: Db,
	course: Course,
	aggregates?: SchoolAggregates,
): Promise<CourseAnalytics> {
	const { sections, lessons } = await getCurriculum(db, course.id);
	const ordered = orderLessons(sections, lessons);
	const quizzes = ordered.filter((l) => l.type === "quiz");
	const lessonIds = (list: Lesson[]) => ({
		field: "lessonId",
		value: list.map((l) => l.id),
		operator: "in" as const,
	});
	const none = new Map<string, GroupTotal>();
	const [completions, attempts, passes] = await Promise.all([
		ordered.length
			? groupTotals(db, aggregates, {
					model: "lessonProgress",
					groupBy: "lessonId",
					where: [
						lessonIds(ordered),
						{ field: "completed", value: true, operator: "eq" },
					],
				})
			: none,
		quizzes.length
			? groupTotals(db, aggregates, {
					model: "quizAttempt",
					groupBy: "lessonId",
					sum: "score",
					where: [lessonIds(quizzes)],
				})
			: none,
		quizzes.length
			? groupTotals(db, aggregates, {
					model: "quizAttempt",
					groupBy: "lessonId",
					where: [
						lessonIds(quizzes),
						{ field: "passed", value: true, operator: "eq" },
					],
				})
			: none,
	]);
	return {
		courseId: course.id,
		enrollments: course.enrollmentCount,
		completions: course.completionCount,
		funnel: ordered.map((l) => ({
			lessonId: l.id,
			title: l.title,
			type: l.type,
			completions: completions.get(l.id)?.count ?? 0,
		})),
		quizzes: quizzes.map((l) => {
			const tried = attempts.get(l.id) ?? { count: 0, sum: 0 };
			const passed = passes.get(l.id)?.count ?? 0;
			return {
				lessonId: l.id,
				title: l.title,
				attempts: tried.count,
				passes: passed,
				passRate: tried.count ? Math.round((passed / tried.count) * 100) : 0,
				averageScore: tried.count ? Math.round(tried.sum / tried.count) : 0,
			};
		}),
	};
}
