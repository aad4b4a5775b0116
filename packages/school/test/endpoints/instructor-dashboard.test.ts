import { describe, expect, it } from "vitest";
import { createCourse, enroll as enrollDirect } from "../../src/api/mutations";
import type { Course } from "../../src/types";
import { expectError, expectStatus } from "../helpers/api";
import { correctAnswers, users, wrongAnswers } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

const apart = () => new Promise((resolve) => setTimeout(resolve, 2));

describe("instructor endpoints: dashboard, roster and analytics", () => {
	it("GET /school/instructor/courses: mine for instructors, all for admins, with stats", async () => {
		await school.enrollAs("student");
		await school.enrollAs("otherStudent");
		await api.completeLesson("student", seeded.video.id);
		await createCourse(db, { title: "Ian's" }, users.otherInstructor);
		expectError(await api.instructorCourses("anonymous"), 401);
		expectError(await api.instructorCourses("student"), 403);
		const mine = await api.instructorCourses("owner", {
			instructorId: "u-other-instr",
		});
		expectStatus(mine, 200);
		expect(mine.json.items.map((c: Course) => c.title)).toEqual([
			"React Basics",
		]);
		expect(mine.json.items[0]).toMatchObject({
			enrollments: 2,
			completions: 0,
			completionRate: 0,
			averageProgress: 17,
		});
		const his = await api.instructorCourses("otherInstructor");
		expect(his.json.items.map((c: Course) => c.title)).toEqual(["Ian's"]);
		const all = await api.instructorCourses("admin");
		expect(all.json.total).toBe(2);
	});

	it("roster and analytics numbers", async () => {
		await school.enrollAs("student");
		await school.enrollAs("otherStudent");
		await api.completeLesson("student", seeded.video.id);
		await api.submitQuiz("student", seeded.quiz.id, wrongAnswers);
		await api.submitQuiz("student", seeded.quiz.id, correctAnswers);
		const roster = await api.roster("owner", seeded.course.id, { limit: 1 });
		expectStatus(roster, 200);
		expect(roster.json).toMatchObject({ total: 2, limit: 1, offset: 0 });
		expect(roster.json.items[0]).toMatchObject({
			userId: users.student.id,
			learnerName: "Sam Student",
			learnerEmail: "sam@example.com",
			status: "enrolled",
			progressPct: 66,
			bestQuizScore: 100,
		});
		expectError(
			await api.roster("owner", seeded.course.id, { limit: 500 }),
			400,
		);
		const analytics = await api.analytics("admin", seeded.course.id);
		expectStatus(analytics, 200);
		expect(analytics.json).toMatchObject({ enrollments: 2, completions: 0 });
		expect(
			analytics.json.funnel.map((f: { completions: number }) => f.completions),
		).toEqual([1, 0, 1]);
		expect(analytics.json.quizzes[0]).toMatchObject({
			attempts: 2,
			passes: 1,
			passRate: 50,
			averageScore: 50,
		});
	});

	it("CSV roster: text/csv, a header row, and formula injection neutralised", async () => {
		await enrollDirect(db, await school.courseRow(), {
			id: "evil",
			name: '=HYPERLINK("http://x","y")',
			email: "+1@example.com",
		});
		// Apart in time, as real enrollments are: the roster breaks enrolledAt ties by id.
		await apart();
		await enrollDirect(db, await school.courseRow(), {
			id: "evil2",
			name: "@SUM(A1)",
			email: "-x@example.com",
		});
		await apart();
		await enrollDirect(db, await school.courseRow(), {
			id: "plain",
			name: "Plain, Jane",
			email: "jane@example.com",
		});
		const res = await api.roster("owner", seeded.course.id, { format: "csv" });
		expectStatus(res, 200);
		expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
		expect(res.headers.get("content-disposition")).toContain(
			"react-basics-students.csv",
		);
		const lines = res.text.trimEnd().split("\r\n");
		expect(lines[0]).toBe(
			"name,email,status,progress_pct,best_quiz_score,enrolled_at,completed_at,last_activity_at",
		);
		expect(lines).toHaveLength(4);
		expect(
			lines[1]?.startsWith(
				`"'=HYPERLINK(""http://x"",""y"")","'+1@example.com",enrolled,0,`,
			),
		).toBe(true);
		expect(lines[2]?.startsWith(`"'@SUM(A1)","'-x@example.com",`)).toBe(true);
		expect(
			lines[3]?.startsWith(`"Plain, Jane",jane@example.com,enrolled,0,`),
		).toBe(true);
		for (const line of lines) {
			for (const cell of line.split(",")) expect(cell).not.toMatch(/^[=+\-@]/);
		}
		expectError(
			await api.roster("student", seeded.course.id, { format: "csv" }),
			403,
		);
	});
});
