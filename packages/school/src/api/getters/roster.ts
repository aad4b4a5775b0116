import type { z } from "zod";
import type { RosterProgress, RosterSort } from "../../enums.js";
import type { rosterQuerySchema } from "../../schemas.js";
import { rosterQuerySchema as rosterQuery } from "../../schemas.js";
import type {
	Enrollment,
	LearnerDetail,
	Lesson,
	LessonProgress,
	QuizAttempt,
	Roster,
	RosterEntry,
} from "../../types.js";
import type { RosterWhere, SchoolAggregates } from "../aggregates.js";
import { type Db, eq, findAll, inList, type Where } from "../db-types.js";
import { learnerSearchCondition } from "../learner-search.js";
import { iso, isoOrNull } from "../serializers.js";
import { getCurriculum, orderLessons } from "./catalog.js";
import { findStablePage } from "./stable-page.js";

/**
 * A course's learners as its managers see them: the searchable, sortable roster and one
 * learner's detail. Pure reads: the caller checks that the viewer manages the course.
 */

export type RosterQuery = Omit<z.input<typeof rosterQuerySchema>, "format">;
type ParsedQuery = z.output<typeof rosterQuery>;

/** Progress bands as ranges on `progressPct`, so the database filters them. */
const bandRange: Record<RosterProgress, RosterWhere[]> = {
	"not-started": [{ field: "progressPct", operator: "lte", value: 0 }],
	"under-half": [
		{ field: "progressPct", operator: "gt", value: 0 },
		{ field: "progressPct", operator: "lt", value: 50 },
	],
	"over-half": [
		{ field: "progressPct", operator: "gte", value: 50 },
		{ field: "progressPct", operator: "lt", value: 100 },
	],
	finished: [{ field: "progressPct", operator: "gte", value: 100 }],
};

/** The column each sort sorts by: the folded keys for name and email (learner-search.ts). */
const sortField: Record<RosterSort, keyof Enrollment> = {
	enrolled: "enrolledAt",
	name: "learnerNameKey",
	email: "learnerEmailKey",
	status: "status",
	progress: "progressPct",
	activity: "lastActivityAt",
};

/** The direction a column sorts in when none is given: numbers that grow sort high first. */
const defaultDir: Record<RosterSort, "asc" | "desc"> = {
	enrolled: "asc",
	name: "asc",
	email: "asc",
	status: "asc",
	progress: "desc",
	activity: "desc",
};

/** Every condition of a roster query: course, status, search and progress band. */
function rosterWhere(courseId: string, query: ParsedQuery): RosterWhere[] {
	return [
		{ field: "courseId", operator: "eq", value: courseId },
		...(query.status
			? [{ field: "status", operator: "eq", value: query.status } as const]
			: []),
		...(learnerSearchCondition(query.q) as RosterWhere[]),
		...(query.progress ? bandRange[query.progress] : []),
	];
}

/**
 * One page of the enrollments matching a roster query, and their total, all in the database:
 * sorted by the column then by `id`, so pages neither skip nor repeat when values tie. One query
 * with `aggregates.rosterPage`; through the adapter, the stable page's few reads.
 */
async function enrollmentPage(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	courseId: string,
	query: ParsedQuery,
	page: { limit: number; offset: number },
): Promise<{ rows: Enrollment[]; total: number }> {
	const where = rosterWhere(courseId, query);
	const sortBy = {
		field: sortField[query.sort],
		direction: query.dir ?? defaultDir[query.sort],
	};
	if (aggregates?.rosterPage) {
		const { rows, total } = await aggregates.rosterPage({
			model: "enrollment",
			where,
			sortBy,
			...page,
		});
		return { rows: rows as unknown as Enrollment[], total: Number(total) };
	}
	const { items, total } = await findStablePage<Enrollment>(
		db,
		{ model: "enrollment", where: where as Where[], sortBy },
		page,
		{ peek: true },
	);
	return { rows: items, total };
}

/** A learner's best score per quiz (in the order of `quizzes`) and their mean. */
function quizScoresOf(
	userId: string,
	quizzes: Lesson[],
	attempts: QuizAttempt[],
): Pick<RosterEntry, "bestQuizScore" | "quizScores"> {
	const scores = quizzes.flatMap((quiz) => {
		const mine = attempts.filter(
			(a) => a.userId === userId && a.lessonId === quiz.id,
		);
		if (!mine.length) return [];
		return [
			{
				lessonId: quiz.id,
				best: Math.max(...mine.map((a) => a.score)),
				passed: mine.some((a) => a.passed),
			},
		];
	});
	return {
		quizScores: scores,
		bestQuizScore: scores.length
			? Math.round(scores.reduce((n, s) => n + s.best, 0) / scores.length)
			: null,
	};
}

function toEntry(
	e: Enrollment,
	quizzes: Lesson[],
	attempts: QuizAttempt[],
): RosterEntry {
	return {
		enrollmentId: e.id,
		userId: e.userId,
		learnerName: e.learnerName ?? null,
		learnerEmail: e.learnerEmail ?? null,
		status: e.status,
		progressPct: e.progressPct,
		enrolledAt: iso(e.enrolledAt),
		completedAt: isoOrNull(e.completedAt),
		lastActivityAt: isoOrNull(e.lastActivityAt),
		...quizScoresOf(e.userId, quizzes, attempts),
	};
}

