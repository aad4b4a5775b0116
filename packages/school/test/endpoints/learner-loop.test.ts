import { describe, expect, it, vi } from "vitest";
import { continueLessonOf } from "../../src/api/getters/learner";
import { updateCourse } from "../../src/api/mutations";
import {
	expectError,
	expectStatus,
	schoolApiClient,
	seededSchool,
} from "../helpers/api";
import { memoryAdapter } from "../helpers/databases";
import { correctAnswers, makeStack, seedCourse } from "../helpers/fixtures";

describe("continue: the first unfinished lesson after the last one touched", () => {
	const order = ["a", "b", "c", "d"];
	it("is pure and wraps round", () => {
		expect(continueLessonOf(order, new Set(), null)).toBe("a");
		expect(continueLessonOf(order, new Set(["a"]), "a")).toBe("b");
		// The last lesson, half watched, is where one continues.
		expect(continueLessonOf(order, new Set(["a"]), "b")).toBe("b");
		expect(continueLessonOf(order, new Set(["b", "c", "d"]), "d")).toBe("a");
		expect(continueLessonOf(order, new Set(["a", "c"]), "c")).toBe("d");
		expect(continueLessonOf(order, new Set(order), "b")).toBeNull();
		// A deleted last lesson: start from the top.
		expect(continueLessonOf(order, new Set(["a"]), "gone")).toBe("b");
	});

	it("is in the access, enrollment and portal answers", async () => {
		const { api, seeded, enrollAs } = await seededSchool();
		const courseId = seeded.course.id;
		await enrollAs("student");
		const continueIn = async () => {
			const access = await api.getAccess("student", courseId);
			const mine = await api.getEnrollment("student", courseId);
			const portal = await api.myEnrollments("student");
			expectStatus(access, 200);
			const ids = [
				access.json.enrollment.continueLessonId,
				mine.json.continueLessonId,
				portal.json.items[0].continueLessonId,
			];
			expect(new Set(ids).size, JSON.stringify(ids)).toBe(1);
			return { id: ids[0], entry: portal.json.items[0] };
		};
		expect((await continueIn()).id).toBe(seeded.video.id);
		// Finishing the first lesson moves on: not back to the lesson just finished.
		expectStatus(await api.completeLesson("student", seeded.video.id), 200);
		expect((await continueIn()).id).toBe(seeded.text.id);
		expectStatus(await api.completeLesson("student", seeded.text.id), 200);
		const atQuiz = await continueIn();
		expect(atQuiz.id).toBe(seeded.quiz.id);
		expect(atQuiz.entry).toMatchObject({
			continueLessonType: "quiz",
			continueLessonTitle: "Check yourself",
			lastLessonTitle: "Components",
		});
		expectStatus(
			await api.submitQuiz("student", seeded.quiz.id, correctAnswers),
			201,
		);
		expect((await continueIn()).id).toBeNull();
	});

	it("wraps to an earlier unfinished lesson", async () => {
		const { api, seeded, enrollAs } = await seededSchool();
		await enrollAs("student");
		await api.completeLesson("student", seeded.text.id);
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		const access = await api.getAccess("student", seeded.course.id);
		expect(access.json.enrollment.continueLessonId).toBe(seeded.video.id);
	});
});

describe("archived courses: closed to new learners, open to enrolled ones", () => {
	it("keeps the course, lessons, access, progress and certificate of enrolled learners", async () => {
		const school = await seededSchool();
		const { api, seeded, db } = school;
		await school.enrollAs("student");
		await api.completeLesson("student", seeded.video.id);
		await updateCourse(db, await school.courseRow(), { status: "archived" });

		expectStatus(await api.getCourse("student", seeded.course.slug), 200);
		const access = await api.getAccess("student", seeded.course.id);
		expectStatus(access, 200);
		expect(access.json.enrollment.status).toBe("enrolled");
		expectStatus(await api.getLesson("student", seeded.text.id), 200);
		expectStatus(await api.completeLesson("student", seeded.text.id), 200);
		const passed = await api.submitQuiz(
			"student",
			seeded.quiz.id,
			correctAnswers,
		);
		expectStatus(passed, 201);
		const certificateId = passed.json.progress.enrollment.certificateId;
		expect(certificateId).toEqual(expect.any(String));
		expectStatus(await api.getCertificate("anonymous", certificateId), 200);
		// Completed learners keep reading it too.
		expectStatus(await api.getLesson("student", seeded.text.id), 200);

		// Everyone else: as if it did not exist, and no new enrollments.
		expectError(await api.getCourse("otherStudent", seeded.course.slug), 404);
		expectError(await api.getCourse("anonymous", seeded.course.slug), 404);
		expectError(await api.getAccess("otherStudent", seeded.course.id), 404);
		expectError(await api.getLesson("otherStudent", seeded.text.id), 404);
		expectError(await api.getLesson("anonymous", seeded.video.id), 404);
		expectError(await api.enroll("otherStudent", seeded.course.id), 404);
		const catalog = await api.listCourses("student");
		expect(catalog.json.items).toHaveLength(0);
	});

	it("a cancelled learner of an archived course cannot come back", async () => {
		const school = await seededSchool();
		const { api, seeded, db } = school;
		const enrollment = await school.enrollAs("student");
		expectStatus(await api.cancelEnrollment("student", enrollment.id), 200);
		await updateCourse(db, await school.courseRow(), { status: "archived" });
		expectError(await api.getCourse("student", seeded.course.slug), 404);
		expectError(await api.getLesson("student", seeded.text.id), 404);
		expectError(await api.enroll("student", seeded.course.id), 404);
	});
});

