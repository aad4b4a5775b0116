import { describe, expect, it } from "vitest";
import {
	getCourseAnalytics,
	getLearnerDetail,
	getRoster,
} from "../../src/api/getters";
import {
	completeLesson,
	createCourse,
	createLesson,
	enroll,
	updateCourse,
} from "../../src/api/mutations";
import type { Course, Enrollment, RosterEntry } from "../../src/types";
import { expectError, expectStatus } from "../helpers/api";
import { attemptsIn, sampleQuiz, users } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

const people = [
	{ id: "l-jose", name: "José Álvarez", email: "jose@school.test" },
	{ id: "l-mia", name: "Mia Chen", email: "mia.chen@school.test" },
	{ id: "l-ben", name: "Ben Okafor", email: "ben@elsewhere.test" },
];

/** Three learners at 0 %, 33 % and 100 %, a second quiz, and attempts on both quizzes. */
async function classroom() {
	const course = await school.courseRow();
	const quiz2 = await createLesson(db, course.id, {
		title: "Final check",
		type: "quiz",
		sectionId: seeded.section.id,
		content: JSON.stringify(sampleQuiz),
	});
	const byId: Record<string, Enrollment> = {};
	for (const p of people)
		byId[p.id] = (await enroll(db, await school.courseRow(), p)).enrollment;
	await completeLesson(db, byId["l-mia"] as Enrollment, seeded.video);
	for (const lesson of [seeded.video, seeded.text, seeded.quiz, quiz2])
		await completeLesson(db, byId["l-ben"] as Enrollment, lesson);
	const attempt = attemptsIn(db);
	// Ben: 40 then 90 on quiz 1, 50 on quiz 2. Mia: 60 on quiz 1.
	await attempt("l-ben", seeded.quiz.id, 40);
	await attempt("l-ben", seeded.quiz.id, 90);
	await attempt("l-ben", quiz2.id, 50);
	await attempt("l-mia", seeded.quiz.id, 60);
	return { quiz2 };
}

const names = (items: RosterEntry[]) => items.map((r) => r.learnerName);

describe("roster: search, filters, sort", () => {
	it("searches name and email ignoring case and accents", async () => {
		await classroom();
		const id = seeded.course.id;
		expect(names((await getRoster(db, id, { q: "JOSE" })).items)).toEqual([
			"José Álvarez",
		]);
		expect(names((await getRoster(db, id, { q: "chen@" })).items)).toEqual([
			"Mia Chen",
		]);
		const school = await getRoster(db, id, { q: "school.test" });
		expect(school.total).toBe(2);
		expect((await getRoster(db, id, { q: "nobody" })).total).toBe(0);
	});

	it("filters by progress band and status, and sorts by a column", async () => {
		await classroom();
		const id = seeded.course.id;
		const band = async (progress: string) =>
			names(
				(
					await getRoster(db, id, {
						progress: progress as "finished",
					})
				).items,
			);
		expect(await band("not-started")).toEqual(["José Álvarez"]);
		expect(await band("under-half")).toEqual(["Mia Chen"]);
		expect(await band("over-half")).toEqual([]);
		expect(await band("finished")).toEqual(["Ben Okafor"]);
		expect(
			names((await getRoster(db, id, { status: "completed" })).items),
		).toEqual(["Ben Okafor"]);
		expect(
			names((await getRoster(db, id, { sort: "progress" })).items),
		).toEqual(["Ben Okafor", "Mia Chen", "José Álvarez"]);
		expect(
			names((await getRoster(db, id, { sort: "name", dir: "desc" })).items),
		).toEqual(["Mia Chen", "José Álvarez", "Ben Okafor"]);
		const page = await getRoster(db, id, { sort: "name", limit: 1, offset: 1 });
		expect(names(page.items)).toEqual(["José Álvarez"]);
		expect(page.total).toBe(3);
	});

	it("best quiz score is per quiz, then averaged (not the max over quizzes)", async () => {
		const { quiz2 } = await classroom();
		const rows = (await getRoster(db, seeded.course.id, { sort: "name" }))
			.items;
		const ben = rows.find((r) => r.userId === "l-ben");
		expect(ben?.quizScores).toEqual(
			expect.arrayContaining([
				{ lessonId: seeded.quiz.id, best: 90, passed: true },
				{ lessonId: quiz2.id, best: 50, passed: false },
			]),
		);
		expect(ben?.bestQuizScore).toBe(70);
		expect(rows.find((r) => r.userId === "l-jose")?.bestQuizScore).toBeNull();
	});
});

