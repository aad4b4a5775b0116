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
import { type Db, eq, findAll, inList, type Where } from "../db-types.js";
import { iso, isoOrNull } from "../serializers.js";
import { getCurriculum, orderLessons } from "./catalog.js";

/**
 * A course's learners as its managers see them: the searchable, sortable roster and one
 * learner's detail. Pure reads: the caller checks that the viewer manages the course.
 */

export type RosterQuery = Omit<z.input<typeof rosterQuerySchema>, "format">;

const inBand: Record<RosterProgress, (pct: number) => boolean> = {
	"not-started": (p) => p <= 0,
	"under-half": (p) => p > 0 && p < 50,
	"over-half": (p) => p >= 50 && p < 100,
	finished: (p) => p >= 100,
};

/** Lower-case without accents, so "jose" finds "José". */
const fold = (text: string) =>
	text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const time = (d: Date | null | undefined) => (d ? new Date(d).getTime() : null);

/** Each column's sort value; null sorts last whatever the direction. */
const sortValue: Record<RosterSort, (e: Enrollment) => string | number | null> =
	{
		enrolled: (e) => time(e.enrolledAt),
		name: (e) => (e.learnerName ? fold(e.learnerName) : null),
		email: (e) => (e.learnerEmail ? fold(e.learnerEmail) : null),
		status: (e) => e.status,
		progress: (e) => e.progressPct,
		activity: (e) => time(e.lastActivityAt),
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

function compare(sort: RosterSort, dir: "asc" | "desc") {
	const value = sortValue[sort];
	const sign = dir === "asc" ? 1 : -1;
	return (a: Enrollment, b: Enrollment) => {
		const x = value(a);
		const y = value(b);
		if (x !== y) {
			if (x === null) return 1;
			if (y === null) return -1;
			return (x < y ? -1 : 1) * sign;
		}
		// Ties keep enrollment order, so pages neither skip nor repeat.
		return (time(a.enrolledAt) ?? 0) - (time(b.enrolledAt) ?? 0);
	};
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

/**
 * The course's enrollments matching a roster query, sorted. Status is filtered by the database;
 * search, progress bands and sort happen here, because the adapter's `contains` is case-sensitive
 * on Postgres (one read per 1,000 learners).
 */
async function matchingEnrollments(
	db: Db,
	courseId: string,
	query: z.output<typeof rosterQuery>,
): Promise<Enrollment[]> {
	const where: Where[] = [eq("courseId", courseId)];
	if (query.status) where.push(eq("status", query.status));
	const all = await findAll<Enrollment>(db, {
		model: "enrollment",
		where,
		sortBy: { field: "enrolledAt", direction: "asc" },
	});
	const q = query.q ? fold(query.q) : "";
	const band = query.progress ? inBand[query.progress] : null;
	const matching = all.filter(
		(e) =>
			(!band || band(e.progressPct)) &&
			(!q ||
				fold(`${e.learnerName ?? ""} ${e.learnerEmail ?? ""}`).includes(q)),
	);
	return matching.sort(
		compare(query.sort, query.dir ?? defaultDir[query.sort]),
	);
}

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
 * by status and progress band, sort by a column. Three reads: the enrollments, the quizzes and
 * the page's attempts. Each learner's best quiz score is per quiz, then averaged.
 */
export async function getRoster(
	db: Db,
	courseId: string,
	rawQuery: RosterQuery = {},
): Promise<Roster> {
	const query = rosterQuery.parse(rawQuery);
	const [matching, quizzes] = await Promise.all([
		matchingEnrollments(db, courseId, query),
		quizLessonsOf(db, courseId),
	]);
	const page = matching.slice(query.offset, query.offset + query.limit);
	return {
		items: await entriesFor(db, page, quizzes),
		total: matching.length,
		limit: query.limit,
		offset: query.offset,
	};
}

/**
 * Every roster row matching a query (no paging), 100 learners' attempts per read: for the CSV
 * export, which downloads what the Students tab shows.
 */
export async function* allRosterEntries(
	db: Db,
	courseId: string,
	rawQuery: RosterQuery = {},
): AsyncGenerator<RosterEntry[]> {
	const query = rosterQuery.parse(rawQuery);
	const [matching, quizzes] = await Promise.all([
		matchingEnrollments(db, courseId, query),
		quizLessonsOf(db, courseId),
	]);
	for (let at = 0; at < matching.length; at += 100)
		yield entriesFor(db, matching.slice(at, at + 100), quizzes);
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
