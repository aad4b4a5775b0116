import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourseById } from "../src/api/getters";
import { type SqlDatabase, sqlTargets } from "./helpers/databases";
import { makeStack, seedCourse } from "./helpers/fixtures";

/**
 * Duplicate first reviews racing on PostgreSQL: the unique `reviewKey` leaves one row, every
 * request succeeds (the losers update the winner's row), and the counters match the rows.
 */
for (const target of sqlTargets()) {
	describe(`review races on ${target.name}`, () => {
		let database: SqlDatabase;
		beforeAll(async () => {
			const opened = await target.open("school_reviews_race_test");
			if (!opened) throw new Error(`${target.name} is not available`);
			database = opened;
		});
		afterAll(async () => {
			await database?.close();
		});

		it("twenty concurrent first reviews by one learner make one review", async () => {
			const { course, video } = await seedCourse(database.adapter);
			const { call } = makeStack(database.adapter);
			await call("student", "POST", `/school/courses/${course.id}/enroll`);
			await call("student", "POST", `/school/lessons/${video.id}/complete`);
			const answers = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					call("student", "POST", `/school/courses/${course.id}/reviews`, {
						rating: (i % 5) + 1,
					}),
				),
			);
			const statuses = answers.map((a) => a.status).sort();
			expect(
				statuses.every((s) => s === 200 || s === 201),
				String(statuses),
			).toBe(true);
			const rows = await database.adapter.findMany<{ rating: number }>({
				model: "review",
				where: [{ field: "courseId", value: course.id }],
			});
			expect(rows).toHaveLength(1);
			expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
			const stored = await getCourseById(database.adapter, course.id);
			expect(stored?.ratingCount).toBe(1);
			expect(stored?.ratingSum).toBe(rows[0]?.rating);
		});

		it("concurrent reviews by many learners keep the count and sum exact", async () => {
			const { course, video } = await seedCourse(database.adapter, {
				title: "Many",
			});
			const learners = ["student", "otherStudent"] as const;
			const { call } = makeStack(database.adapter);
			for (const who of learners) {
				await call(who, "POST", `/school/courses/${course.id}/enroll`);
				await call(who, "POST", `/school/lessons/${video.id}/complete`);
			}
			await Promise.all(
				learners.flatMap((who, n) =>
					Array.from({ length: 5 }, () =>
						call(who, "POST", `/school/courses/${course.id}/reviews`, {
							rating: n ? 5 : 2,
						}),
					),
				),
			);
			const stored = await getCourseById(database.adapter, course.id);
			expect([
				stored?.ratingCount,
				stored?.ratingSum,
				stored?.ratingScore,
			]).toEqual([2, 7, 350]);
		});
	});
}
