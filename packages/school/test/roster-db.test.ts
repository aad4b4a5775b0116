import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchoolAggregates } from "../src/api/aggregates";
import { backfillSearchColumns } from "../src/api/backfill";
import { getRoster } from "../src/api/getters";
import { allRosterEntries, type RosterQuery } from "../src/api/getters/roster";
import { kyselyAggregates } from "../src/api/kysely";
import { fold } from "../src/api/learner-search";
import { createLesson, createSection, enroll } from "../src/api/mutations";
import { rosterSortValues } from "../src/enums";
import type { Enrollment } from "../src/types";
import {
	memoryAdapter,
	recordingReads,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";
import { attemptsIn, sampleQuiz, seedCourse } from "./helpers/fixtures";

/**
 * The roster done by the database (issue #16): search on the folded `learnerSearch` column,
 * progress bands as ranges, sort + offset + limit with `id` as the tie-breaker, on the memory
 * adapter, PGlite and (with TEST_DATABASE_URL) PostgreSQL, through the adapter and through
 * `kyselyAggregates().rosterPage`. Pages neither skip nor repeat when most learners tie, and
 * what a page reads does not grow with the course's number of learners.
 */

const sameTime = new Date("2026-02-01T00:00:00.000Z");

const person = (i: number) => ({
	id: `p-${String(i).padStart(3, "0")}`,
	name:
		i % 7 === 0
			? undefined
			: [`José ${i}`, `Zoë ${i}`, `ann ${i}`, `Émile ${i}`][i % 4],
	email: i % 5 === 0 ? `under_score${i}@x.test` : `p${i}@x.test`,
});

/** `n` learners of one course; most tie on enrolledAt, progress and activity. */
async function classroom(db: Adapter, n: number) {
	const { course } = await seedCourse(db);
	for (let i = 0; i < n; i++) {
		const { enrollment } = await enroll(db, course, person(i));
		await db.update({
			model: "enrollment",
			where: [{ field: "id", value: enrollment.id, operator: "eq" }],
			update: {
				progressPct: [0, 0, 40, 60, 100][i % 5],
				status: i % 5 === 4 ? "completed" : "enrolled",
				enrolledAt: i % 3 ? sameTime : new Date(sameTime.getTime() + i * 1000),
				lastActivityAt: sameTime,
			},
		});
	}
	return course;
}

interface Target {
	name: string;
	db: () => Adapter;
	aggregates?: () => SchoolAggregates;
	reset: () => Promise<void>;
}

const sqls: SqlDatabase[] = [];
const targets: Target[] = [];
let memory = memoryAdapter();
targets.push({
	name: "memory",
	db: () => memory,
	reset: async () => {
		memory = memoryAdapter();
	},
});
for (const t of sqlTargets()) {
	const at = () => sqls.find((s) => s.name === t.name) as SqlDatabase;
	const base = { db: () => at().adapter, reset: () => at().reset() };
	targets.push({ name: `${t.name} (adapter)`, ...base });
	targets.push({
		name: `${t.name} (rosterPage)`,
		...base,
		aggregates: () => kyselyAggregates(at().kysely),
	});
}

beforeAll(async () => {
	for (const t of sqlTargets()) {
		const db = await t.open("roster_db_test");
		if (db) sqls.push(db);
	}
}, 60_000);
afterAll(async () => {
	for (const db of sqls) await db.close();
});

describe.each(targets)("roster on $name", (target) => {
	const roster = (courseId: string, query: RosterQuery) =>
		getRoster(target.db(), courseId, query, target.aggregates?.());

	async function everyPage(
		courseId: string,
		query: RosterQuery,
		limit: number,
	) {
		const ids: string[] = [];
		for (let offset = 0; offset < 200; offset += limit) {
			const page = await roster(courseId, { ...query, limit, offset });
			ids.push(...page.items.map((r) => r.userId));
			if (page.items.length < limit) break;
		}
		return ids;
	}

	it("pages neither skip nor repeat on any sort, with most learners tied", async () => {
		await target.reset();
		const course = await classroom(target.db(), 23);
		for (const sort of rosterSortValues) {
			for (const dir of ["asc", "desc"] as const) {
				const whole = await roster(course.id, { sort, dir, limit: 100 });
				expect(whole.total).toBe(23);
				const paged = await everyPage(course.id, { sort, dir }, 4);
				expect(paged, `${sort} ${dir}`).toEqual(
					whole.items.map((r) => r.userId),
				);
				expect(new Set(paged).size).toBe(23);
			}
		}
	});

	it("sorts by the column, folded for names, with the search and bands in the database", async () => {
		await target.reset();
		const course = await classroom(target.db(), 23);
		const progress = (await roster(course.id, { sort: "progress", limit: 100 }))
			.items;
		const pcts = progress.map((r) => r.progressPct);
		expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
		const byName = (await roster(course.id, { sort: "name", limit: 100 }))
			.items;
		// Folded (case and accents) keys of what the name column shows: the email without a name.
		const shown = byName.map((r) =>
			fold(r.learnerName || r.learnerEmail || ""),
		);
		expect(shown).toEqual([...shown].sort());
		expect(shown[0]?.startsWith("ann")).toBe(true);
		expect(shown.at(-1)?.startsWith("zoe")).toBe(true);
		expect(shown.findIndex((k) => k.startsWith("emile"))).toBeLessThan(
			shown.findIndex((k) => k.startsWith("jose")),
		);
		const jose = await roster(course.id, { q: "JOSE", limit: 100 });
		expect(jose.total).toBe(
			Array.from({ length: 23 }, (_, i) => person(i)).filter((p) =>
				p.name?.startsWith("José"),
			).length,
		);
		// `_` is literal, not LIKE's any-character.
		const underscore = await roster(course.id, { q: "under_score" });
		expect(underscore.total).toBe(5);
		expect((await roster(course.id, { q: "under%score" })).total).toBe(0);
		const bands = {
			"not-started": 10,
			"under-half": 5,
			"over-half": 4,
			finished: 4,
		} as const;
		for (const [band, n] of Object.entries(bands)) {
			const r = await roster(course.id, {
				progress: band as keyof typeof bands,
			});
			expect(r.total, band).toBe(n);
		}
		const done = await roster(course.id, {
			status: "completed",
			progress: "finished",
			q: "x.test",
		});
		expect(done.total).toBe(4);
	});

	it("each learner's best per quiz, in curriculum order, the same on every path", async () => {
		await target.reset();
		const db = target.db();
		const { course, quiz: first, text } = await seedCourse(db);
		const other = await seedCourse(db, { title: "Another course" });
		// A later section whose quiz has the lowest lesson `order` of the course: curriculum
		// order is by section first, so it still comes after the first section's quiz.
		const later = await createSection(db, course.id, { title: "Later" });
		const second = await createLesson(db, course.id, {
			title: "Final check",
			type: "quiz",
			sectionId: later.id,
			order: 0,
			content: JSON.stringify(sampleQuiz),
		});
		const learners = [person(1), person(2), person(3)];
		for (const p of learners) await enroll(db, course, p);
		const attempt = attemptsIn(db);
		await attempt("p-001", second.id, 90);
		await attempt("p-001", first.id, 80);
		await attempt("p-001", first.id, 40);
		await attempt("p-002", second.id, 30);
		// Neither counts here: another course's quiz, and a lesson of this one that is no quiz.
		await attempt("p-003", other.quiz.id, 100);
		await attempt("p-003", text.id, 100);
		const { counting, reads } = recordingReads(db);
		const page = await getRoster(
			counting,
			course.id,
			{ sort: "email" },
			target.aggregates?.(),
		);
		// With rosterPage the bests come with the page; through the adapter, one read.
		expect(reads.filter((m) => m === "quizAttempt")).toHaveLength(
			target.aggregates ? 0 : 1,
		);
		const scores = Object.fromEntries(
			page.items.map((r) => [
				r.userId,
				{ mean: r.bestQuizScore, each: r.quizScores },
			]),
		);
		expect(scores).toEqual({
			"p-001": {
				mean: 85,
				each: [
					{ lessonId: first.id, best: 80, passed: true },
					{ lessonId: second.id, best: 90, passed: true },
				],
			},
			"p-002": {
				mean: 30,
				each: [{ lessonId: second.id, best: 30, passed: false }],
			},
			"p-003": { mean: null, each: [] },
		});
	});

	it("the CSV export pages through every match", async () => {
		await target.reset();
		const course = await classroom(target.db(), 23);
		const rows: string[] = [];
		for await (const part of allRosterEntries(
			target.db(),
			course.id,
			{ sort: "progress" },
			target.aggregates?.(),
		))
			rows.push(...part.map((r) => r.userId));
		expect(new Set(rows).size).toBe(23);
	});

	it("backfills the search columns of rows written without them", async () => {
		await target.reset();
		const db = target.db();
		const course = await classroom(db, 4);
		await db.updateMany({
			model: "enrollment",
			where: [{ field: "courseId", value: course.id, operator: "eq" }],
			update: {
				learnerSearch: null,
				learnerNameKey: null,
				learnerEmailKey: null,
			},
		});
		await db.update({
			model: "course",
			where: [{ field: "id", value: course.id, operator: "eq" }],
			update: { searchText: null },
		});
		// (The memory adapter's `contains` throws on a null column: SQL only.)
		if (target.name !== "memory")
			expect((await roster(course.id, { q: "zoe" })).total).toBe(0);
		expect(await backfillSearchColumns(db)).toEqual({
			courses: 1,
			enrollments: 4,
		});
		expect((await roster(course.id, { q: "zoe" })).total).toBe(1);
		const [again] = await db.findMany<Enrollment>({
			model: "enrollment",
			where: [{ field: "userId", value: "p-001", operator: "eq" }],
		});
		expect(again?.learnerNameKey).toBe("zoe 1");
		expect(await backfillSearchColumns(db)).toEqual({
			courses: 0,
			enrollments: 0,
		});
	});
});

/** Adapter calls and rows they returned, for one roster page. */
async function readsFor(learners: number) {
	const base = memoryAdapter();
	const { course } = await seedCourse(base);
	for (let i = 0; i < learners; i++) {
		await enroll(base, course, person(i));
		// Real enrollments are apart in time.
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
	let calls = 0;
	let rows = 0;
	const counted = new Proxy(base, {
		get(target, prop, receiver) {
			const value = Reflect.get(target, prop, receiver);
			if (typeof value !== "function") return value;
			return async (...args: unknown[]) => {
				calls += 1;
				const result = await value.apply(target, args);
				if (Array.isArray(result)) rows += result.length;
				return result;
			};
		},
	});
	await getRoster(counted, course.id, { limit: 5, offset: 5 });
	return { calls, rows };
}

describe("what a roster page reads", () => {
	it("does not grow with the course's number of learners", async () => {
		const small = await readsFor(12);
		const large = await readsFor(60);
		expect(large).toEqual(small);
		// The page with one neighbour each side, the section and the quiz lesson (for the quizzes'
		// order) and the page's attempts (none here).
		expect(large.rows).toBeLessThanOrEqual(7 + 1 + 1);
	});
});
