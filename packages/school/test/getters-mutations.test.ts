import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { SchoolError } from "../src/api/errors";
import {
	getCourseAnalytics,
	getCourseById,
	getCourseDetail,
	getCourseFacets,
	getEnrollment,
	getEnrollmentDetail,
	getRoster,
	listCourses,
	listInstructorCourses,
	listMyEnrollments,
} from "../src/api/getters";
import {
	cancelEnrollment,
	completeLesson,
	createCourse,
	createLesson,
	createSection,
	deleteCourse,
	deleteLesson,
	deleteSection,
	enroll,
	progressPct,
	recordAttempt,
	recountEnrollments,
	setCurriculum,
	updateCourse,
	updateLesson,
} from "../src/api/mutations";
import type {
	Course,
	Enrollment,
	Lesson,
	LessonProgress,
	QuizAttempt,
	Section,
} from "../src/types";
import { memoryAdapter } from "./helpers/databases";
import { seedCourse, users } from "./helpers/fixtures";

async function expectSchoolError(promise: Promise<unknown>, status: number) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e,
	);
	expect(error, "expected a SchoolError").toBeInstanceOf(SchoolError);
	expect((error as SchoolError).status).toBe(status);
	expect((error as SchoolError).message.length).toBeGreaterThan(0);
	return error as SchoolError;
}

async function expectZodError(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e,
	);
	expect(error, "expected a validation error").toBeInstanceOf(ZodError);
	return error as ZodError;
}

const learner = (n: number) => ({
	id: `learner-${n}`,
	name: `Learner ${n}`,
	email: `l${n}@example.com`,
});

let db: Adapter;
beforeEach(() => {
	db = memoryAdapter();
});

async function reload(enrollment: Enrollment): Promise<Enrollment> {
	const row = await db.findOne<Enrollment>({
		model: "enrollment",
		where: [{ field: "id", value: enrollment.id }],
	});
	if (!row) throw new Error("enrollment vanished");
	return row;
}

async function course(id: string): Promise<Course> {
	const row = await getCourseById(db, id);
	if (!row) throw new Error("course vanished");
	return row;
}

