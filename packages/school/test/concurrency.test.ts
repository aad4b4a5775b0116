import { describe, expect, it } from "vitest";
import { getCourseById } from "../src/api/getters";
import type { SchoolBackendOptions } from "../src/api/plugin";
import type { Enrollment } from "../src/types";
import {
	type SqlDatabase,
	sqlTargets,
	useSqlDatabase,
} from "./helpers/databases";
import {
	correctAnswers,
	makeStack,
	seedCourse,
	type Who,
	wrongAnswers,
} from "./helpers/fixtures";

/**
 * Simultaneous requests through the composed handler. PGlite has one connection, so its queries
 * run one at a time but requests still interleave between them; real Postgres (TEST_DATABASE_URL,
 * e.g. scripts/with-postgres.sh) runs them truly in parallel on a pool.
 */

/** A stack whose identity source accepts any `x-test-user` id, so many distinct learners can call. */
function stackFor(
	database: SqlDatabase,
	options: Partial<SchoolBackendOptions> = {},
) {
	const { call } = makeStack(database.adapter, {
		getUser: ({ headers }) => {
			const id = headers?.get("x-test-user");
			return id && id !== "anonymous"
				? {
						id,
						name: `Learner ${id}`,
						email: `${id}@example.com`,
						roles: ["student"],
					}
				: null;
		},
		...options,
	});
	return (id: string, method: string, path: string, body?: unknown) =>
		call(id as Who, method, path, body);
}

const tally = (statuses: number[]) =>
	statuses.reduce<Record<number, number>>((acc, s) => {
		acc[s] = (acc[s] ?? 0) + 1;
		return acc;
	}, {});

