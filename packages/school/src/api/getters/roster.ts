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
	Section,
} from "../../types.js";
import type { QuizBest, RosterWhere, SchoolAggregates } from "../aggregates.js";
import { type Db, eq, findAll, inList, type Where } from "../db-types.js";
import { learnerSearchCondition } from "../learner-search.js";
import { iso, isoOrNull } from "../serializers.js";
import { getCurriculum, orderLessons } from "./catalog.js";
import { courseOutline, findSectionsAndLessons } from "./outline.js";
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

/** A page of enrollments, their total and (through `aggregates`) their learners' quiz bests. */
interface EnrollmentPage {
	rows: Enrollment[];
	total: number;
	quizBests?: QuizBest[];
}

/**
 * One page of the enrollments matching a roster query, and their total, all in the database:
 * sorted by the column then by `id`, so pages neither skip nor repeat when values tie. One query
 * with `aggregates.rosterPage`, which also brings the page's quiz bests; through the adapter,
 * the stable page's few reads.
 */
async function enrollmentPage(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	courseId: string,
	query: ParsedQuery,
	page: { limit: number; offset: number },
): Promise<EnrollmentPage> {
	const where = rosterWhere(courseId, query);
	const sortBy = {
		field: sortField[query.sort],
		direction: query.dir ?? defaultDir[query.sort],
	};
	if (aggregates?.rosterPage) {
		const { rows, total, quizBests } = await aggregates.rosterPage({
			model: "enrollment",
			where,
			sortBy,
			...page,
			quizBestsOf: courseId,
		});
		return {
			rows: rows as unknown as Enrollment[],
			total: Number(total),
			quizBests,
		};
	}
	const { items, total } = await findStablePage<Enrollment>(
		db,
		{ model: "enrollment", where: where as Where[], sortBy },
		page,
		{ peek: true },
	);
	return { rows: items, total };
}

/** Each learner's best score per quiz and whether any attempt passed, from their attempts. */
export function bestsOf(attempts: QuizAttempt[]): QuizBest[] {
	const bests = new Map<string, QuizBest>();
	for (const a of attempts) {
		const key = `${a.userId}\u0000${a.lessonId}`;
		const seen = bests.get(key);
		bests.set(key, {
			userId: a.userId,
			lessonId: a.lessonId,
			best: Math.max(seen?.best ?? a.score, a.score),
			passed: !!seen?.passed || a.passed,
		});
	}
	return [...bests.values()];
}

/** A learner's best score per quiz (in the order of `quizzes`) and their mean. */
function quizScoresOf(
	quizzes: Pick<Lesson, "id">[],
	bests: QuizBest[],
): Pick<RosterEntry, "bestQuizScore" | "quizScores"> {
	const scores = quizzes.flatMap((quiz) => {
		const best = bests.find((b) => b.lessonId === quiz.id);
		return best
			? [{ lessonId: quiz.id, best: Number(best.best), passed: !!best.passed }]
			: [];
	});
	return {
		quizScores: scores,
		bestQuizScore: scores.length
			? Math.round(scores.reduce((n, s) => n + s.best, 0) / scores.length)
			: null,
	};
}

/** `bests` holds this learner's quiz bests (others' are ignored). */
function toEntry(
	e: Enrollment,
	quizzes: Pick<Lesson, "id">[],
	bests: QuizBest[],
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
		...quizScoresOf(
			quizzes,
			bests.filter((b) => b.userId === e.userId),
		),
	};
}

type QuizLesson = Pick<Lesson, "id" | "sectionId" | "type">;

/**
 * The course's quizzes in curriculum order: the outline (one query, no bodies) with
 * `aggregates.courseOutline`; otherwise the sections and the quiz lessons only, so no other
 * lesson's body is read.
 */
async function quizzesInOrder(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	courseId: string,
) {
	const ofCourse = [eq("courseId", courseId)];
	const {
		sections,
		lessons,
	}: { sections: Pick<Section, "id">[]; lessons: QuizLesson[] } =
		aggregates?.courseOutline
			? await courseOutline(db, aggregates, {
					courseIds: [courseId],
					completedBy: [],
				})
			: await findSectionsAndLessons(db, ofCourse, [
					...ofCourse,
					eq("type", "quiz"),
				]);
	return orderLessons(sections, lessons).filter((l) => l.type === "quiz");
}

/** The quiz bests of some learners, from their attempts (one read): the adapter's way. */
async function attemptBests(
	db: Db,
	userIds: string[],
	quizzes: Pick<Lesson, "id">[],
): Promise<QuizBest[]> {
	if (!userIds.length || !quizzes.length) return [];
	const attempts = await findAll<QuizAttempt>(db, {
		model: "quizAttempt",
		where: [
			inList(
				"lessonId",
				quizzes.map((l) => l.id),
			),
			inList("userId", userIds),
		],
	});
	return bestsOf(attempts);
}

/**
 * Roster rows for a page of enrollments: the quiz bests came with the page through
 * `aggregates.rosterPage`; otherwise one read of the page's attempts at the course's quizzes.
 */
async function entriesFor(
	db: Db,
	page: EnrollmentPage,
	quizzes: Pick<Lesson, "id">[],
): Promise<RosterEntry[]> {
	const bests =
		page.quizBests ??
		(await attemptBests(
			db,
			page.rows.map((e) => e.userId),
			quizzes,
		));
	return page.rows.map((e) => toEntry(e, quizzes, bests));
}

/**
 * One page of a course's roster: search by name or email (case- and accent-insensitive), filter
 * by status and progress band, sort by a column; all of it in the database. Reads, side by side:
 * the page with its total and quiz bests (one query with `aggregates.rosterPage`; the page and
 * then its attempts without) and the course's outline for the quizzes' order, so the cost
 * follows the page size, not the course's number of learners. Each learner's best quiz score is
 * per quiz, then averaged.
 */
export async function getRoster(
	db: Db,
	courseId: string,
	rawQuery: RosterQuery = {},
	aggregates?: SchoolAggregates,
): Promise<Roster> {
	const query = rosterQuery.parse(rawQuery);
	const page = { limit: query.limit, offset: query.offset };
	const [enrollments, quizzes] = await Promise.all([
		enrollmentPage(db, aggregates, courseId, query, page),
		quizzesInOrder(db, aggregates, courseId),
	]);
	return {
		items: await entriesFor(db, enrollments, quizzes),
		total: enrollments.total,
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
	const quizzes = await quizzesInOrder(db, aggregates, courseId);
	for (let offset = 0; ; offset += EXPORT_PAGE) {
		const enrollments = await enrollmentPage(db, aggregates, courseId, query, {
			limit: EXPORT_PAGE,
			offset,
		});
		const { rows, total } = enrollments;
		if (rows.length) yield entriesFor(db, enrollments, quizzes);
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
	const bests = bestsOf(attempts);
	return {
		entry: toEntry(enrollment, quizzes, bests),
		lessons: ordered.map((l) => ({
			lessonId: l.id,
			title: l.title,
			type: l.type,
			completed: doneAt.has(l.id),
			completedAt: isoOrNull(doneAt.get(l.id)),
		})),
		quizzes: quizzes.map((quiz) => {
			const best = bests.find((b) => b.lessonId === quiz.id);
			return {
				lessonId: quiz.id,
				title: quiz.title,
				best: best?.best ?? null,
				passed: !!best?.passed,
				attempts: attempts
					.filter((a) => a.lessonId === quiz.id)
					.map((a) => ({
						score: a.score,
						passed: a.passed,
						attemptedAt: iso(a.attemptedAt),
					})),
			};
		}),
	};
}