describe("catalog", () => {
	async function publish(
		title: string,
		input: Omit<Parameters<typeof createCourse>[1], "title">,
		createdAt: string,
	) {
		const created = await createCourse(db, { title, ...input }, users.owner);
		await updateCourse(db, created, { status: input.status ?? "published" });
		await db.update({
			model: "course",
			where: [{ field: "id", value: created.id }],
			update: { createdAt: new Date(createdAt) },
		});
		return created;
	}

	beforeEach(async () => {
		await publish(
			"React Basics",
			{
				description: "Components and hooks",
				category: "Web",
				tags: ["React", "javascript"],
				difficulty: "beginner",
				price: 0,
			},
			"2024-01-01T00:00:00Z",
		);
		await publish(
			"Advanced TypeScript",
			{
				description: "Types for REACT apps too",
				category: "Web",
				tags: ["typescript"],
				difficulty: "advanced",
				price: 4900,
			},
			"2024-03-01T00:00:00Z",
		);
		await publish(
			"Data Science",
			{
				description: "Pandas",
				category: "Data",
				tags: ["python", "react-native"],
				difficulty: "intermediate",
				price: 1000,
			},
			"2024-02-01T00:00:00Z",
		);
		await publish(
			"Zebra Drafts",
			{ category: "Web", tags: ["react"], status: "draft" },
			"2024-04-01T00:00:00Z",
		);
		await publish(
			"Archived React",
			{ category: "Web", tags: ["react"], status: "archived" },
			"2024-05-01T00:00:00Z",
		);
	});

	const titles = (list: { items: { title: string }[] }) =>
		list.items.map((c) => c.title);

	it("lists only published courses, newest first by default", async () => {
		const list = await listCourses(db);
		expect(titles(list)).toEqual([
			"Advanced TypeScript",
			"Data Science",
			"React Basics",
		]);
		expect(list).toMatchObject({ total: 3, limit: 20, offset: 0 });
		expect(JSON.stringify(list)).not.toContain("searchText");
	});

	it("searches title and description case-insensitively, treating wildcards literally", async () => {
		// Search also covers tags since issue #15: "react-native" makes Data Science a match.
		expect(titles(await listCourses(db, { q: "REACT" }))).toEqual([
			"Advanced TypeScript",
			"Data Science",
			"React Basics",
		]);
		expect(titles(await listCourses(db, { q: "pandas" }))).toEqual([
			"Data Science",
		]);
		expect((await listCourses(db, { q: "re%ct" })).total).toBe(0);
		expect((await listCourses(db, { q: "r_act" })).total).toBe(0);
		expect((await listCourses(db, { q: "nothing like this" })).total).toBe(0);
	});

	it("filters by category, exact tag, difficulty and price", async () => {
		expect(titles(await listCourses(db, { category: "Web" }))).toEqual([
			"Advanced TypeScript",
			"React Basics",
		]);
		// Tags are stored lower-cased; "react" must not match "react-native".
		expect(titles(await listCourses(db, { tag: "react" }))).toEqual([
			"React Basics",
		]);
		expect(titles(await listCourses(db, { tag: "React" }))).toEqual([
			"React Basics",
		]);
		expect(titles(await listCourses(db, { tag: "react-native" }))).toEqual([
			"Data Science",
		]);
		expect(titles(await listCourses(db, { tag: "reac" }))).toEqual([]);
		expect(titles(await listCourses(db, { difficulty: "advanced" }))).toEqual([
			"Advanced TypeScript",
		]);
		expect(titles(await listCourses(db, { price: "free" }))).toEqual([
			"React Basics",
		]);
		expect(titles(await listCourses(db, { price: "paid" }))).toEqual([
			"Advanced TypeScript",
			"Data Science",
		]);
		expect(
			titles(await listCourses(db, { category: "Web", price: "paid" })),
		).toEqual(["Advanced TypeScript"]);
	});

	it("sorts by title, price and popularity", async () => {
		expect(titles(await listCourses(db, { sort: "title" }))).toEqual([
			"Advanced TypeScript",
			"Data Science",
			"React Basics",
		]);
		expect(titles(await listCourses(db, { sort: "price" }))).toEqual([
			"React Basics",
			"Data Science",
			"Advanced TypeScript",
		]);
		const data = (await listCourses(db, { q: "pandas" })).items[0];
		const dataCourse = await course(data?.id ?? "");
		for (const n of [1, 2]) await enroll(db, dataCourse, learner(n));
		const react = (await listCourses(db, { price: "free" })).items[0];
		await enroll(db, await course(react?.id ?? ""), learner(3));
		expect(titles(await listCourses(db, { sort: "popular" }))).toEqual([
			"Data Science",
			"React Basics",
			"Advanced TypeScript",
		]);
	});

	it("pages with limit and offset and reports the total", async () => {
		const page = await listCourses(db, { sort: "title", limit: 1, offset: 1 });
		expect(titles(page)).toEqual(["Data Science"]);
		expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
		const past = await listCourses(db, { limit: 2, offset: 10 });
		expect(past.items).toEqual([]);
		expect(past.total).toBe(3);
	});

	it("refuses a limit above 100, unknown sorts and bad filters", async () => {
		await expectZodError(listCourses(db, { limit: 101 }));
		await expectZodError(listCourses(db, { limit: 0 }));
		await expectZodError(listCourses(db, { offset: -1 }));
		await expectZodError(
			listCourses(db, { sort: "title; drop table course" as "title" }),
		);
		await expectZodError(
			listCourses(db, { difficulty: "expert" as "advanced" }),
		);
		await expectZodError(listCourses(db, { price: "cheap" as "free" }));
		expect((await listCourses(db, { limit: 100 })).limit).toBe(100);
	});

	it("facets count published courses only", async () => {
		const facets = await getCourseFacets(db);
		expect(facets.categories).toEqual([
			{ value: "Web", count: 2 },
			{ value: "Data", count: 1 },
		]);
		expect(facets.difficulties).toEqual([
			{ value: "advanced", count: 1 },
			{ value: "beginner", count: 1 },
			{ value: "intermediate", count: 1 },
		]);
		expect(facets.tags).toEqual([
			{ value: "javascript", count: 1 },
			{ value: "python", count: 1 },
			{ value: "react", count: 1 },
			{ value: "react-native", count: 1 },
			{ value: "typescript", count: 1 },
		]);
	});
});

describe("slugs", () => {
	it("generates a slug from the title and adds -2, -3 on collision", async () => {
		const a = await createCourse(db, { title: "Héllo, World!" }, users.owner);
		const b = await createCourse(db, { title: "Hello World" }, users.owner);
		const c = await createCourse(db, { title: "hello   world" }, users.owner);
		expect([a.slug, b.slug, c.slug]).toEqual([
			"hello-world",
			"hello-world-2",
			"hello-world-3",
		]);
		const empty = await createCourse(db, { title: "!!!" }, users.owner);
		expect(empty.slug).toBe("course");
	});

	it("never generates a reserved slug", async () => {
		for (const title of ["Me", "Instructor", "Certificates", "ME!"]) {
			const created = await createCourse(db, { title }, users.owner);
			expect(["me", "instructor", "certificates"]).not.toContain(created.slug);
			expect(created.slug).toMatch(/^(me|instructor|certificates)-\d+$/);
		}
	});

	it("refuses a reserved or malformed slug given explicitly", async () => {
		for (const slug of [
			"me",
			"instructor",
			"certificates",
			"Bad Slug",
			"a--b",
		]) {
			await expectZodError(createCourse(db, { title: "X", slug }, users.owner));
		}
		const created = await createCourse(db, { title: "X" }, users.owner);
		await expectZodError(updateCourse(db, created, { slug: "me" }));
		expect((await course(created.id)).slug).toBe("x");
	});

	it("refuses a slug already used by another course with 409", async () => {
		const a = await createCourse(db, { title: "Alpha" }, users.owner);
		const b = await createCourse(db, { title: "Beta" }, users.owner);
		await expectSchoolError(
			createCourse(db, { title: "Gamma", slug: "alpha" }, users.owner),
			409,
		);
		const error = await expectSchoolError(
			updateCourse(db, b, { slug: "alpha" }),
			409,
		);
		expect(error.code).toBe("slug_taken");
		expect((await course(b.id)).slug).toBe("beta");
		// Keeping one's own slug is fine.
		expect(
			(await updateCourse(db, a, { slug: "alpha", title: "A" })).title,
		).toBe("A");
	});
});

