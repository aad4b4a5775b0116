import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BestTotalsQuery, SchoolAggregates } from "../src/api/aggregates";
import {
	getCourseAnalytics,
	getCourseById,
	getCourseDetail,
	getCourseFacets,
	getEnrollmentDetail,
	getSectionById,
	listMyEnrollments,
} from "../src/api/getters";
import { getLessonContext } from "../src/api/getters/lesson-context";
import { kyselyAggregates } from "../src/api/kysely";
import {
	completeLesson,
	createCourse,
	createLesson,
	createSection,
	enroll,
	recordAttempt,
	updateCourse,
} from "../src/api/mutations";
import type { Course } from "../src/types";
import {
	recordingReads,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";
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

		it("the student portal's outline and continue, with and without the database's help", async () => {
			const a = await seedCourse(db, { title: "A" });
			const b = await seedCourse(db, { title: "B" });
			// After the sectioned lessons in reading order, though created last.
			const loose = await createLesson(db, b.course.id, {
				title: "Loose",
				type: "text",
			});
			const course = async (id: string) =>
				(await getCourseById(db, id)) as Course;
			const mine = async (id: string, who: typeof users.student) =>
				(await enroll(db, await course(id), who)).enrollment;
			const inA = await mine(a.course.id, users.student);
			const inB = await mine(b.course.id, users.student);
			const theirs = await mine(b.course.id, users.otherStudent);
			await completeLesson(db, inA, a.video);
			for (const lesson of [b.video, b.text, b.quiz])
				await completeLesson(db, inB, lesson);
			// Another learner's progress never counts as mine.
			await completeLesson(db, theirs, loose);

			const plain = await listMyEnrollments(db, users.student.id);
			expect(
				plain.items
					.map((i) => [
						i.course.title,
						i.completedLessons,
						i.continueLessonTitle,
						i.continueLessonType,
						i.lastLessonTitle,
					])
					.sort(),
			).toEqual([
				["A", 1, "Components", "text", "Welcome"],
				["B", 3, "Loose", "text", "Check yourself"],
			]);
			let outlines = 0;
			const spy: SchoolAggregates = {
				...aggregates,
				courseOutline: (query) => {
					outlines++;
					return aggregates.courseOutline?.(query) as ReturnType<
						NonNullable<SchoolAggregates["courseOutline"]>
					>;
				},
			};
			const { counting, reads } = recordingReads(db);
			const grouped = await listMyEnrollments(
				counting,
				users.student.id,
				{},
				undefined,
				spy,
			);
			expect(grouped).toEqual(plain);
			// Sections, lessons and progress come in the one outline query.
			expect([outlines, reads.sort()]).toEqual([1, ["course", "enrollment"]]);
			// Two lessons with the same `order` read in the same order on both paths (then by id).
			const tied = await createLesson(db, a.course.id, {
				title: "Tied",
				type: "text",
				sectionId: a.section.id,
				order: a.text.order,
			});
			const next = [a.text, tied].sort((x, y) => (x.id < y.id ? -1 : 1))[0];
			const [tiedPlain, tiedGrouped] = await Promise.all([
				listMyEnrollments(db, users.student.id),
				listMyEnrollments(db, users.student.id, {}, undefined, aggregates),
			]);
			expect(tiedGrouped).toEqual(tiedPlain);
			expect(
				tiedPlain.items.find((i) => i.course.title === "A")?.continueLessonId,
			).toBe(next?.id);
			const other = await listMyEnrollments(
				db,
				users.otherStudent.id,
				{},
				undefined,
				aggregates,
			);
			expect(other.items[0]).toMatchObject({
				completedLessons: 1,
				continueLessonTitle: "Welcome",
			});
			expect(other).toEqual(await listMyEnrollments(db, users.otherStudent.id));
		});

		it("the course page's outline, with and without the database's help", async () => {
			const seeded = await seedCourse(db);
			const { course } = seeded;
			// Drip on a section and a lesson (a date with a time of day), a second section, a lesson
			// outside any section, and a tie in `order`: every outline field the page shows.
			const later = await createSection(db, course.id, {
				title: "Later",
				dripDays: 7,
				dripDate: "2027-03-04T05:06:07.000Z",
			});
			await createLesson(db, course.id, {
				title: "Dripped",
				type: "text",
				sectionId: later.id,
				durationMins: 12,
				dripDate: "2027-01-02",
				dripDays: 3,
			});
			await createLesson(db, course.id, {
				title: "Tied",
				type: "video",
				sectionId: seeded.section.id,
				order: seeded.text.order,
				isFreePreview: true,
			});
			await createLesson(db, course.id, { title: "Loose", type: "text" });
			const plain = await getCourseDetail(db, course);
			expect(plain.sections.map((s) => s.lessons.length)).toEqual([4, 1]);
			expect(plain.sections[1]).toMatchObject({
				dripDays: 7,
				dripDate: "2027-03-04T05:06:07.000Z",
				lessons: [
					{
						durationMins: 12,
						dripDays: 3,
						dripDate: "2027-01-02T00:00:00.000Z",
					},
				],
			});
			const { counting, reads } = recordingReads(db);
			expect(await getCourseDetail(counting, course, aggregates)).toEqual(
				plain,
			);
			// Sections and lessons (without their bodies) come in the one outline query.
			expect(reads).toEqual([]);
		});

		it("the player's enrollment (progress, continue, locks) on both outline paths", async () => {
			const seeded = await seedCourse(db);
			const later = await createSection(db, seeded.course.id, {
				title: "Later",
				dripDays: 3,
			});
			await createLesson(db, seeded.course.id, {
				title: "Dripped",
				type: "text",
				sectionId: later.id,
			});
			await createLesson(db, seeded.course.id, {
				title: "Dated",
				type: "text",
				dripDate: "2099-01-01",
			});
			const course = (await updateCourse(
				db,
				(await getCourseById(db, seeded.course.id)) as Course,
				{ sequential: true },
			)) as Course;
			const { enrollment } = await enroll(db, course, users.student);
			await completeLesson(db, enrollment, seeded.video);
			const now = new Date();
			const fresh = (await getCourseById(db, course.id)) as Course;
			const plain = await getEnrollmentDetail(db, enrollment, fresh, now);
			// Sequence closes the quiz, drip the section and the dated lesson.
			expect((plain.locks ?? []).map((l) => l.reason).sort()).toEqual([
				"not_yet_open",
				"not_yet_open",
				"sequential",
			]);
			expect(plain.continueLessonId).toBe(seeded.text.id);
			expect(
				await getEnrollmentDetail(db, enrollment, fresh, now, aggregates),
			).toEqual(plain);
		});

		it("a lesson's context is the adapter's records, in one query", async () => {
			const seeded = await seedCourse(db);
			const { course } = seeded;
			const enrolled = await enroll(
				db,
				(await getCourseById(db, course.id)) as Course,
				users.student,
			);
			await completeLesson(db, enrolled.enrollment, seeded.video);
			// Every date and optional field of an enrollment set, so each is compared.
			await db.update({
				model: "enrollment",
				where: [{ field: "id", value: enrolled.enrollment.id }],
				update: {
					accessEndsAt: new Date("2027-05-06T07:08:09.123Z"),
					completedAt: new Date("2027-01-01T00:00:00.001Z"),
					certificateId: "cert-1",
					status: "completed",
				},
			});
			const loose = await createLesson(db, course.id, {
				title: "Loose",
				type: "text",
				dripDate: "2027-01-02T03:04:05.678Z",
			});
			const { counting, reads } = recordingReads(db);
			for (const [lesson, userId] of [
				[seeded.text, users.student.id],
				[seeded.video, null],
				[loose, users.student.id],
				[seeded.quiz, users.otherStudent.id],
			] as const) {
				const plain = await getLessonContext(
					db,
					lesson.id,
					{ userId, paidOnly: false },
					undefined,
				);
				const grouped = await getLessonContext(
					counting,
					lesson.id,
					{ userId, paidOnly: false },
					aggregates,
				);
				expect(grouped.lesson).toEqual(plain.lesson);
				expect(grouped.course).toEqual(plain.course);
				expect(grouped.enrollment).toEqual(plain.enrollment ?? null);
				expect(grouped.section).toEqual(
					lesson.sectionId
						? (plain.section ?? (await getSectionById(db, lesson.sectionId)))
						: null,
				);
			}
			expect(reads).toEqual([]);
			await expect(
				getLessonContext(
					db,
					"nope",
					{ userId: null, paidOnly: false },
					aggregates,
				),
			).rejects.toMatchObject({ status: 404 });
			const { enrollment } = await getLessonContext(
				db,
				seeded.text.id,
				{ userId: users.student.id, paidOnly: false },
				aggregates,
			);
			expect(enrollment).toMatchObject({
				status: "completed",
				certificateId: "cert-1",
				accessEndsAt: new Date("2027-05-06T07:08:09.123Z"),
				completedAt: new Date("2027-01-01T00:00:00.001Z"),
			});
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
			const { counting, reads } = recordingReads(db);
			const grouped = await getCourseAnalytics(counting, course, aggregates);
			// The outline, completions and quiz totals all come through `aggregates`.
			expect(reads).toEqual([]);
			expect(grouped.funnel).toEqual(plain.funnel);
			expect(plain.funnel.map((l) => l.lessonId)).toEqual([
				seeded.video.id,
				seeded.text.id,
				seeded.quiz.id,
			]);
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
