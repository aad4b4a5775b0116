import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SchoolAggregates } from "../src/api/aggregates";
import {
	getCourseAnalytics,
	getCourseById,
	listInstructorCourses,
} from "../src/api/getters";
import { kyselyAggregates } from "../src/api/kysely";
import {
	cancelEnrollment,
	completeLesson,
	enroll,
	recordAttempt,
} from "../src/api/mutations";
import type { Course, Enrollment } from "../src/types";
import {
	memoryAdapter,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";
import { seedCourse, users } from "./helpers/fixtures";

/**
 * The instructor dashboard and course analytics give the same numbers whether the totals come
 * from the app's database (`aggregates`, here `kyselyAggregates`) or through the adapter, and
 * with `aggregates` they make a fixed number of calls whatever the number of learners.
 */

const learner = (n: number) => ({
	id: `learner-${n}`,
	name: `Learner ${n}`,
	email: `l${n}@example.com`,
});

/** Counts calls to `groupTotals` (the grouped queries an endpoint makes). */
function counted(inner: SchoolAggregates) {
	const calls = { n: 0 };
	const aggregates: SchoolAggregates = {
		groupTotals: (query) => {
			calls.n++;
			return inner.groupTotals(query);
		},
	};
	return { aggregates, calls };
}

async function reload(db: Adapter, e: Enrollment): Promise<Enrollment> {
	const row = await db.findOne<Enrollment>({
		model: "enrollment",
		where: [{ field: "id", value: e.id }],
	});
	if (!row) throw new Error("enrollment vanished");
	return row;
}

/** a: all 3 lessons (completed), b: the video, c: the video then cancelled; 3 quiz attempts. */
async function scenario(db: Adapter, extraLearners = 0) {
	const seeded = await seedCourse(db);
	const other = await seedCourse(db, { title: "Other course" });
	const a = (await enroll(db, seeded.course, users.student)).enrollment;
	const b = (await enroll(db, seeded.course, users.otherStudent)).enrollment;
	const c = (await enroll(db, seeded.course, learner(1))).enrollment;
	for (const lesson of [seeded.video, seeded.text, seeded.quiz])
		await completeLesson(db, a, lesson);
	await completeLesson(db, b, seeded.video);
	await completeLesson(db, c, seeded.video);
	await cancelEnrollment(db, await reload(db, c));
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
	// Noise in another course that must not be counted.
	const x = (await enroll(db, other.course, learner(2))).enrollment;
	await completeLesson(db, x, other.video);
	// More learners who only enrolled: they lower the average, nothing else.
	for (let i = 0; i < extraLearners; i++)
		await enroll(db, seeded.course, learner(100 + i));
	const course = await getCourseById(db, seeded.course.id);
	if (!course) throw new Error("course vanished");
	return { seeded, other, course: course as Course };
}

function expectations(
	name: string,
	open: () => Promise<{ db: Adapter; aggregates?: SchoolAggregates }>,
) {
	describe(name, () => {
		let db: Adapter;
		let aggregates: SchoolAggregates | undefined;
		beforeEach(async () => {
			({ db, aggregates } = await open());
		});

		it("dashboard: average progress of active learners only", async () => {
			const { seeded, other } = await scenario(db);
			const mine = await listInstructorCourses(
				db,
				{ instructorId: users.owner.id },
				{},
				aggregates,
			);
			// Active: a (100 %) and b (33 %); c cancelled.
			expect(mine.items.find((c) => c.id === seeded.course.id)).toMatchObject({
				enrollments: 2,
				completions: 1,
				completionRate: 50,
				averageProgress: 67,
			});
			expect(mine.items.find((c) => c.id === other.course.id)).toMatchObject({
				enrollments: 1,
				averageProgress: 33,
			});
		});

		it("analytics: funnel and quiz statistics", async () => {
			const { seeded, course } = await scenario(db);
			const analytics = await getCourseAnalytics(db, course, aggregates);
			expect(analytics.funnel.map((f) => [f.lessonId, f.completions])).toEqual([
				[seeded.video.id, 3],
				[seeded.text.id, 1],
				[seeded.quiz.id, 1],
			]);
			expect(analytics.quizzes).toEqual([
				{
					lessonId: seeded.quiz.id,
					title: "Check yourself",
					attempts: 3,
					passes: 1,
					passRate: 33,
					averageScore: 58,
				},
			]);
		});

		it("a course with no learners or no quizzes has zeros, not errors", async () => {
			const empty = await seedCourse(db, { title: "Empty" });
			const course = await getCourseById(db, empty.course.id);
			const analytics = await getCourseAnalytics(
				db,
				course as Course,
				aggregates,
			);
			expect(analytics.funnel.every((f) => f.completions === 0)).toBe(true);
			expect(analytics.quizzes[0]).toMatchObject({
				attempts: 0,
				passRate: 0,
				averageScore: 0,
			});
		});
	});
}

expectations("through the adapter (memory)", async () => ({
	db: memoryAdapter(),
}));

for (const target of sqlTargets()) {
	let database: SqlDatabase | null = null;
	beforeAll(async () => {
		database = await target.open(`aggregates_${Date.now()}`);
	});
	afterAll(async () => {
		await database?.close();
	});
	const open = async () => {
		if (!database) throw new Error(`${target.name} did not open`);
		await database.reset();
		return database;
	};
	expectations(`through the adapter (${target.name})`, async () => ({
		db: (await open()).adapter,
	}));
	expectations(`kyselyAggregates (${target.name})`, async () => {
		const d = await open();
		return { db: d.adapter, aggregates: kyselyAggregates(d.kysely) };
	});

	describe(`kyselyAggregates (${target.name}): fixed work per request`, () => {
		it("dashboard and analytics make the same calls at 0 and 25 extra learners", async () => {
			const calls: number[][] = [];
			for (const extra of [0, 25]) {
				const d = await open();
				const { aggregates, calls: n } = counted(kyselyAggregates(d.kysely));
				const { course } = await scenario(d.adapter, extra);
				const dashboard = await listInstructorCourses(
					d.adapter,
					{ instructorId: users.owner.id },
					{},
					aggregates,
				);
				const afterDashboard = n.n;
				await getCourseAnalytics(d.adapter, course, aggregates);
				calls.push([afterDashboard, n.n - afterDashboard]);
				// The extra learners made no progress: the average drops as they join.
				const stats = dashboard.items.find((c) => c.id === course.id);
				expect(stats?.enrollments).toBe(2 + extra);
				expect(stats?.averageProgress).toBe(
					Math.round((100 + 33) / (2 + extra)),
				);
			}
			expect(calls).toEqual([
				[1, 3],
				[1, 3],
			]);
		});

		it("groupTotals: counts, sums and filters in one query", async () => {
			const d = await open();
			const { seeded } = await scenario(d.adapter);
			const rows = await kyselyAggregates(d.kysely).groupTotals({
				model: "quizAttempt",
				groupBy: "userId",
				sum: "score",
				where: [{ field: "lessonId", value: [seeded.quiz.id], operator: "in" }],
			});
			expect(
				rows
					.map((r) => [r.key, r.count, r.sum])
					.sort(([x], [y]) => String(x).localeCompare(String(y))),
			).toEqual(
				[
					[users.student.id, 2, 150],
					[users.otherStudent.id, 1, 25],
				].sort(([x], [y]) => String(x).localeCompare(String(y))),
			);
		});
	});
}