describe("course detail", () => {
	it("returns the outline in order without bodies, video URLs or quiz data", async () => {
		const seeded = await seedCourse(db);
		const loose = await createLesson(db, seeded.course.id, {
			title: "Bonus",
			type: "text",
			content: "Bonus body",
		});
		const detail = await getCourseDetail(db, await course(seeded.course.id));
		expect(detail.sections).toHaveLength(1);
		expect(detail.sections[0]?.lessons.map((l) => l.title)).toEqual([
			"Welcome",
			"Components",
			"Check yourself",
		]);
		expect(detail.unsectionedLessons.map((l) => l.id)).toEqual([loose.id]);
		expect(detail.lessonOrder).toEqual([
			seeded.video.id,
			seeded.text.id,
			seeded.quiz.id,
			loose.id,
		]);
		expect(detail.lessonCount).toBe(4);
		expect(detail.totalDurationMins).toBe(15);
		const text = JSON.stringify(detail);
		for (const secret of [
			"Secret paid content",
			"Bonus body",
			"Intro notes",
			"/media/intro.webm",
			"useState",
			'"content"',
			'"videoUrl"',
			'"quiz":',
			"correct",
			"accepted",
			"react.dev",
		]) {
			expect(text).not.toContain(secret);
		}
	});
});

describe("enrollment", () => {
	it("enrolls, is idempotent, cancels and reactivates the same row", async () => {
		const { course: c } = await seedCourse(db);
		const first = await enroll(db, c, users.student);
		expect(first.created).toBe(true);
		expect(first.enrollment).toMatchObject({
			status: "enrolled",
			progressPct: 0,
			userId: users.student.id,
			learnerName: "Sam Student",
			learnerEmail: "sam@example.com",
		});
		expect((await course(c.id)).enrollmentCount).toBe(1);

		const again = await enroll(db, c, users.student);
		expect(again.created).toBe(false);
		expect(again.enrollment.id).toBe(first.enrollment.id);
		expect(await db.count({ model: "enrollment" })).toBe(1);

		const cancelled = await cancelEnrollment(db, first.enrollment);
		expect(cancelled.status).toBe("cancelled");
		expect((await course(c.id)).enrollmentCount).toBe(0);
		expect((await cancelEnrollment(db, cancelled)).status).toBe("cancelled");

		const back = await enroll(db, await course(c.id), users.student);
		expect(back.created).toBe(true);
		expect(back.enrollment.id).toBe(first.enrollment.id);
		expect(back.enrollment.status).toBe("enrolled");
		expect(await db.count({ model: "enrollment" })).toBe(1);
		expect((await course(c.id)).enrollmentCount).toBe(1);
	});

	it("holds maxStudents and frees the seat of a cancelled learner", async () => {
		const { course: c } = await seedCourse(db, { maxStudents: 2 });
		const a = await enroll(db, c, learner(1));
		await enroll(db, c, learner(2));
		const full = await expectSchoolError(enroll(db, c, learner(3)), 409);
		expect(full.code).toBe("course_full");
		await cancelEnrollment(db, a.enrollment);
		expect((await enroll(db, c, learner(3))).created).toBe(true);
		await expectSchoolError(enroll(db, c, learner(1)), 409);
		expect((await course(c.id)).enrollmentCount).toBe(2);
	});

	it("recounting is right even when two recounts write in the opposite order", async () => {
		const { course: c } = await seedCourse(db);
		const row = (userId: string) => ({
			courseId: c.id,
			userId,
			enrollKey: `${c.id}:${userId}`,
			status: "enrolled",
			progressPct: 0,
			enrolledAt: new Date(),
		});
		await db.create({ model: "enrollment", data: row("first") });
		// Recount A counts one learner, then its write is held back...
		let release: () => void = () => {};
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		let held = false;
		const slow = new Proxy(db, {
			get(target, prop, receiver) {
				const value = Reflect.get(target, prop, receiver);
				if (prop !== "update") return value;
				return async (args: { model: string }) => {
					if (args.model === "course" && !held) {
						held = true;
						await gate;
					}
					return target.update(args as never);
				};
			},
		});
		const a = recountEnrollments(slow, c.id);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(held).toBe(true);
		// ...while a second learner enrolls and recount B writes 2 first.
		await db.create({ model: "enrollment", data: row("second") });
		await recountEnrollments(db, c.id);
		expect((await course(c.id)).enrollmentCount).toBe(2);
		release();
		await a;
		expect((await course(c.id)).enrollmentCount).toBe(2);
	});

	it("refuses to cancel a completed enrollment", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		for (const lesson of [seeded.video, seeded.text, seeded.quiz]) {
			await completeLesson(db, enrollment, lesson);
		}
		const done = await reload(enrollment);
		expect(done.status).toBe("completed");
		await expectSchoolError(cancelEnrollment(db, done), 409);
		expect((await reload(enrollment)).status).toBe("completed");
	});
});

