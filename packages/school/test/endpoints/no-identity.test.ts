import { describe, expect, it } from "vitest";
import { enroll as enrollDirect } from "../../src/api/mutations";
import type { SchoolBackendOptions } from "../../src/api/plugin";
import { type ApiResponse, expectStatus, schoolApiWith } from "../helpers/api";
import { correctAnswers, users, type Who } from "../helpers/fixtures";
import { db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("no identity source configured", () => {
	it("personal and instructor endpoints answer 401 even with a user header", async () => {
		const bare = schoolApiWith(db, {
			getUser: undefined,
		} as Partial<SchoolBackendOptions>);
		await enrollDirect(db, await school.courseRow(), users.student);
		const courseId = seeded.course.id;
		const requests: [string, (who: Who) => Promise<ApiResponse>][] = [
			["GET /school/me/enrollments", (who) => bare.myEnrollments(who)],
			["POST /school/courses/:id/enroll", (who) => bare.enroll(who, courseId)],
			[
				"GET /school/courses/:id/enrollment",
				(who) => bare.getEnrollment(who, courseId),
			],
			["GET /school/lessons/:id", (who) => bare.getLesson(who, seeded.text.id)],
			[
				"POST /school/lessons/:id/complete",
				(who) => bare.completeLesson(who, seeded.text.id),
			],
			[
				"PUT /school/lessons/:id/position",
				(who) => bare.savePosition(who, seeded.text.id, { positionSecs: 1 }),
			],
			[
				"POST /school/lessons/:id/attempts",
				(who) => bare.submitQuiz(who, seeded.quiz.id, correctAnswers),
			],
			[
				"GET /school/lessons/:id/attempts",
				(who) => bare.listAttempts(who, seeded.quiz.id),
			],
			["GET /school/instructor/courses", (who) => bare.instructorCourses(who)],
			["POST /school/courses", (who) => bare.createCourse(who, { title: "X" })],
			[
				"PATCH /school/courses/:id",
				(who) => bare.updateCourse(who, courseId, { title: "X" }),
			],
			["DELETE /school/courses/:id", (who) => bare.deleteCourse(who, courseId)],
			[
				"GET /school/instructor/courses/:id/students",
				(who) => bare.roster(who, courseId),
			],
		];
		for (const who of ["student", "owner", "admin"] as Who[]) {
			for (const [name, send] of requests) {
				const res = await send(who);
				expect(res.status, `${who} ${name}`).toBe(401);
			}
		}
		// Public endpoints still work.
		expectStatus(await bare.listCourses("anonymous"), 200);
		expectStatus(await bare.getCourse("anonymous", "react-basics"), 200);
		expectStatus(await bare.getLesson("anonymous", seeded.video.id), 200);
		expect(await db.count({ model: "quizAttempt" })).toBe(0);
		expect((await school.courseRow()).title).toBe("React Basics");
	});
});
