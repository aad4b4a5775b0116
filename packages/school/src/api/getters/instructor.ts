import type { z } from "zod";
import type { InstructorCourseSort } from "../../enums.js";
import { parseQuiz } from "../../quiz.js";
import { instructorCoursesQuerySchema } from "../../schemas.js";
import type {
	Course,
	CourseAnalytics,
	InstructorCourseDetail,
	InstructorCourseStats,
	Lesson,
	QuizAttempt,
} from "../../types.js";
import {
	type AggregateWhere,
	type BestTotal,
	type BestTotalsQuery,
	bestTotals,
	type GroupTotal,
	groupTotals,
	type SchoolAggregates,
} from "../aggregates.js";
import { type Db, eq, findAll, inList, type Where } from "../db-types.js";
import type { Page } from "../pagination.js";
import { searchConditions } from "../search-index.js";
import { serializeCourse, serializeLesson } from "../serializers.js";
import { getCourseDetail, getCurriculum, orderLessons } from "./catalog.js";
import { ACTIVE_STATUSES } from "./learner.js";
import { courseOutline, outlineOf } from "./outline.js";
import { bestsOf } from "./roster.js";
import { findStablePage } from "./stable-page.js";

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
	// The whole curriculum once: the outline is a part of it.
	const curriculum = await getCurriculum(db, course.id);
	const { lessons } = curriculum;
	const detail = await getCourseDetail(
		db,
		course,
		undefined,
		outlineOf(curriculum.sections, lessons),
	);
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

/** The column behind each sort of the dashboard, and its direction when none is asked for. */
const courseSort: Record<
	InstructorCourseSort,
	{ field: string; dir: "asc" | "desc" }
> = {
	updated: { field: "updatedAt", dir: "desc" },
	title: { field: "title", dir: "asc" },
	status: { field: "status", dir: "asc" },
	enrollments: { field: "enrollmentCount", dir: "desc" },
	completions: { field: "completionCount", dir: "desc" },
};

/**
 * Courses of one instructor (or all, for admins), searched by title/description/tags, filtered by
 * status and sorted by a column, with enrollment statistics.
 * Three queries for the page with `aggregates`; without, the average progress reads one row per
 * active learner of the page's courses.
 */