describe("progress and completion", () => {
	it("computes progress from existing lessons, never above 100", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		const r1 = await completeLesson(db, enrollment, seeded.video);
		expect(r1).toMatchObject({
			completedLessons: 1,
			totalLessons: 3,
			courseCompleted: false,
		});
		expect(r1.enrollment.progressPct).toBe(33);
		// Completing the same lesson twice counts once.
		const r2 = await completeLesson(db, enrollment, seeded.video);
		expect(r2.completedLessons).toBe(1);
		expect(r2.enrollment.progressPct).toBe(33);
		expect(
			await db.count({
				model: "lessonProgress",
				where: [{ field: "enrollmentId", value: enrollment.id }],
			}),
		).toBe(1);
		const r3 = await completeLesson(db, enrollment, seeded.text);
		expect(r3.enrollment.progressPct).toBe(66);
		expect(r3.enrollment.lastLessonId).toBe(seeded.text.id);
		expect(progressPct(5, 3)).toBe(100);
		expect(progressPct(1, 0)).toBe(0);
	});

	it("recomputes everyone's progress when lessons are added or deleted", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		const { enrollment: other } = await enroll(
			db,
			seeded.course,
			users.otherStudent,
		);
		await completeLesson(db, enrollment, seeded.video);
		await completeLesson(db, enrollment, seeded.text);
		await completeLesson(db, other, seeded.video);
		expect((await reload(enrollment)).progressPct).toBe(66);

		const extra = await createLesson(db, seeded.course.id, {
			title: "Extra",
			type: "text",
			content: "More",
			durationMins: 7,
		});
		expect((await reload(enrollment)).progressPct).toBe(50);
		expect((await reload(other)).progressPct).toBe(25);
		expect(await course(seeded.course.id)).toMatchObject({
			lessonCount: 4,
			lessonDurationMins: 22,
		});

		await completeLesson(db, enrollment, extra);
		expect((await reload(enrollment)).progressPct).toBe(75);
		await updateLesson(db, extra, { durationMins: 1 });
		expect((await course(seeded.course.id)).lessonDurationMins).toBe(16);

		await deleteLesson(db, extra);
		expect((await reload(enrollment)).progressPct).toBe(66);
		expect((await reload(enrollment)).lastLessonId).toBeNull();
		expect((await reload(other)).progressPct).toBe(33);
		const orphans = await db.findMany<LessonProgress>({
			model: "lessonProgress",
			where: [{ field: "lessonId", value: extra.id }],
		});
		expect(orphans).toEqual([]);
		const detail = await getEnrollmentDetail(
			db,
			await reload(enrollment),
			await course(seeded.course.id),
		);
		expect(detail.completedLessons).toBe(2);
		expect(detail.totalLessons).toBe(3);
		expect(detail.lessons.map((l) => l.lessonId).sort()).toEqual(
			[seeded.video.id, seeded.text.id].sort(),
		);
		// A stored lessonCount that lags behind the curriculum (a row written by other code, a
		// failed counter update) does not reach the learner: the counts follow the lessons that
		// exist, as "continue" and the locks do.
		const lagging = { ...(await course(seeded.course.id)), lessonCount: 7 };
		const again = await getEnrollmentDetail(
			db,
			await reload(enrollment),
			lagging,
		);
		expect([again.completedLessons, again.totalLessons]).toEqual([2, 3]);
	});

	it("deleting a lesson removes its attempts too", async () => {
		const seeded = await seedCourse(db);
		await recordAttempt(db, {
			lessonId: seeded.quiz.id,
			userId: users.student.id,
			answers: [],
			score: 0,
			passed: false,
			maxAttempts: 3,
		});
		await deleteLesson(db, seeded.quiz);
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		expect((await course(seeded.course.id)).lessonCount).toBe(2);
	});

	it("completes the course once: status, completedAt and one certificate", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		let issued = 0;
		const options = {
			issueCertificate: async () => {
				issued++;
				return `cert-${issued}`;
			},
		};
		await completeLesson(db, enrollment, seeded.video, options);
		await completeLesson(db, enrollment, seeded.text, options);
		expect(issued).toBe(0);
		const last = await completeLesson(db, enrollment, seeded.quiz, options);
		expect(last.courseCompleted).toBe(true);
		expect(last.enrollment).toMatchObject({
			status: "completed",
			progressPct: 100,
			certificateId: "cert-1",
		});
		expect(last.enrollment.completedAt).toBeInstanceOf(Date);
		expect(issued).toBe(1);
		expect((await course(seeded.course.id)).completionCount).toBe(1);

		// Later completions neither re-complete nor issue again.
		const completedAt = (await reload(enrollment)).completedAt;
		const later = await completeLesson(
			db,
			await reload(enrollment),
			seeded.video,
			options,
		);
		expect(later.courseCompleted).toBe(false);
		expect(issued).toBe(1);
		const after = await reload(enrollment);
		expect(after.certificateId).toBe("cert-1");
		expect(after.completedAt).toEqual(completedAt);
		expect(after.status).toBe("completed");
		expect((await course(seeded.course.id)).completionCount).toBe(1);
	});

	it("a failing certificate issuer leaves the enrollment enrolled, and a retry completes it", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		await completeLesson(db, enrollment, seeded.video);
		await completeLesson(db, enrollment, seeded.text);
		await expect(
			completeLesson(db, enrollment, seeded.quiz, {
				issueCertificate: async () => {
					throw new Error("certificate service down");
				},
			}),
		).rejects.toThrow("certificate service down");
		const after = await reload(enrollment);
		expect(after.status).toBe("enrolled");
		expect(after.completedAt ?? null).toBeNull();
		expect(after.certificateId ?? null).toBeNull();
		expect((await course(seeded.course.id)).completionCount).toBe(0);

		const retry = await completeLesson(db, after, seeded.quiz, {
			issueCertificate: async () => "cert-ok",
		});
		expect(retry.courseCompleted).toBe(true);
		expect((await reload(enrollment)).certificateId).toBe("cert-ok");
	});

	it("a course with no lessons is never completed", async () => {
		const c = await createCourse(
			db,
			{ title: "Empty", status: "published" },
			users.owner,
		);
		const { enrollment } = await enroll(db, c, users.student);
		expect((await reload(enrollment)).progressPct).toBe(0);
		expect((await reload(enrollment)).status).toBe("enrolled");
	});
});

