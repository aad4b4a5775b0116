import { describe, expect, it } from "vitest";
import { updateCourse } from "../../src/api/mutations";
import { expectError, expectStatus } from "../helpers/api";
import {
	correctAnswers,
	seedCourse,
	users,
	type Who,
} from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("enrollment", () => {
	it("enrolls (201), is idempotent (200) and needs a sign-in (401)", async () => {
		expectError(await api.enroll("anonymous", seeded.course.id), 401);
		const first = await api.enroll("student", seeded.course.id);
		expectStatus(first, 201);
		expect(first.json).toMatchObject({
			courseId: seeded.course.id,
			userId: users.student.id,
			status: "enrolled",
			progressPct: 0,
			certificateId: null,
		});
		expect(first.text).not.toContain("enrollKey");
		const again = await api.enroll("student", seeded.course.id);
		expectStatus(again, 200);
		expect(again.json.id).toBe(first.json.id);
		expect(await db.count({ model: "enrollment" })).toBe(1);
		expect((await school.courseRow()).enrollmentCount).toBe(1);
	});

	it("draft, archived and unknown courses cannot be enrolled in (404)", async () => {
		const draft = await seedCourse(db, { title: "Draft", status: "draft" });
		expectError(await api.enroll("student", draft.course.id), 404);
		expectError(await api.enroll("owner", draft.course.id), 404);
		await updateCourse(db, await school.courseRow(), { status: "archived" });
		expectError(await api.enroll("student", seeded.course.id), 404);
		expectError(await api.enroll("student", "nope"), 404);
		expect(await db.count({ model: "enrollment" })).toBe(0);
	});

	it("mass assignment: body fields on enroll are ignored", async () => {
		const res = await api.enroll("student", seeded.course.id, {
			userId: users.otherStudent.id,
			status: "completed",
			progressPct: 100,
			certificateId: "forged",
			paymentRef: "forged-payment",
			seatKey: "x",
		});
		expect([201, 400]).toContain(res.status);
		const row = await school.enrollmentRow(users.student.id);
		if (res.status === 201) {
			expect(row).toMatchObject({ status: "enrolled", progressPct: 0 });
			expect(row?.certificateId ?? null).toBeNull();
			expect(row?.paymentRef ?? null).toBeNull();
		}
		expect(await school.enrollmentRow(users.otherStudent.id)).toBeNull();
		expectError(await api.getCertificate("anonymous", "forged"), 404);
	});

	it("GET /school/courses/:id/enrollment returns mine with progress and resume, 404 when none", async () => {
		expectError(await api.getEnrollment("student", seeded.course.id), 404);
		expectError(await api.getEnrollment("anonymous", seeded.course.id), 401);
		await school.enrollAs("student");
		expectStatus(await api.completeLesson("student", seeded.video.id), 200);
		expectStatus(
			await api.savePosition("student", seeded.text.id, {
				positionSecs: 42.9,
			}),
			200,
		);
		const res = await api.getEnrollment("student", seeded.course.id);
		expectStatus(res, 200);
		expect(res.json).toMatchObject({
			userId: users.student.id,
			completedLessons: 1,
			totalLessons: 3,
			progressPct: 33,
			resume: { lessonId: seeded.text.id, positionSecs: 42 },
		});
		expect(res.json.lessons).toHaveLength(2);
		// Another learner (and a userId in the query) never sees it.
		const other = await api.getEnrollment("otherStudent", seeded.course.id, {
			userId: users.student.id,
		});
		expectStatus(other, 404);
	});

	it("cancelling someone else's enrollment is 404 and leaves it untouched", async () => {
		const mine = await school.enrollAs("student");
		for (const who of [
			"otherStudent",
			"owner",
			"admin",
			"otherInstructor",
		] as Who[]) {
			expectError(await api.cancelEnrollment(who, mine.id), 404);
		}
		expectError(await api.cancelEnrollment("anonymous", mine.id), 401);
		expect((await school.enrollmentRow(users.student.id))?.status).toBe(
			"enrolled",
		);
		expectError(await api.cancelEnrollment("student", "nope"), 404);
	});

	it("cancel, then enroll again reactivates the same enrollment", async () => {
		const mine = await school.enrollAs("student");
		const cancelled = await api.cancelEnrollment("student", mine.id);
		expectStatus(cancelled, 200);
		expect(cancelled.json.status).toBe("cancelled");
		expect((await school.courseRow()).enrollmentCount).toBe(0);
		const back = await api.enroll("student", seeded.course.id);
		expectStatus(back, 201);
		expect(back.json).toMatchObject({ id: mine.id, status: "enrolled" });
		expect((await school.courseRow()).enrollmentCount).toBe(1);
	});

	it("a completed enrollment cannot be cancelled (409)", async () => {
		const mine = await school.enrollAs("student");
		for (const lesson of [seeded.video, seeded.text]) {
			await api.completeLesson("student", lesson.id);
		}
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		expectError(await api.cancelEnrollment("student", mine.id), 409);
		expect((await school.enrollmentRow(users.student.id))?.status).toBe(
			"completed",
		);
	});

	it("GET /school/me/enrollments lists only mine and ignores a userId", async () => {
		await school.enrollAs("student");
		const other = await seedCourse(db, { title: "Other course" });
		await school.enrollAs("otherStudent", other.course.id);
		expectError(await api.myEnrollments("anonymous"), 401);
		const res = await api.myEnrollments("student", {
			userId: users.otherStudent.id,
		});
		expectStatus(res, 200);
		expect(res.json.total).toBe(1);
		expect(res.json.items[0]).toMatchObject({
			courseId: seeded.course.id,
			userId: users.student.id,
			completedLessons: 0,
		});
		expect(res.json.items[0].course.title).toBe("React Basics");
		const empty = await api.myEnrollments("owner");
		expect(empty.json).toMatchObject({ items: [], total: 0 });
	});

	it("maxStudents: a full course answers 409", async () => {
		const capped = await seedCourse(db, { title: "Tiny", maxStudents: 1 });
		expectStatus(await api.enroll("student", capped.course.id), 201);
		const full = await api.enroll("otherStudent", capped.course.id);
		expectError(full, 409);
		expect(full.json.code).toBe("course_full");
		expect(
			await school.enrollmentRow(users.otherStudent.id, capped.course.id),
		).toBeNull();
		// The enrolled learner's repeat call is still fine.
		expectStatus(await api.enroll("student", capped.course.id), 200);
	});
});
