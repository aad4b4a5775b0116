import { describe, expect, it, vi } from "vitest";
import { expectError, expectStatus, schoolApiWith } from "../helpers/api";
import { correctAnswers, users } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("progress", () => {
	it("POST /school/lessons/:id/complete: sign-in, enrollment, non-quiz lessons", async () => {
		const lessonId = seeded.text.id;
		expectError(await api.completeLesson("anonymous", lessonId), 401);
		expectError(await api.completeLesson("otherStudent", lessonId), 403);
		expectError(await api.completeLesson("owner", lessonId), 403);
		await school.enrollAs("student");
		expectError(await api.completeLesson("student", seeded.quiz.id), 400);
		expectError(await api.completeLesson("student", "nope"), 404);
		const res = await api.completeLesson("student", lessonId, {
			progressPct: 100,
			completed: true,
			status: "completed",
			certificateId: "forged",
		});
		// Client fields are ignored or refused; the server computes progress.
		if (res.status === 200) {
			expect(res.json).toMatchObject({
				completedLessons: 1,
				totalLessons: 3,
				courseCompleted: false,
				enrollment: {
					progressPct: 33,
					status: "enrolled",
					certificateId: null,
				},
			});
		} else {
			expectStatus(res, 400);
		}
		const row = await school.enrollmentRow(users.student.id);
		expect(row?.status).toBe("enrolled");
		expect(row?.certificateId ?? null).toBeNull();
		expect(row?.progressPct).toBeLessThan(100);
	});

	it("PUT /school/lessons/:id/position stores the position and refuses extra fields", async () => {
		const lessonId = seeded.video.id;
		expectError(
			await api.savePosition("anonymous", lessonId, { positionSecs: 5 }),
			401,
		);
		expectError(
			await api.savePosition("otherStudent", lessonId, { positionSecs: 5 }),
			403,
		);
		await school.enrollAs("student");
		const ok = await api.savePosition("student", lessonId, {
			positionSecs: 12.5,
		});
		expectStatus(ok, 200);
		expect(ok.json).toEqual({ ok: true, positionSecs: 12 });
		for (const body of [
			{ positionSecs: 5, completed: true },
			{ positionSecs: 5, progressPct: 100 },
			{ positionSecs: -1 },
			{ positionSecs: "10" },
			{},
		]) {
			expectError(await api.savePosition("student", lessonId, body), 400);
		}
		const progress = await db.findMany<{
			completed: boolean;
			positionSecs: number;
		}>({
			model: "lessonProgress",
		});
		expect(progress).toHaveLength(1);
		expect(progress[0]).toMatchObject({ completed: false, positionSecs: 12 });
		expect((await school.enrollmentRow(users.student.id))?.progressPct).toBe(0);
		expectError(
			await api.savePosition("student", "nope", { positionSecs: 1 }),
			404,
		);
	});

	it("completing the last lesson completes the course with a certificate", async () => {
		await school.enrollAs("student");
		await api.completeLesson("student", seeded.video.id);
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		const res = await api.completeLesson("student", seeded.text.id);
		expectStatus(res, 200);
		expect(res.json).toMatchObject({
			courseCompleted: true,
			completedLessons: 3,
			totalLessons: 3,
			enrollment: { status: "completed", progressPct: 100 },
		});
		const certificateId = res.json.enrollment.certificateId;
		expect(certificateId).toMatch(/^[0-9a-f-]{36}$/);
		expect(res.json.enrollment.completedAt).toEqual(expect.any(String));
		const cert = await api.getCertificate("anonymous", certificateId);
		expectStatus(cert, 200);
		expect(cert.json.learnerName).toBe("Sam Student");
		expectError(await api.getCertificate("anonymous", "unknown-id"), 404);
		expect((await school.courseRow()).completionCount).toBe(1);
	});

	it("certificatesEnabled: false completes the course without a certificate id", async () => {
		const onCourseComplete = vi.fn(() => ({ certificateId: "from-hook" }));
		const noCerts = schoolApiWith(db, {
			certificatesEnabled: false,
			hooks: { onCourseComplete },
		});
		await school.enrollAs("student");
		await noCerts.completeLesson("student", seeded.video.id);
		await noCerts.completeLesson("student", seeded.text.id);
		const res = await noCerts.submitQuiz(
			"student",
			seeded.quiz.id,
			correctAnswers,
		);
		expectStatus(res, 201);
		expect(res.json.progress.courseCompleted).toBe(true);
		expect(res.json.progress.enrollment.certificateId).toBeNull();
		expect(
			(await school.enrollmentRow(users.student.id))?.certificateId ?? null,
		).toBeNull();
		expect(onCourseComplete).toHaveBeenCalledTimes(1);
		expectError(await api.getCertificate("anonymous", "from-hook"), 404);
	});
});