const quizLessonsOf = (db: Db, courseId: string) =>
	findAll<Lesson>(db, {
		model: "lesson",
		where: [eq("courseId", courseId), eq("type", "quiz")],
		sortBy: { field: "order", direction: "asc" },
	});

/** Roster rows for some enrollments: one read of their attempts at the course's quizzes. */
async function entriesFor(
	db: Db,
	enrollments: Enrollment[],
	quizzes: Lesson[],
): Promise<RosterEntry[]> {
	const attempts =
		enrollments.length && quizzes.length
			? await findAll<QuizAttempt>(db, {
					model: "quizAttempt",
					where: [
						inList(
							"lessonId",
							quizzes.map((l) => l.id),
						),
						inList(
							"userId",
							enrollments.map((e) => e.userId),
						),
					],
				})
			: [];
	return enrollments.map((e) => toEntry(e, quizzes, attempts));
}

/**
 * One page of a course's roster: search by name or email (case- and accent-insensitive), filter
 * by status and progress band, sort by a column; all of it in the database. Reads: the page and
 * its total (one query with `aggregates.rosterPage`), the quizzes, and the page's attempts, so
 * the cost follows the page size, not the course's number of learners. Each learner's best quiz
 * score is per quiz, then averaged.
 */
export async function getRoster(
	db: Db,
	courseId: string,
	rawQuery: RosterQuery = {},
	aggregates?: SchoolAggregates,
): Promise<Roster> {
	const query = rosterQuery.parse(rawQuery);
	const page = { limit: query.limit, offset: query.offset };
	const [{ rows, total }, quizzes] = await Promise.all([
		enrollmentPage(db, aggregates, courseId, query, page),
		quizLessonsOf(db, courseId),
	]);
	return {
		items: await entriesFor(db, rows, quizzes),
		total,
		limit: query.limit,
		offset: query.offset,
	};
}

/** Learners per read of the CSV export. */
const EXPORT_PAGE = 100;

/**
 * Every roster row matching a query (no paging), 100 learners per page of enrollments and of
 * attempts: for the CSV export, which downloads what the Students tab shows.
 */
export async function* allRosterEntries(
	db: Db,
	courseId: string,
	rawQuery: RosterQuery = {},
	aggregates?: SchoolAggregates,
): AsyncGenerator<RosterEntry[]> {
	const query = rosterQuery.parse(rawQuery);
	const quizzes = await quizLessonsOf(db, courseId);
	for (let offset = 0; ; offset += EXPORT_PAGE) {
		const { rows, total } = await enrollmentPage(
			db,
			aggregates,
			courseId,
			query,
			{ limit: EXPORT_PAGE, offset },
		);
		if (rows.length) yield entriesFor(db, rows, quizzes);
		if (rows.length < EXPORT_PAGE || offset + EXPORT_PAGE >= total) return;
	}
}

/**
 * One learner of a course: their roster row, every lesson with its completion date, and every
 * quiz with their attempts. Five reads (enrollment, curriculum, progress, attempts); null when
 * the user has no enrollment in the course.
 */
export async function getLearnerDetail(
	db: Db,
	courseId: string,
	userId: string,
): Promise<LearnerDetail | null> {
	const enrollment = await db.findOne<Enrollment>({
		model: "enrollment",
		where: [eq("courseId", courseId), eq("userId", userId)],
	});
	if (!enrollment) return null;
	const [{ sections, lessons }, progress] = await Promise.all([
		getCurriculum(db, courseId),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [eq("enrollmentId", enrollment.id), eq("completed", true)],
		}),
	]);
	const ordered = orderLessons(sections, lessons);
	const quizzes = ordered.filter((l) => l.type === "quiz");
	const attempts = quizzes.length
		? await findAll<QuizAttempt>(db, {
				model: "quizAttempt",
				where: [
					eq("userId", userId),
					inList(
						"lessonId",
						quizzes.map((l) => l.id),
					),
				],
				sortBy: { field: "attemptedAt", direction: "desc" },
			})
		: [];
	const doneAt = new Map(progress.map((p) => [p.lessonId, p.completedAt]));
	return {
		entry: toEntry(enrollment, quizzes, attempts),
		lessons: ordered.map((l) => ({
			lessonId: l.id,
			title: l.title,
			type: l.type,
			completed: doneAt.has(l.id),
			completedAt: isoOrNull(doneAt.get(l.id)),
		})),
		quizzes: quizzes.map((quiz) => {
			const mine = attempts.filter((a) => a.lessonId === quiz.id);
			return {
				lessonId: quiz.id,
				title: quiz.title,
				best: mine.length ? Math.max(...mine.map((a) => a.score)) : null,
				passed: mine.some((a) => a.passed),
				attempts: mine.map((a) => ({
					score: a.score,
					passed: a.passed,
					attemptedAt: iso(a.attemptedAt),
				})),
			};
		}),
	};
}