describe("the portal lists every enrollment, with its state", () => {
	it("shows cancelled enrollments and archived courses", async () => {
		const db = memoryAdapter();
		const api = schoolApiClient(makeStack(db).call);
		const kept = await seedCourse(db, { title: "Kept" });
		const left = await seedCourse(db, { title: "Left" });
		const old = await seedCourse(db, { title: "Old" });
		for (const c of [kept, left, old])
			expectStatus(await api.enroll("student", c.course.id), 201);
		const mine = await api.getEnrollment("student", left.course.id);
		expectStatus(await api.cancelEnrollment("student", mine.json.id), 200);
		await updateCourse(db, old.course, { status: "archived" });
		const portal = await api.myEnrollments("student");
		expectStatus(portal, 200);
		expect(portal.json.total).toBe(3);
		const byTitle = Object.fromEntries(
			portal.json.items.map((e: { course: { title: string } }) => [
				e.course.title,
				e,
			]),
		);
		expect(byTitle.Kept).toMatchObject({
			status: "enrolled",
			course: { status: "published" },
		});
		expect(byTitle.Left).toMatchObject({ status: "cancelled" });
		expect(byTitle.Old).toMatchObject({
			status: "enrolled",
			course: { status: "archived" },
		});
	});

	it("pages: total counts every enrollment when the page is full", async () => {
		const db = memoryAdapter();
		const api = schoolApiClient(makeStack(db).call);
		for (const title of ["A", "B", "C"]) {
			const c = await seedCourse(db, { title });
			await api.enroll("student", c.course.id);
		}
		const page = await api.myEnrollments("student", { limit: 2 });
		expect(page.json).toMatchObject({ total: 3, limit: 2, offset: 0 });
		expect(page.json.items).toHaveLength(2);
		const rest = await api.myEnrollments("student", { limit: 2, offset: 2 });
		expect(rest.json).toMatchObject({ total: 3 });
		expect(rest.json.items).toHaveLength(1);
	});
});

describe("completion whenever progress reaches 100 %", () => {
	it("deleting the last lesson a learner had not finished completes the course once, with its hook", async () => {
		const db = memoryAdapter();
		const onCourseComplete = vi.fn(async () => ({ certificateId: "cert-1" }));
		const api = schoolApiClient(
			makeStack(db, { hooks: { onCourseComplete } }).call,
		);
		const seeded = await seedCourse(db);
		await api.enroll("student", seeded.course.id);
		await api.enroll("otherStudent", seeded.course.id);
		await api.completeLesson("student", seeded.video.id);
		await api.completeLesson("student", seeded.text.id);
		// The student opens the quiz (their last lesson), then the instructor deletes it.
		expectStatus(await api.getLesson("student", seeded.quiz.id), 200);
		expectStatus(await api.deleteLesson("owner", seeded.quiz.id), 200);

		const access = await api.getAccess("student", seeded.course.id);
		expect(access.json.enrollment).toMatchObject({
			status: "completed",
			progressPct: 100,
			certificateId: "cert-1",
			continueLessonId: null,
		});
		expect(onCourseComplete).toHaveBeenCalledTimes(1);
		expectStatus(await api.getCertificate("anonymous", "cert-1"), 200);
		// The other learner had finished nothing: still enrolled.
		const other = await api.getAccess("otherStudent", seeded.course.id);
		expect(other.json.enrollment.status).toBe("enrolled");

		// Another change to the course does not complete anyone a second time.
		expectStatus(await api.deleteLesson("owner", seeded.text.id), 200);
		expect(onCourseComplete).toHaveBeenCalledTimes(1);
	});

	it("a failing hook leaves the learner enrolled, and the deletion stands", async () => {
		const db = memoryAdapter();
		const error = vi.spyOn(console, "error").mockImplementation(() => {});
		const api = schoolApiClient(
			makeStack(db, {
				hooks: {
					onCourseComplete: async () => {
						throw new Error("mailer down");
					},
				},
			}).call,
		);
		const seeded = await seedCourse(db);
		await api.enroll("student", seeded.course.id);
		await api.completeLesson("student", seeded.video.id);
		await api.completeLesson("student", seeded.text.id);
		expectStatus(await api.deleteLesson("owner", seeded.quiz.id), 200);
		const access = await api.getAccess("student", seeded.course.id);
		expect(access.json.enrollment.status).toBe("enrolled");
		expect(access.json.enrollment.certificateId).toBeNull();
		expectError(await api.getLesson("owner", seeded.quiz.id), 404);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});
});
