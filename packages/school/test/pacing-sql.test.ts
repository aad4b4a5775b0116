import { beforeEach, describe, expect, it } from "vitest";
import { kyselyAggregates } from "../src/api/kysely";
import type { SchoolBackendOptions } from "../src/api/options";
import type { SchoolUser } from "../src/types";
import { sqlTargets, useSqlDatabase } from "./helpers/databases";
import { makeStack, seedCourse, type Who } from "./helpers/fixtures";

/**
 * Pacing (#19) on SQL (PGlite always, PostgreSQL with TEST_DATABASE_URL): dates survive the
 * columns, export/import is one transaction, and bulk enrollment beside self-enrollment into a
 * capped course stays within capacity.
 */

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T09:00:00.000Z");
const learner = (id: string): SchoolUser => ({
	id,
	name: `Learner ${id}`,
	email: `${id}@example.com`,
	roles: ["student"],
});

for (const target of sqlTargets()) {
	describe(`pacing on ${target.name}`, () => {
		const database = useSqlDatabase(target, "school_pacing_test");
		let now: Date;

		beforeEach(() => {
			now = T0;
		});

		/** Any `x-test-user` id is a learner; owner and admin keep their fixtures. */
		function stack(extra: Partial<SchoolBackendOptions> = {}) {
			const { call } = makeStack(database.adapter, {
				...extra,
				clock: () => now,
				findUsersByEmail: (emails) =>
					emails.map((e) => learner(e.split("@")[0] ?? e)),
				getUser: ({ headers }) => {
					const id = headers?.get("x-test-user");
					if (!id || id === "anonymous") return null;
					if (id === "owner")
						return { id: "u-owner", name: "Olive", roles: ["instructor"] };
					if (id === "admin")
						return { id: "u-admin", name: "Ada", roles: ["admin"] };
					return learner(id);
				},
			});
			return (id: string, method: string, path: string, body?: unknown) =>
				call(id as Who, method, path, body);
		}

		it("drip and access periods with dates stored in SQL", async () => {
			const call = stack();
			const seeded = await seedCourse(database.adapter);
			await call("owner", "PATCH", `/school/courses/${seeded.course.id}`, {
				accessDays: 5,
			});
			await call("owner", "PATCH", `/school/lessons/${seeded.text.id}`, {
				dripDate: "2026-03-03T12:00:00Z",
			});
			expect(
				(await call("l1", "POST", `/school/courses/${seeded.course.id}/enroll`))
					.status,
			).toBe(201);
			const early = await call(
				"l1",
				"GET",
				`/school/lessons/${seeded.text.id}`,
			);
			expect(early.json).toMatchObject({
				code: "not_yet_open",
				opensAt: "2026-03-03T12:00:00.000Z",
			});
			now = new Date("2026-03-03T12:00:00.000Z");
			expect(
				(await call("l1", "GET", `/school/lessons/${seeded.text.id}`)).status,
			).toBe(200);
			now = new Date(T0.getTime() + 5 * DAY);
			const expired = await call(
				"l1",
				"GET",
				`/school/lessons/${seeded.text.id}`,
			);
			expect(expired.json.code).toBe("expired");
			const renewed = await call(
				"l1",
				"POST",
				`/school/courses/${seeded.course.id}/enroll`,
			);
			expect(renewed.json.accessEndsAt).toBe(
				new Date(now.getTime() + 5 * DAY).toISOString(),
			);
		});

		for (const fastPath of [false, true])
			it(`the lesson gate reads what it checks ${fastPath ? "in one query (aggregates.lessonContext)" : "through the adapter"}`, async () => {
				const call = stack(
					fastPath ? { aggregates: kyselyAggregates(database.kysely) } : {},
				);
				const seeded = await seedCourse(database.adapter);
				const lesson = (id: string, who = "l1") =>
					call(who, "GET", `/school/lessons/${id}`);
				// The section's drip closes its paid lessons for two days; the free preview stays open.
				await call("owner", "PATCH", `/school/sections/${seeded.section.id}`, {
					dripDays: 2,
				});
				await call("owner", "PATCH", `/school/courses/${seeded.course.id}`, {
					accessDays: 5,
				});
				expect((await lesson(seeded.video.id, "anonymous")).status).toBe(200);
				expect((await lesson(seeded.text.id, "anonymous")).status).toBe(401);
				expect((await lesson(seeded.text.id)).status).toBe(403);
				expect((await lesson("no-such-lesson")).status).toBe(404);
				// Identity before lookup: studying an unknown lesson signed out is 401, not 404.
				expect(
					(await call("anonymous", "POST", "/school/lessons/nope/complete"))
						.status,
				).toBe(401);
				await call("l1", "POST", `/school/courses/${seeded.course.id}/enroll`);
				expect((await lesson(seeded.text.id)).json).toMatchObject({
					code: "not_yet_open",
					opensAt: new Date(T0.getTime() + 2 * DAY).toISOString(),
				});
				const complete = () =>
					call("l1", "POST", `/school/lessons/${seeded.text.id}/complete`);
				expect((await complete()).json.code).toBe("not_yet_open");
				expect((await lesson(seeded.text.id, "owner")).status).toBe(200);
				now = new Date(T0.getTime() + 2 * DAY);
				expect((await lesson(seeded.text.id)).json.content).toContain(
					"Secret paid content",
				);
				expect((await complete()).status).toBe(200);
				// Archived: its enrolled learners keep it, everyone else loses it (404).
				await call("owner", "PATCH", `/school/courses/${seeded.course.id}`, {
					status: "archived",
				});
				expect((await lesson(seeded.text.id)).status).toBe(200);
				expect((await lesson(seeded.video.id)).status).toBe(200);
				expect((await lesson(seeded.video.id, "l2")).status).toBe(404);
				expect((await lesson(seeded.video.id, "anonymous")).status).toBe(404);
				// Past the access period: paid lessons close, with the reason.
				now = new Date(T0.getTime() + 5 * DAY);
				expect((await lesson(seeded.text.id)).json.code).toBe("expired");
				expect((await complete()).json.code).toBe("expired");
			});

		it("export/import round-trips and a failing import leaves nothing", async () => {
			const call = stack();
			const seeded = await seedCourse(database.adapter);
			const file = (
				await call("owner", "GET", `/school/courses/${seeded.course.id}/export`)
			).json;
			const imported = await call(
				"owner",
				"POST",
				"/school/courses/import",
				file,
			);
			expect(imported.status).toBe(201);
			const again = (
				await call("owner", "GET", `/school/courses/${imported.json.id}/export`)
			).json;
			expect({ ...again, course: { ...again.course, slug: "x" } }).toEqual({
				...file,
				course: { ...file.course, slug: "x" },
			});
			const courses = await database.adapter.count({ model: "course" });
			file.lessons = [{ title: "", type: "text" }];
			const bad = await call("owner", "POST", "/school/courses/import", file);
			expect(bad.status).toBe(400);
			expect(await database.adapter.count({ model: "course" })).toBe(courses);
		});

		it("bulk enrollment beside self-enrollment stays within capacity", async () => {
			const call = stack();
			const seeded = await seedCourse(database.adapter, { maxStudents: 5 });
			const path = `/school/courses/${seeded.course.id}`;
			const bulkEmails = Array.from(
				{ length: 8 },
				(_, i) => `b${i}@example.com`,
			);
			const [bulk, ...selves] = await Promise.all([
				call("owner", "POST", `${path}/enrollments`, { emails: bulkEmails }),
				...Array.from({ length: 8 }, (_, i) =>
					call(`s${i}`, "POST", `${path}/enroll`),
				),
			]);
			expect(bulk?.status).toBe(200);
			const selfEnrolled = selves.filter((r) => r.status === 201).length;
			expect(selves.every((r) => r.status === 201 || r.status === 409)).toBe(
				true,
			);
			expect(bulk?.json.counts.enrolled + selfEnrolled).toBe(5);
			expect(bulk?.json.counts.enrolled + bulk?.json.counts.over_capacity).toBe(
				8,
			);
			const active = await database.adapter.count({
				model: "enrollment",
				where: [{ field: "courseId", value: seeded.course.id }],
			});
			expect(active).toBe(5);
			const course = (
				await call("anonymous", "GET", `/school/courses/${seeded.course.slug}`)
			).json;
			expect(course.enrollmentCount).toBe(5);
		});
	});
}