export async function listInstructorCourses(
	db: Db,
	filter: { instructorId?: string },
	rawQuery: z.input<typeof instructorCoursesQuerySchema> = {},
	aggregates?: SchoolAggregates,
): Promise<Page<InstructorCourseStats>> {
	const query = instructorCoursesQuerySchema.parse(rawQuery);
	const where: Where[] = filter.instructorId
		? [eq("instructorId", filter.instructorId)]
		: [];
	if (query.status) where.push(eq("status", query.status));
	// The catalog's search index (lower-cased `searchText`): case-insensitive on every database.
	where.push(...searchConditions({ q: query.q }));
	const column = courseSort[query.sort];
	// Sorting by status or counts ties often: the stable page breaks ties by id.
	const { items: courses, ...page } = await findStablePage<Course>(
		db,
		{
			model: "course",
			where,
			sortBy: { field: column.field, direction: query.dir ?? column.dir },
		},
		query,
		// Courses rarely tie on the default sort (last updated): the page and its total suffice,
		// and most instructors' courses fit on the first page, which then needs no count.
		{ peek: true, shortTotal: true },
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

/** A course's analytics over the last `days` days (all time without). */
export interface AnalyticsRange {
	days?: number;
	/** "Now", for tests; defaults to the current time. */
	now?: Date;
}

/** What analytics show of a lesson: the outline's, no body. */
type AnalysedLesson = Pick<Lesson, "id" | "title" | "type">;

/**
 * Per-lesson completions (the drop-off funnel) and quiz statistics, over a time range. With
 * `kyselyAggregates`: the outline (one query, no lesson bodies), then the completions and the
 * quiz totals with each learner's best (`bestTotals`), two grouped queries side by side.
 * Without `aggregates`: the curriculum, one count per lesson and every attempt in range of
 * each quiz read.
 */
export async function getCourseAnalytics(
	db: Db,
	course: Course,
	aggregates?: SchoolAggregates,
	range: AnalyticsRange = {},
): Promise<CourseAnalytics> {
	const { sections, lessons } = await courseOutline(db, aggregates, {
		courseIds: [course.id],
		completedBy: [],
	});
	const ordered: AnalysedLesson[] = orderLessons(sections, lessons);
	const quizzes = ordered.filter((l) => l.type === "quiz");
	const lessonIds = (list: AnalysedLesson[]) => ({
		field: "lessonId",
		value: list.map((l) => l.id),
		operator: "in" as const,
	});
	const since = range.days
		? new Date((range.now ?? new Date()).getTime() - range.days * 86_400_000)
		: null;
	const after = (field: string): AggregateWhere[] =>
		since ? [{ field, value: since, operator: "gte" }] : [];
	const none = new Map<string, GroupTotal>();
	const bestQuery = {
		model: "quizAttempt" as const,
		groupBy: "lessonId",
		member: "userId",
		best: "score",
		flag: "passed",
		where: [lessonIds(quizzes), ...after("attemptedAt")],
	};
	const completionTotals = ordered.length
		? groupTotals(db, aggregates, {
				model: "lessonProgress",
				groupBy: "lessonId",
				where: [
					lessonIds(ordered),
					{ field: "completed", value: true, operator: "eq" },
					...after("completedAt"),
				],
			})
		: Promise.resolve(none);
	const [completions, { attempts, passes, rows, best }] = await Promise.all([
		completionTotals,
		quizzes.length
			? quizTotals(db, aggregates, bestQuery, since)
			: Promise.resolve({
					attempts: none,
					passes: none,
					rows: [] as QuizAttempt[],
					best: undefined,
				}),
	]);
	return {
		courseId: course.id,
		enrollments: course.enrollmentCount,
		completions: course.completionCount,
		days: range.days ?? null,
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
		quizLearners: quizzes.map((l) =>
			best ? quizLearnerTotals(l, best.get(l.id)) : quizLearnerStats(l, rows),
		),
	};
}

interface QuizTotals {
	attempts: Map<string, GroupTotal>;
	passes: Map<string, GroupTotal>;
	/** Every attempt in range, read only when the database cannot give the best per learner. */
	rows: QuizAttempt[];
	best: Map<string, BestTotal> | undefined;
}

/**
 * Attempts, score sums, passes and each learner's best per quiz. With `aggregates.bestTotals`
 * honouring `withRows`, all of it is one grouped query; otherwise two grouped totals beside it,
 * or, without `bestTotals`, beside a read of every attempt in range.
 */
async function quizTotals(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	bestQuery: BestTotalsQuery,
	since: Date | null,
): Promise<QuizTotals> {
	const quizIds = bestQuery.where[0] as AggregateWhere;
	const inRange = bestQuery.where.slice(1);
	const attemptTotals = () =>
		groupTotals(db, aggregates, {
			model: "quizAttempt",
			groupBy: "lessonId",
			sum: "score",
			where: bestQuery.where,
		});
	const passTotals = () =>
		groupTotals(db, aggregates, {
			model: "quizAttempt",
			groupBy: "lessonId",
			where: [
				quizIds,
				{ field: "passed", value: true, operator: "eq" },
				...inRange,
			],
		});
	if (!aggregates?.bestTotals) {
		const [attempts, passes, rows] = await Promise.all([
			attemptTotals(),
			passTotals(),
			findAll<QuizAttempt>(db, {
				model: "quizAttempt",
				where: [
					inList("lessonId", quizIds.value as string[]),
					...(since
						? [{ field: "attemptedAt", value: since, operator: "gte" as const }]
						: []),
				],
			}),
		]);
		return { attempts, passes, rows, best: undefined };
	}
	const best = await bestTotals(aggregates, { ...bestQuery, withRows: true });
	const totals = [...(best?.values() ?? [])];
	if (best && totals.every((t) => t.rows !== undefined)) {
		const total = (pick: (t: BestTotal) => GroupTotal) =>
			new Map(totals.map((t) => [t.key, pick(t)]));
		return {
			attempts: total((t) => ({
				key: t.key,
				count: t.rows ?? 0,
				sum: t.rowsSum ?? 0,
			})),
			passes: total((t) => ({ key: t.key, count: t.rowsFlagged ?? 0, sum: 0 })),
			rows: [],
			best,
		};
	}
	const [attempts, passes] = await Promise.all([attemptTotals(), passTotals()]);
	return { attempts, passes, rows: [], best };
}

/** `quizLearnerStats` from the database's best-per-learner totals. */
function quizLearnerTotals(quiz: AnalysedLesson, total: BestTotal | undefined) {
	const learners = total?.members ?? 0;
	return {
		lessonId: quiz.id,
		title: quiz.title,
		learners,
		passedLearners: total?.flagged ?? 0,
		averageBestScore: learners
			? Math.round((total?.sumOfBest ?? 0) / learners)
			: 0,
	};
}

/** One quiz by learner: each learner's best attempt, then the mean of those. */
function quizLearnerStats(quiz: AnalysedLesson, attempts: QuizAttempt[]) {
	const learners = bestsOf(attempts.filter((a) => a.lessonId === quiz.id));
	return {
		lessonId: quiz.id,
		title: quiz.title,
		learners: learners.length,
		passedLearners: learners.filter((b) => b.passed).length,
		averageBestScore: learners.length
			? Math.round(learners.reduce((n, b) => n + b.best, 0) / learners.length)
			: 0,
	};
}