for (const target of sqlTargets()) {
	describe(`concurrency on ${target.name}`, () => {
		const database = useSqlDatabase(target, "school_concurrency_test");

		const enrollments = (courseId: string) =>
			database.adapter.findMany<Enrollment>({
				model: "enrollment",
				where: [{ field: "courseId", value: courseId }],
				limit: 1000,
			});

		it("30 simultaneous enrollments into a 5-seat course: exactly 5 succeed, 25 get 409", async () => {
			const { course } = await seedCourse(database.adapter, { maxStudents: 5 });
			const call = stackFor(database);
			const results = await Promise.all(
				Array.from({ length: 30 }, (_, i) =>
					call(`learner-${i}`, "POST", `/school/courses/${course.id}/enroll`),
				),
			);
			const statuses = results.map((r) => r.status);
			expect(tally(statuses)).toEqual({ 201: 5, 409: 25 });
			for (const r of results.filter((r) => r.status === 409)) {
				expect(r.json.message).toEqual(expect.any(String));
			}
			const rows = await enrollments(course.id);
			expect(rows.filter((e) => e.status === "enrolled")).toHaveLength(5);
			expect(rows).toHaveLength(5);
			expect(new Set(rows.map((e) => e.seatKey)).size).toBe(5);
			expect(
				(await getCourseById(database.adapter, course.id))?.enrollmentCount,
			).toBe(5);
		});

		it("10 simultaneous enrollments of one learner make one row: one 201, the rest 200", async () => {
			const { course } = await seedCourse(database.adapter);
			const call = stackFor(database);
			const results = await Promise.all(
				Array.from({ length: 10 }, () =>
					call("same-learner", "POST", `/school/courses/${course.id}/enroll`),
				),
			);
			expect(tally(results.map((r) => r.status))).toEqual({ 201: 1, 200: 9 });
			expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
			const rows = await enrollments(course.id);
			expect(rows).toHaveLength(1);
			expect(
				(await getCourseById(database.adapter, course.id))?.enrollmentCount,
			).toBe(1);
		});

		it("simultaneous enrollments of many learners keep enrollmentCount exact", async () => {
			const { course } = await seedCourse(database.adapter);
			const call = stackFor(database);
			const results = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					call(`many-${i}`, "POST", `/school/courses/${course.id}/enroll`),
				),
			);
			expect(tally(results.map((r) => r.status))).toEqual({ 201: 20 });
			expect(
				(await getCourseById(database.adapter, course.id))?.enrollmentCount,
			).toBe(20);
		});

		it("completing the last lessons simultaneously completes the course once", async () => {
			const seeded = await seedCourse(database.adapter);
			const calls: string[] = [];
			const call = stackFor(database, {
				hooks: {
					onCourseComplete: async (enrollment) => {
						calls.push(enrollment.userId);
						return {
							certificateId: `cert-${enrollment.userId}-${calls.length}`,
						};
					},
				},
			});
			const learners = ["racer-1", "racer-2", "racer-3"];
			for (const id of learners) {
				expect(
					(await call(id, "POST", `/school/courses/${seeded.course.id}/enroll`))
						.status,
				).toBe(201);
				expect(
					(
						await call(
							id,
							"POST",
							`/school/lessons/${seeded.video.id}/complete`,
						)
					).status,
				).toBe(200);
			}
			const requests = learners.flatMap((id) => [
				call(id, "POST", `/school/lessons/${seeded.text.id}/complete`),
				call(id, "POST", `/school/lessons/${seeded.quiz.id}/attempts`, {
					answers: correctAnswers,
				}),
				call(id, "POST", `/school/lessons/${seeded.text.id}/complete`),
				call(id, "POST", `/school/lessons/${seeded.quiz.id}/attempts`, {
					answers: correctAnswers,
				}),
				call(id, "POST", `/school/lessons/${seeded.video.id}/complete`),
			]);
			const results = await Promise.all(requests);
			for (const r of results) expect([200, 201], r.text).toContain(r.status);
			const completedBy = results.map(
				(r) => (r.json.progress ?? r.json)?.courseCompleted === true,
			);
			expect(completedBy.filter(Boolean)).toHaveLength(learners.length);

			expect(calls.sort()).toEqual([...learners].sort());
			const rows = await enrollments(seeded.course.id);
			expect(rows).toHaveLength(3);
			for (const row of rows) {
				expect(row.status).toBe("completed");
				expect(row.progressPct).toBe(100);
				expect(row.completedAt).toBeTruthy();
				expect(row.certificateId).toMatch(
					new RegExp(`^cert-${row.userId}-\\d$`),
				);
			}
			expect(new Set(rows.map((r) => r.certificateId)).size).toBe(3);
			expect(
				(await getCourseById(database.adapter, seeded.course.id))
					?.completionCount,
			).toBe(3);
		});

		it("simultaneous quiz submissions cannot exceed maxAttempts", async () => {
			const seeded = await seedCourse(database.adapter);
			const call = stackFor(database);
			for (const id of ["quizzer-1", "quizzer-2"]) {
				expect(
					(await call(id, "POST", `/school/courses/${seeded.course.id}/enroll`))
						.status,
				).toBe(201);
			}
			// sampleQuiz allows 3 attempts.
			const results = await Promise.all(
				["quizzer-1", "quizzer-2"].flatMap((id) =>
					Array.from({ length: 10 }, (_, i) =>
						call(id, "POST", `/school/lessons/${seeded.quiz.id}/attempts`, {
							answers: i % 2 ? correctAnswers : wrongAnswers,
						}),
					),
				),
			);
			expect(tally(results.map((r) => r.status))).toEqual({ 201: 6, 409: 14 });
			for (const r of results.filter((r) => r.status === 409)) {
				expect(r.text).not.toContain("score");
			}
			for (const id of ["quizzer-1", "quizzer-2"]) {
				const stored = await database.adapter.count({
					model: "quizAttempt",
					where: [{ field: "userId", value: id }],
				});
				expect(stored).toBe(3);
				const listed = await call(
					id,
					"GET",
					`/school/lessons/${seeded.quiz.id}/attempts`,
				);
				expect(listed.json.items).toHaveLength(3);
			}
		});
	});
}
