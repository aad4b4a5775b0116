import { beforeEach, describe, expect, it, vi } from "vitest";
import {
	expectError,
	expectStatus,
	type SchoolApiClient,
	type SeededCourse,
	schoolApiWith,
} from "../helpers/api";
import { seedCourse, users } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();
let paid: SeededCourse;
beforeEach(async () => {
	paid = await seedCourse(db, { title: "Paid", price: 4900 });
});

describe("paid courses", () => {
	const enrollPaid = (client: SchoolApiClient, body?: unknown) =>
		client.enroll("student", paid.course.id, body);

	it("without an onBeforeEnroll hook enrollment is refused (403)", async () => {
		const res = await enrollPaid(api, { paymentRef: "pi_fake", price: 0 });
		expect([400, 403]).toContain(res.status);
		expectError(await enrollPaid(api), 403);
		expect(
			await school.enrollmentRow(users.student.id, paid.course.id),
		).toBeNull();
	});

	it("a hook answering false or throwing refuses (403)", async () => {
		const no = schoolApiWith(db, { hooks: { onBeforeEnroll: () => false } });
		expectError(await enrollPaid(no), 403);
		const boom = schoolApiWith(db, {
			hooks: {
				onBeforeEnroll: () => {
					throw new Error("payment service down");
				},
			},
		});
		const res = await enrollPaid(boom);
		expectError(res, 403);
		expect(res.text).not.toContain("payment service down");
		expect(
			await school.enrollmentRow(users.student.id, paid.course.id),
		).toBeNull();
	});

	it("a hook answering true enrolls (201) and gets the user id and course", async () => {
		const onBeforeEnroll = vi.fn(async () => true);
		const paidApi = schoolApiWith(db, { hooks: { onBeforeEnroll } });
		expectStatus(await enrollPaid(paidApi), 201);
		expect(onBeforeEnroll).toHaveBeenCalledTimes(1);
		expect(onBeforeEnroll).toHaveBeenCalledWith(
			users.student.id,
			expect.objectContaining({ id: paid.course.id, price: 4900 }),
			expect.objectContaining({
				user: expect.objectContaining({ id: users.student.id }),
			}),
		);
		// Free courses do not ask the hook.
		expectStatus(await paidApi.enroll("student", seeded.course.id), 201);
		expect(onBeforeEnroll).toHaveBeenCalledTimes(1);
	});

	it("a cancelled paid enrollment asks the hook again to reactivate", async () => {
		const allow = { value: true };
		const paidApi = schoolApiWith(db, {
			hooks: { onBeforeEnroll: () => allow.value },
		});
		const first = await enrollPaid(paidApi);
		expectStatus(first, 201);
		await paidApi.cancelEnrollment("student", first.json.id);
		allow.value = false;
		expectError(await enrollPaid(paidApi), 403);
		expect(
			(await school.enrollmentRow(users.student.id, paid.course.id))?.status,
		).toBe("cancelled");
	});
});
