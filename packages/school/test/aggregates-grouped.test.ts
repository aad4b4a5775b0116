import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BestTotalsQuery, SchoolAggregates } from "../src/api/aggregates";
import {
	getCourseAnalytics,
	getCourseById,
	getCourseFacets,
} from "../src/api/getters";
import { kyselyAggregates } from "../src/api/kysely";
import {
	createCourse,
	recordAttempt,
	updateCourse,
} from "../src/api/mutations";
import type { Course } from "../src/types";
import { type SqlDatabase, sqlTargets } from "./helpers/databases";
import { seedCourse, users } from "./helpers/fixtures";

/**
 * The grouped totals `kyselyAggregates` adds for scale (catalog facets, each learner's best quiz
 * score) answer exactly what the adapter path answers, on the same PostgreSQL data.
 */

type Mix = {
	title: string;
	category?: string;
	tags: string[];
	difficulty: "beginner" | "intermediate" | "advanced";
	price: number;
	status?: "draft" | "published";
};

const MIX: Mix[] = [
	{
		title: "Python one",
		category: "Data",
		tags: ["Python", "sql"],
		difficulty: "beginner",
		price: 0,
	},
	{
		title: "Python two",
		category: "data",
		tags: ["python"],
		difficulty: "intermediate",
		price: 900,
	},
	{
		title: "SQL deep",
		category: "DATA",
		tags: ["SQL", "postgres"],
		difficulty: "advanced",
		price: 0,
	},
	{
		title: "React app",
		category: "Web",
		tags: ["react", "JavaScript"],
		difficulty: "beginner",
		price: 1500,
	},
	{
		title: "100% CSS_tricks",
		category: "Web",
		tags: ["css"],
		difficulty: "intermediate",
		price: 0,
	},
	{ title: "No category", tags: [], difficulty: "beginner", price: 0 },
	{
		title: "Draft python",
		category: "Data",
		tags: ["python"],
		difficulty: "beginner",
		price: 0,
		status: "draft",
	},
];

async function seedMix(db: Adapter) {
	for (const m of MIX) {
		const course = await createCourse(
			db,
			{
				title: m.title,
				category: m.category,
				tags: m.tags,
				difficulty: m.difficulty,
				price: m.price,
			},
			users.owner,
		);
		if (m.status !== "draft")
			await updateCourse(db, course, { status: "published" });
	}
}

const FILTERS = [
	{},
	{ category: "data" },
	{ tag: "PYTHON" },
	{ difficulty: "beginner" as const },
	{ price: "free" as const },
	{ price: "paid" as const },
	{ q: "python" },
	{ q: "100%" },
	{ q: "css_" },
	{ category: "Web", tag: "css", difficulty: "intermediate" as const },
	{ q: "nothing-matches-this" },
];

for (const target of sqlTargets()) {
	describe(`grouped totals match the adapter (${target.name})`, () => {
		let database: SqlDatabase;
		let db: Adapter;
		let aggregates: SchoolAggregates;
		beforeAll(async () => {
			const opened = await target.open("school_grouped");
			if (!opened) throw new Error("no database");
			database = opened;
			db = database.adapter;
			aggregates = kyselyAggregates(database.kysely);
		});
		afterAll(() => database.close());
		beforeEach(() => database.reset());

		it("catalog facets, under every filter", async () => {
			await seedMix(db);
			for (const filters of FILTERS) {
				const rows = await getCourseFacets(db, filters);
				const grouped = await getCourseFacets(db, filters, aggregates);
				// Same counts per value ignoring case; the shown spelling is one of the course's.
				const norm = (f: typeof rows) => ({
					categories: f.categories.map((c) => [c.value.toLowerCase(), c.count]),
					tags: f.tags.map((c) => [c.value.toLowerCase(), c.count]),
					difficulties: f.difficulties.map((c) => [c.value, c.count]),
				});
				expect(norm(grouped), JSON.stringify(filters)).toEqual(norm(rows));
			}
			// Three grouped queries, no course rows read through the adapter.
			let grouped = 0;
			let reads = 0;
			const spy: SchoolAggregates = {
				...aggregates,
				facetTotals: (query) => {
					grouped++;
					return aggregates.facetTotals?.(query) ?? Promise.resolve([]);
				},
			};
			const counting = new Proxy(db, {
				get(target, key, receiver) {
					if (key === "findMany") reads++;
					return Reflect.get(target, key, receiver);
				},
			});
			await getCourseFacets(counting, { q: "python" }, spy);
			expect([grouped, reads]).toEqual([3, 0]);
			const all = await getCourseFacets(db, {}, aggregates);
			expect(all.categories.map((c) => c.count)).toEqual([3, 2]);
			expect(all.tags[0]).toMatchObject({ count: 2 });
			// Drafts are never counted.
			expect(all.difficulties).toEqual([
				{ value: "beginner", count: 3 },
				{ value: "intermediate", count: 2 },
				{ value: "advanced", count: 1 },
			]);
		});

		it("each learner's best quiz score, with and without the database's help", async () => {
			const seeded = await seedCourse(db);
			const attempt = (userId: string, score: number) =>
				recordAttempt(db, {
					lessonId: seeded.quiz.id,
					userId,
					answers: [],
					score,
					passed: score >= 60,
					maxAttempts: 0,
				});
			await attempt(users.student.id, 50);
			await attempt(users.student.id, 100);
			await attempt(users.otherStudent.id, 25);
			await attempt(users.otherStudent.id, 40);
			await attempt(users.admin.id, 70);
			const course = (await getCourseById(db, seeded.course.id)) as Course;
			const plain = await getCourseAnalytics(db, course);
			const grouped = await getCourseAnalytics(db, course, aggregates);
			expect(plain.quizLearners).toEqual([
				{
					lessonId: seeded.quiz.id,
					title: seeded.quiz.title,
					learners: 3,
					passedLearners: 2,
					averageBestScore: 70,
				},
			]);
			expect(grouped.quizLearners).toEqual(plain.quizLearners);
			expect(grouped.quizzes).toEqual(plain.quizzes);
			// An implementation that ignores `withRows`: attempts and passes come from groupTotals.
			const withoutRows = {
				...aggregates,
				bestTotals: async (q: BestTotalsQuery) =>
					(await aggregates.bestTotals?.(q))?.map(
						({ rows: _r, rowsSum: _s, rowsFlagged: _f, ...rest }) => rest,
					) ?? [],
			};
			const older = await getCourseAnalytics(db, course, withoutRows);
			expect(older.quizzes).toEqual(plain.quizzes);
			expect(older.quizLearners).toEqual(plain.quizLearners);
			// A range that excludes every attempt: no learners either way.
			const later = { days: 1, now: new Date(Date.now() + 10 * 86_400_000) };
			const none = await getCourseAnalytics(db, course, aggregates, later);
			expect(none.quizLearners[0]).toMatchObject({
				learners: 0,
				averageBestScore: 0,
			});
			expect(none.quizLearners).toEqual(
				(await getCourseAnalytics(db, course, undefined, later)).quizLearners,
			);
		});
	});
}
