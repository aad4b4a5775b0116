import type {
	Course,
	Enrollment,
	Lesson,
	LessonType,
	Section,
} from "../types.js";
import { type Db, eq, findAll, inList, type Where } from "./db-types.js";

/** The models the plugin totals up: learners' progress, lesson completions, quiz scores. */
export type AggregateModel = "enrollment" | "lessonProgress" | "quizAttempt";

/** A filter of a grouped total: equality, membership in a list, or on/after a date. */
export type AggregateWhere =
	| {
			field: string;
			value: string | number | boolean | string[];
			operator: "eq" | "in";
	  }
	| { field: string; value: Date; operator: "gte" };

export interface GroupTotalsQuery {
	model: AggregateModel;
	/** The field whose values form the groups (e.g. `courseId`). */
	groupBy: string;
	/** A numeric field to add up in each group; without it `sum` is 0. */
	sum?: string;
	/** Every condition must hold. Lists given to `in` are never empty. */
	where: AggregateWhere[];
}

/** One group: its key, how many rows it has and the sum of the `sum` field over them. */
export interface GroupTotal {
	key: string;
	count: number;
	sum: number;
}

/**
 * Optional: grouped totals computed by your database (`GROUP BY` with `COUNT` and `SUM`).
 *
 * BTST's adapter interface can count rows but has no SUM or GROUP BY, so without this the
 * instructor dashboard (average progress) reads one row per active learner and course analytics
 * run one count per lesson and read every attempt of each quiz: correct, but the work grows with
 * the number of learners. With it, each of those is one grouped query whatever the number of
 * learners. `btst-school/api/kysely` has a ready implementation for Kysely.
 *
 * Field and model names are the plugin's schema names (with the default schema these are also
 * the table and column names).
 */
export interface SchoolAggregates {
	groupTotals(query: GroupTotalsQuery): Promise<GroupTotal[]>;
	/**
	 * Optional: each group's best value per member (e.g. each learner's best score per quiz),
	 * totalled per group. Without it course analytics read the range's attempts of every quiz.
	 */
	bestTotals?(query: BestTotalsQuery): Promise<BestTotal[]>;
	/**
	 * Optional: the catalog's facet counts as grouped totals over the `course` model. Without it
	 * the facets read one row per matching published course.
	 */
	facetTotals?(query: FacetTotalsQuery): Promise<FacetTotal[]>;
	/**
	 * Optional: one page of a course's roster and its total in one query (`ORDER BY field NULLS
	 * LAST, id LIMIT … OFFSET …`), and with `quizBestsOf` the page's best quiz scores in the
	 * same round trip. Without it the plugin pages through the adapter in
	 * the same order (`findStablePage`) and reads the page's attempts: a few more round trips,
	 * same result.
	 */
	rosterPage?(query: RosterPageQuery): Promise<RosterPage>;
	/**
	 * Optional: the outline of some courses (sections and lessons without their bodies) and which
	 * of their lessons some enrollments completed, in one round trip. The course page, the
	 * student portal, the player's enrollment, the pacing gate, course analytics and the
	 * roster (its quizzes' order) read it (only the portal asks for completions); without it they read whole section, lesson (with every body) and
	 * progress rows: two or three queries.
	 */
	courseOutline?(query: CourseOutlineQuery): Promise<CourseOutline>;
	/**
	 * Optional: a lesson with its course, its section and one user's enrollment in that course,
	 * in one round trip (the lesson endpoint, every progress write and notes start here). Each record
	 * as the adapter would return it. Without it the plugin reads the lesson, then the others
	 * side by side: a round trip more, up to four queries.
	 */
	lessonContext?(query: LessonContextQuery): Promise<LessonContext | null>;
}

/** `userId` null: no enrollment is looked up. */
export interface LessonContextQuery {
	lessonId: string;
	userId: string | null;
}

/** A lesson and what surrounds it; null where there is none (no section, not enrolled). */
export interface LessonContext {
	lesson: Lesson;
	course: Course | null;
	section: Section | null;
	enrollment: Enrollment | null;
}

/** `courseIds` is never empty; `completedBy` (enrollment ids) may be. */
export interface CourseOutlineQuery {
	courseIds: string[];
	completedBy: string[];
}

export interface CourseOutline {
	/** Any order: the plugin sorts by `order`, then `id` in JavaScript string order. */
	sections: {
		id: string;
		courseId: string;
		order: number;
		title: string;
		dripDays: number | null;
		dripDate: Date | null;
	}[];
	/** Any order, as sections; every field of the lesson but its body and media. */
	lessons: {
		id: string;
		courseId: string;
		sectionId: string | null;
		order: number;
		title: string;
		type: LessonType;
		durationMins: number | null;
		isFreePreview: boolean;
		dripDays: number | null;
		dripDate: Date | null;
	}[];
	/** One per completed lesson progress row of the `completedBy` enrollments. */
	completed: { enrollmentId: string; lessonId: string }[];
}

/** A condition of a roster page: equality, a numeric range, or a literal substring. */
export interface RosterWhere {
	field: string;
	operator: "eq" | "gt" | "gte" | "lt" | "lte" | "contains";
	value: string | number;
}