describe("curriculum", () => {
	it("reorders sections and moves lessons between sections", async () => {
		const seeded = await seedCourse(db);
		const second = await createSection(db, seeded.course.id, {
			title: "Second",
		});
		expect(second.order).toBe(1);
		await setCurriculum(db, seeded.course.id, {
			sections: [
				{ id: second.id, lessonIds: [seeded.text.id, seeded.video.id] },
				{ id: seeded.section.id, lessonIds: [] },
			],
			unsectionedLessonIds: [seeded.quiz.id],
		});
		const detail = await getCourseDetail(db, await course(seeded.course.id));
		expect(detail.sections.map((s) => [s.title, s.order])).toEqual([
			["Second", 0],
			["Getting started", 1],
		]);
		expect(detail.sections[0]?.lessons.map((l) => l.id)).toEqual([
			seeded.text.id,
			seeded.video.id,
		]);
		expect(detail.sections[1]?.lessons).toEqual([]);
		expect(detail.unsectionedLessons.map((l) => l.id)).toEqual([
			seeded.quiz.id,
		]);
		expect(detail.lessonOrder).toEqual([
			seeded.text.id,
			seeded.video.id,
			seeded.quiz.id,
		]);
	});

	it("rejects missing, duplicate and foreign ids and changes nothing", async () => {
		const seeded = await seedCourse(db);
		const foreign = await seedCourse(db, { title: "Other" });
		const before = await getCourseDetail(db, await course(seeded.course.id));
		const all = [seeded.video.id, seeded.text.id, seeded.quiz.id];
		const attempts = [
			// a lesson missing
			{ sections: [{ id: seeded.section.id, lessonIds: all.slice(0, 2) }] },
			// a lesson twice
			{
				sections: [{ id: seeded.section.id, lessonIds: all }],
				unsectionedLessonIds: [seeded.video.id],
			},
			// a lesson of another course in place of one of ours
			{
				sections: [
					{
						id: seeded.section.id,
						lessonIds: [...all.slice(0, 2), foreign.quiz.id],
					},
				],
			},
			// a lesson of another course in addition
			{
				sections: [
					{ id: seeded.section.id, lessonIds: [...all, foreign.quiz.id] },
				],
			},
			// a section of another course
			{ sections: [{ id: foreign.section.id, lessonIds: all }] },
			// a section missing
			{ sections: [], unsectionedLessonIds: all },
			// a section twice
			{
				sections: [
					{ id: seeded.section.id, lessonIds: all },
					{ id: seeded.section.id, lessonIds: [] },
				],
			},
		];
		for (const input of attempts) {
			await expectSchoolError(setCurriculum(db, seeded.course.id, input), 400);
		}
		expect(await getCourseDetail(db, await course(seeded.course.id))).toEqual(
			before,
		);
		const foreignLesson = await db.findOne<Lesson>({
			model: "lesson",
			where: [{ field: "id", value: foreign.quiz.id }],
		});
		expect(foreignLesson?.courseId).toBe(foreign.course.id);
		expect(foreignLesson?.sectionId).toBe(foreign.section.id);
	});

	it("refuses a lesson in a section of another course", async () => {
		const seeded = await seedCourse(db);
		const foreign = await seedCourse(db, { title: "Other" });
		await expectSchoolError(
			createLesson(db, seeded.course.id, {
				title: "Sneaky",
				type: "text",
				sectionId: foreign.section.id,
			}),
			400,
		);
		await expectSchoolError(
			updateLesson(db, seeded.text, { sectionId: foreign.section.id }),
			400,
		);
	});

	it("deleteSection keeps its lessons, unsectioned", async () => {
		const seeded = await seedCourse(db);
		await deleteSection(db, seeded.section);
		expect(await db.count({ model: "section" })).toBe(0);
		const detail = await getCourseDetail(db, await course(seeded.course.id));
		expect(detail.sections).toEqual([]);
		expect(detail.unsectionedLessons.map((l) => l.id)).toEqual([
			seeded.video.id,
			seeded.text.id,
			seeded.quiz.id,
		]);
		const lessons = await db.findMany<Lesson>({ model: "lesson" });
		expect(lessons.every((l) => (l.sectionId ?? null) === null)).toBe(true);
	});

	it("updateLesson validates quiz content as it will be stored", async () => {
		const seeded = await seedCourse(db);
		await expectSchoolError(
			updateLesson(db, seeded.quiz, { content: "{bad" }),
			400,
		);
		await expectSchoolError(
			updateLesson(db, seeded.text, { type: "quiz" }),
			400,
		);
		const stored = await db.findOne<Lesson>({
			model: "lesson",
			where: [{ field: "id", value: seeded.quiz.id }],
		});
		expect(stored?.content).toBe(seeded.quiz.content);
	});
});