describe("learner detail", () => {
	it("lessons with completion dates and attempts per quiz", async () => {
		const { quiz2 } = await classroom();
		const detail = await getLearnerDetail(db, seeded.course.id, "l-ben");
		expect(detail?.entry).toMatchObject({
			learnerName: "Ben Okafor",
			progressPct: 100,
		});
		expect(detail?.lessons.map((l) => [l.title, l.completed])).toEqual([
			["Welcome", true],
			["Components", true],
			["Check yourself", true],
			["Final check", true],
		]);
		expect(detail?.lessons[0]?.completedAt).toMatch(/^\d{4}-/);
		const first = detail?.quizzes.find((q) => q.lessonId === seeded.quiz.id);
		expect(first).toMatchObject({ best: 90, passed: true });
		expect(first?.attempts.map((a) => a.score).sort()).toEqual([40, 90]);
		expect(detail?.quizzes.find((q) => q.lessonId === quiz2.id)).toMatchObject({
			best: 50,
			passed: false,
		});
		const jose = await getLearnerDetail(db, seeded.course.id, "l-jose");
		expect(jose?.lessons.every((l) => !l.completed && !l.completedAt)).toBe(
			true,
		);
		expect(jose?.quizzes.every((q) => q.best === null)).toBe(true);
		expect(await getLearnerDetail(db, seeded.course.id, "nobody")).toBeNull();
	});

	it("GET …/students/:userId: managers only, 404 for a stranger", async () => {
		await classroom();
		const get = (
			who: "owner" | "admin" | "student" | "anonymous",
			id: string,
		) => api.learner(who, seeded.course.id, id);
		expectStatus(await get("owner", "l-ben"), 200);
		expectStatus(await get("admin", "l-ben"), 200);
		expectError(await get("student", "l-ben"), 403);
		expectError(await get("anonymous", "l-ben"), 401);
		expectError(await get("owner", "nobody"), 404);
		const otherCourse = await createCourse(
			db,
			{ title: "Not mine" },
			users.otherInstructor,
		);
		await updateCourse(db, otherCourse, { status: "published" });
		expectError(await api.learner("owner", otherCourse.id, "l-ben"), 403);
	});
});

describe("analytics: per-quiz best scores and a time range", () => {
	it("each learner counts once per quiz with their best score", async () => {
		const { quiz2 } = await classroom();
		const analytics = await getCourseAnalytics(db, await school.courseRow());
		expect(analytics.days).toBeNull();
		expect(analytics.quizLearners).toEqual([
			{
				lessonId: seeded.quiz.id,
				title: "Check yourself",
				learners: 2,
				passedLearners: 1,
				averageBestScore: 75,
			},
			{
				lessonId: quiz2.id,
				title: "Final check",
				learners: 1,
				passedLearners: 0,
				averageBestScore: 50,
			},
		]);
	});

	it("a range counts only attempts and completions inside it", async () => {
		await classroom();
		const course = await school.courseRow();
		const later = new Date(Date.now() + 10 * 86_400_000);
		const recent = await getCourseAnalytics(db, course, undefined, {
			days: 30,
		});
		expect(recent.days).toBe(30);
		expect(recent.funnel[0]?.completions).toBe(2);
		expect(recent.quizzes[0]?.attempts).toBe(3);
		const old = await getCourseAnalytics(db, course, undefined, {
			days: 7,
			now: later,
		});
		expect(old.funnel.every((f) => f.completions === 0)).toBe(true);
		expect(old.quizzes.every((q) => q.attempts === 0)).toBe(true);
		expect(old.quizLearners.every((q) => q.learners === 0)).toBe(true);
		const res = await api.analytics("owner", course.id, { days: 7 });
		expectStatus(res, 200);
		expect(res.json.days).toBe(7);
		expectError(await api.analytics("owner", course.id, { days: 0 }), 400);
	});
});

describe("dashboard list: search, status, sort", () => {
	it("finds by title, filters by status, sorts by a column", async () => {
		await createCourse(db, { title: "Zebra Patterns" }, users.owner);
		const draft = await createCourse(db, { title: "Alpha Draft" }, users.owner);
		await updateCourse(db, draft as Course, { status: "archived" });
		const titles = (json: { items: Course[] }) =>
			json.items.map((c) => c.title);
		const found = await api.instructorCourses("owner", { q: "ZEBRA" });
		expectStatus(found, 200);
		expect(titles(found.json)).toEqual(["Zebra Patterns"]);
		const archived = await api.instructorCourses("owner", {
			status: "archived",
		});
		expect(titles(archived.json)).toEqual(["Alpha Draft"]);
		const byTitle = await api.instructorCourses("owner", { sort: "title" });
		expect(titles(byTitle.json)).toEqual([
			"Alpha Draft",
			"React Basics",
			"Zebra Patterns",
		]);
		const desc = await api.instructorCourses("owner", {
			sort: "title",
			dir: "desc",
			limit: 1,
		});
		expect(titles(desc.json)).toEqual(["Zebra Patterns"]);
		expect(desc.json.total).toBe(3);
		expectError(await api.instructorCourses("owner", { sort: "price" }), 400);
	});

	it("the roster CSV downloads what the filters show", async () => {
		await classroom();
		const res = await api.roster("owner", seeded.course.id, {
			format: "csv",
			progress: "finished",
		});
		expectStatus(res, 200);
		const lines = res.text.trimEnd().split("\r\n");
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(
			/^Ben Okafor,ben@elsewhere.test,completed,100,70,/,
		);
	});
});