export interface RosterPageQuery {
	model: "enrollment";
	/** Every condition must hold; `contains` values hold no LIKE wildcards (made inert). */
	where: RosterWhere[];
	/** Sorted by this field (nulls last in both directions), then by `id` ascending. */
	sortBy: { field: string; direction: "asc" | "desc" };
	limit: number;
	offset: number;
	/**
	 * A course id: also answer `quizBests` for the page's learners (`userId`) over that
	 * course's lessons of type `quiz`. An implementation may leave `quizBests` out: the plugin
	 * then reads the page's attempts itself.
	 */
	quizBestsOf?: string;
}

/** The page's rows (whole enrollment records) and the number of rows matching. */
export interface RosterPage {
	rows: Record<string, unknown>[];
	total: number;
	/** With `quizBestsOf`: one per learner of the page and quiz they attempted, in any order. */
	quizBests?: QuizBest[];
}

/** A learner's best score on one quiz and whether any of their attempts passed. */
export interface QuizBest {
	userId: string;
	lessonId: string;
	best: number;
	passed: boolean;
}

/** Per group, the best `best` value of each `member` and whether `flag` was ever true. */
export interface BestTotalsQuery {
	model: "quizAttempt";
	groupBy: string;
	member: string;
	best: string;
	flag: string;
	where: AggregateWhere[];
	/**
	 * Also total every row of each group (`rows`, `rowsSum` of `best`, `rowsFlagged`), so course
	 * analytics get attempts, score sum and passes from the same query. An implementation may
	 * ignore it: the plugin then asks `groupTotals` for those.
	 */
	withRows?: boolean;
}

/** One group: members seen, the sum of their best values, and members with the flag. */
export interface BestTotal {
	key: string;
	members: number;
	sumOfBest: number;
	flagged: number;
	/** With `withRows`: every row of the group, the sum of `best` over them, rows flagged. */
	rows?: number;
	rowsSum?: number;
	rowsFlagged?: number;
}

/**
 * A catalog facet to count over published courses: `category` and `difficulty` are columns,
 * `tags` is the JSON array of strings the plugin stores. Values group ignoring case.
 */
export interface FacetTotalsQuery {
	facet: "category" | "difficulty" | "tags";
	/**
	 * Every condition must hold: `eq`, `gt` (price), and `contains`, a literal substring of the
	 * field (`searchText`; the plugin has already made LIKE wildcards inert in the value).
	 */
	where: FacetWhere[];
}

export interface FacetWhere {
	field: string;
	operator: "eq" | "gt" | "contains";
	value: string | number | boolean;
}

/** One facet value: lower-cased `key`, a `label` spelling of it, and its number of courses. */
export interface FacetTotal {
	key: string;
	label: string;
	count: number;
}

const asWhere = (w: AggregateWhere): Where => {
	if (w.operator === "gte")
		return { field: w.field, value: w.value, operator: "gte" };
	return w.operator === "in" && Array.isArray(w.value)
		? inList(w.field, w.value)
		: eq(w.field, w.value);
};

/**
 * The totals through `aggregates` when the app provides it, otherwise through the adapter:
 * one count per group where the groups are listed in the query (`groupBy … in [...]`) and no
 * sum is asked for, or else by reading the matching rows.
 */
export async function groupTotals(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	query: GroupTotalsQuery,
): Promise<Map<string, GroupTotal>> {
	const rows = aggregates
		? await aggregates.groupTotals(query)
		: await groupTotalsThroughAdapter(db, query);
	return new Map(
		rows.map((r) => [
			String(r.key),
			{ key: String(r.key), count: Number(r.count), sum: Number(r.sum) },
		]),
	);
}

async function groupTotalsThroughAdapter(
	db: Db,
	query: GroupTotalsQuery,
): Promise<GroupTotal[]> {
	const where = query.where.map(asWhere);
	const listed = query.where.find(
		(w) => w.field === query.groupBy && w.operator === "in",
	);
	if (!query.sum && listed && Array.isArray(listed.value)) {
		const others = where.filter((w) => w.field !== query.groupBy);
		return Promise.all(
			(listed.value as string[]).map(async (key) => ({
				key,
				count: await db.count({
					model: query.model,
					where: [...others, eq(query.groupBy, key)],
				}),
				sum: 0,
			})),
		);
	}
	const rows = await findAll<Record<string, unknown>>(db, {
		model: query.model,
		where,
	});
	const totals = new Map<string, GroupTotal>();
	for (const row of rows) {
		const key = String(row[query.groupBy]);
		const total = totals.get(key) ?? { key, count: 0, sum: 0 };
		total.count += 1;
		if (query.sum) total.sum += Number(row[query.sum] ?? 0);
		totals.set(key, total);
	}
	return [...totals.values()];
}

/**
 * Best-per-member totals through `aggregates.bestTotals` when the app provides it, else
 * `undefined`: the caller then reads the rows itself.
 */
export async function bestTotals(
	aggregates: SchoolAggregates | undefined,
	query: BestTotalsQuery,
): Promise<Map<string, BestTotal> | undefined> {
	if (!aggregates?.bestTotals) return undefined;
	const rows = await aggregates.bestTotals(query);
	const optional = (n: number | undefined) =>
		n === undefined || n === null ? undefined : Number(n);
	return new Map(
		rows.map((r) => [
			String(r.key),
			{
				key: String(r.key),
				members: Number(r.members),
				sumOfBest: Number(r.sumOfBest),
				flagged: Number(r.flagged),
				rows: optional(r.rows),
				rowsSum: optional(r.rowsSum),
				rowsFlagged: optional(r.rowsFlagged),
			},
		]),
	);
}