describe("deleteCourse", () => {
	it("is refused (409) while the course has learners, even cancelled ones", async () => {
		const seeded = await seedCourse(db);
		const { enrollment } = await enroll(db, seeded.course, users.student);
		await expectSchoolError(deleteCourse(db, seeded.course), 409);
		await cancelEnrollment(db, enrollment);
		const error = await expectSchoolError(deleteCourse(db, seeded.course), 409);
		expect(error.code).toBe("has_learners");
		expect(await db.count({ model: "course" })).toBe(1);
		expect(await db.count({ model: "lesson" })).toBe(3);
	});

	it("deletes the course with its sections and lessons otherwise", async () => {
		const seeded = await seedCourse(db);
		const kept = await seedCourse(db, { title: "Kept" });
		await deleteCourse(db, seeded.course);
		expect(await getCourseById(db, seeded.course.id)).toBeNull();
		expect(
			await db.count({
				model: "lesson",
				where: [{ field: "courseId", value: seeded.course.id }],
			}),
		).toBe(0);
		expect(
			await db.count({
				model: "section",
				where: [{ field: "courseId", value: seeded.course.id }],
			}),
		).toBe(0);
		expect(await db.count({ model: "lesson" })).toBe(3);
		expect(await getCourseById(db, kept.course.id)).not.toBeNull();
	});
});

describe("roster, analytics and instructor stats", () => {
	async function scenario() {
		const seeded = await seedCourse(db);
		const other = await seedCourse(db, { title: "Other course" });
		// Enrollments apart in time, as real ones are: the roster sorts by enrolledAt and breaks
		// ties by id, not by insertion order (which SQL never kept either).
		const apart = () => new Promise((resolve) => setTimeout(resolve, 2));
		const a = (await enroll(db, seeded.course, users.student)).enrollment;
		await apart();
		const b = (await enroll(db, seeded.course, users.otherStudent)).enrollment;
		await apart();
		const c = (await enroll(db, seeded.course, learner(1))).enrollment;
		// a: everything (course completed); b: video only; c: cancelled after the video.
		for (const lesson of [seeded.video, seeded.text, seeded.quiz]) {
			await completeLesson(db, a, lesson);
		}
		await completeLesson(db, b, seeded.video);
		await completeLesson(db, c, seeded.video);
		await cancelEnrollment(db, await reload(c));
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
		return { seeded, other, a, b, c };
	}

	it("roster lists learners with progress and best quiz score, paginated", async () => {
		const { seeded } = await scenario();
		const roster = await getRoster(db, seeded.course.id);
		expect(roster.total).toBe(3);
		expect(
			roster.items.map((r) => [
				r.userId,
				r.status,
				r.progressPct,
				r.bestQuizScore,
			]),
		).toEqual([
			[users.student.id, "completed", 100, 100],
			[users.otherStudent.id, "enrolled", 33, 25],
			["learner-1", "cancelled", 33, null],
		]);
		expect(roster.items[0]?.learnerEmail).toBe("sam@example.com");
		expect(roster.items[0]?.completedAt).toMatch(/^\d{4}-/);
		const page = await getRoster(db, seeded.course.id, { limit: 1, offset: 1 });
		expect(page.items.map((r) => r.userId)).toEqual([users.otherStudent.id]);
		expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
	});

	it("analytics give the lesson funnel and quiz statistics", async () => {
		const { seeded } = await scenario();
		const analytics = await getCourseAnalytics(
			db,
			await course(seeded.course.id),
		);
		expect(analytics).toMatchObject({
			courseId: seeded.course.id,
			enrollments: 2,
			completions: 1,
		});
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

	it("instructor stats count active learners only", async () => {
		const { seeded, other } = await scenario();
		const mine = await listInstructorCourses(db, {
			instructorId: users.owner.id,
		});
		expect(mine.total).toBe(2);
		const stats = mine.items.find((c) => c.id === seeded.course.id);
		// Active learners: a (3/3 lessons) and b (1/3): average (100 + 33) / 2.
		expect(stats).toMatchObject({
			enrollments: 2,
			completions: 1,
			completionRate: 50,
			averageProgress: 67,
		});
		const otherStats = mine.items.find((c) => c.id === other.course.id);
		expect(otherStats).toMatchObject({
			enrollments: 1,
			completions: 0,
			completionRate: 0,
			averageProgress: 33,
		});
		expect(
			(
				await listInstructorCourses(db, {
					instructorId: users.otherInstructor.id,
				})
			).total,
		).toBe(0);
		expect((await listInstructorCourses(db, {})).total).toBe(2);
	});

	it("the dashboard counts only a full first page, and its totals hold at every size", async () => {
		let counts = 0;
		const counting = new Proxy(db, {
			get(target, key, receiver) {
				if (key === "count") counts++;
				return Reflect.get(target, key, receiver);
			},
		});
		const totals = async (limit: number, offset = 0) => {
			counts = 0;
			const page = await listInstructorCourses(
				counting,
				{ instructorId: users.owner.id },
				{ limit, offset },
			);
			return [page.items.length, page.total, counts];
		};
		for (let n = 0; n < 5; n++)
			await createCourse(db, { title: `Mine ${n}` }, users.owner);
		await createCourse(db, { title: "Theirs" }, users.otherInstructor);
		// All five fit (the peeked row after the page is missing): the page is its own total.
		expect(await totals(6)).toEqual([5, 5, 0]);
		expect(await totals(5)).toEqual([5, 5, 0]);
		// More than a page, or a later page: counted.
		expect(await totals(4)).toEqual([4, 5, 1]);
		expect(await totals(3)).toEqual([3, 5, 1]);
		// (Courses made in the same millisecond tie, so a later page may also count the tied run.)
		const [items, total, counted] = await totals(3, 3);
		expect([items, total]).toEqual([2, 5]);
		expect(counted).toBeGreaterThanOrEqual(1);
	});

	it("the portal lists my active enrollments with course summaries", async () => {
		const { seeded } = await scenario();
		const mine = await listMyEnrollments(db, users.student.id);
		expect(mine.total).toBe(1);
		expect(mine.items[0]).toMatchObject({
			courseId: seeded.course.id,
			status: "completed",
			completedLessons: 3,
			lastLessonTitle: "Check yourself",
		});
		expect(mine.items[0]?.course.title).toBe("React Basics");
		// Cancelled enrollments stay in the portal, as cancelled (the portal groups them).
		const cancelled = await listMyEnrollments(db, "learner-1");
		expect(cancelled.total).toBe(1);
		expect(cancelled.items[0]?.status).toBe("cancelled");
	});
});

describe("recordAttempt", () => {
	it("enforces maxAttempts and numbers attempts", async () => {
		const seeded = await seedCourse(db);
		const submit = (userId: string) =>
			recordAttempt(db, {
				lessonId: seeded.quiz.id,
				userId,
				answers: [{ questionId: "q1", answer: "a" }],
				score: 25,
				passed: false,
				maxAttempts: 2,
			}).then(({ attempt, attemptNo }) => ({ ...attempt, attemptNo }));
		const first = await submit(users.student.id);
		const second = await submit(users.student.id);
		expect([first.attemptNo, second.attemptNo]).toEqual([1, 2]);
		expect([first.attemptKey, second.attemptKey]).toEqual([
			`${seeded.quiz.id}:${users.student.id}:1`,
			`${seeded.quiz.id}:${users.student.id}:2`,
		]);
		const error = await expectSchoolError(submit(users.student.id), 409);
		expect(error.code).toBe("attempt_limit");
		// The limit is per learner.
		await submit(users.otherStudent.id);
		expect(
			await db.count({
				model: "quizAttempt",
				where: [{ field: "userId", value: users.student.id }],
			}),
		).toBe(2);
		const stored = await db.findOne<QuizAttempt>({
			model: "quizAttempt",
			where: [{ field: "id", value: first.id }],
		});
		expect(JSON.parse(stored?.answers ?? "null")).toEqual([
			{ questionId: "q1", answer: "a" },
		]);
	});

	it("maxAttempts 0 is unlimited", async () => {
		const seeded = await seedCourse(db);
		for (let i = 0; i < 6; i++) {
			await recordAttempt(db, {
				lessonId: seeded.quiz.id,
				userId: users.student.id,
				answers: [],
				score: 0,
				passed: false,
				maxAttempts: 0,
			});
		}
		expect(await db.count({ model: "quizAttempt" })).toBe(6);
	});
});

describe("sections", () => {
	it("appends sections and lessons in order", async () => {
		const c = await createCourse(db, { title: "Ordered" }, users.owner);
		const s1 = await createSection(db, c.id, { title: "One" });
		const s2 = await createSection(db, c.id, { title: "Two" });
		expect([s1.order, s2.order]).toEqual([0, 1]);
		const l1 = await createLesson(db, c.id, { title: "A", type: "text" });
		const l2 = await createLesson(db, c.id, { title: "B", type: "text" });
		expect([l1.order, l2.order]).toEqual([0, 1]);
		const sections = await db.findMany<Section>({ model: "section" });
		expect(sections).toHaveLength(2);
		expect(
			(await getEnrollment(db, c.id, users.student.id)) ?? null,
		).toBeNull();
	});
});

describe("more rows than the adapter's default findMany page (100)", () => {
	it("refreshCourseProgress updates every learner", async () => {
		const seeded = await seedCourse(db);
		const enrollments: Enrollment[] = [];
		for (let n = 0; n < 120; n++) {
			const { enrollment } = await enroll(db, seeded.course, learner(n));
			await completeLesson(db, enrollment, seeded.video);
			enrollments.push(enrollment);
		}
		await createLesson(db, seeded.course.id, { title: "Extra", type: "text" });
		const rows = await db.findMany<Enrollment>({
			model: "enrollment",
			limit: 1000,
		});
		expect(rows).toHaveLength(120);
		expect(rows.filter((e) => e.progressPct !== 25)).toEqual([]);
	});

	it("maxStudents holds beyond 100 seats", async () => {
		const { course: c } = await seedCourse(db, { maxStudents: 105 });
		let refused = 0;
		for (let n = 0; n < 110; n++) {
			const ok = await enroll(db, c, learner(n)).then(
				() => true,
				(e: unknown) => {
					if (e instanceof SchoolError && e.status === 409) return false;
					throw e;
				},
			);
			if (!ok) refused++;
		}
		expect(refused).toBe(5);
		expect((await course(c.id)).enrollmentCount).toBe(105);
		const seats = (
			await db.findMany<Enrollment>({ model: "enrollment", limit: 1000 })
		).map((e) => e.seatKey);
		expect(new Set(seats).size).toBe(105);
	});

	it("roster best scores and analytics averages see every attempt", async () => {
		const seeded = await seedCourse(db);
		for (let n = 0; n < 40; n++) {
			const user = learner(n);
			await enroll(db, seeded.course, user);
			for (const score of [0, 0, 100]) {
				await recordAttempt(db, {
					lessonId: seeded.quiz.id,
					userId: user.id,
					answers: [],
					score,
					passed: score >= 60,
					maxAttempts: 0,
				});
			}
		}
		const roster = await getRoster(db, seeded.course.id, { limit: 100 });
		expect(roster.items).toHaveLength(40);
		expect(roster.items.filter((r) => r.bestQuizScore !== 100)).toEqual([]);
		const analytics = await getCourseAnalytics(
			db,
			await course(seeded.course.id),
		);
		expect(analytics.quizzes[0]).toMatchObject({
			attempts: 120,
			passes: 40,
			passRate: 33,
			averageScore: 33,
		});
	});

	it("a course with 120 lessons has all of them in its outline, progress and portal", async () => {
		const c = await createCourse(
			db,
			{ title: "Long course", status: "published" },
			users.owner,
		);
		const lessons: Lesson[] = [];
		for (let n = 0; n < 120; n++) {
			lessons.push(
				await createLesson(db, c.id, { title: `Lesson ${n}`, type: "text" }),
			);
		}
		const detail = await getCourseDetail(db, await course(c.id));
		expect(detail.lessonOrder).toEqual(lessons.map((l) => l.id));
		const { enrollment } = await enroll(db, await course(c.id), users.student);
		let last: Awaited<ReturnType<typeof completeLesson>> | null = null;
		for (const lesson of lessons) {
			last = await completeLesson(db, enrollment, lesson);
		}
		expect(last?.courseCompleted).toBe(true);
		const mine = await getEnrollmentDetail(
			db,
			await reload(enrollment),
			await course(c.id),
		);
		expect(mine.completedLessons).toBe(120);
		expect(mine.lessons).toHaveLength(120);
		const portal = await listMyEnrollments(db, users.student.id);
		expect(portal.items[0]?.completedLessons).toBe(120);
	});

	it("facets count more than 100 published courses", async () => {
		for (let n = 0; n < 110; n++) {
			await createCourse(
				db,
				{ title: `Course ${n}`, category: "Bulk", status: "published" },
				users.owner,
			);
		}
		const facets = await getCourseFacets(db);
		expect(facets.categories).toEqual([{ value: "Bulk", count: 110 }]);
	});

	it("slugs stay unique when more than 100 courses share a title", async () => {
		const slugs = new Set<string>();
		for (let n = 0; n < 105; n++) {
			slugs.add((await createCourse(db, { title: "Same" }, users.owner)).slug);
		}
		expect(slugs.size).toBe(105);
	});
});
