import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../src/api/errors";
import {
	memoryAdapter,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";

/**
 * The plugin relies on a few adapter behaviours for its correctness rules. These tests pin them
 * down for every adapter the plugin supports, so an adapter upgrade that breaks one fails here.
 */
function contract(name: string, getAdapter: () => Adapter, sql: boolean) {
	describe(`adapter contract: ${name}`, () => {
		it("update with a non-matching condition returns null (the completion claim)", async () => {
			const db = getAdapter();
			const row = await db.create<Record<string, unknown>>({
				model: "enrollment",
				data: {
					courseId: "c",
					userId: "u",
					enrollKey: `c:u:${Math.random()}`,
					status: "enrolled",
					progressPct: 0,
					enrolledAt: new Date(),
				},
			});
			const first = await db.update<{ status: string }>({
				model: "enrollment",
				where: [
					{ field: "id", value: row.id as string },
					{ field: "status", value: "enrolled" },
				],
				update: { status: "completed" },
			});
			expect(first?.status).toBe("completed");
			const second = await db.update({
				model: "enrollment",
				where: [
					{ field: "id", value: row.id as string },
					{ field: "status", value: "enrolled" },
				],
				update: { status: "completed" },
			});
			expect(second ?? null).toBeNull();
		});

		it("in / contains / starts_with filter as the getters expect", async () => {
			const db = getAdapter();
			const tag = `t${Math.random().toString(36).slice(2)}`;
			await db.create({
				model: "course",
				data: {
					title: "A",
					slug: `a-${tag}`,
					instructorId: "i",
					tags: JSON.stringify([tag, "x"]),
					searchText: `hello ${tag} world`,
					difficulty: "beginner",
					price: 0,
					currency: "USD",
					status: "published",
					lessonCount: 0,
					lessonDurationMins: 0,
					enrollmentCount: 0,
					completionCount: 0,
					createdAt: new Date(),
					updatedAt: new Date(),
				},
			});
			expect(
				await db.count({
					model: "course",
					where: [
						{ field: "tags", value: JSON.stringify(tag), operator: "contains" },
					],
				}),
			).toBe(1);
			expect(
				await db.count({
					model: "course",
					where: [
						{ field: "searchText", value: `${tag} wor`, operator: "contains" },
					],
				}),
			).toBe(1);
			expect(
				await db.count({
					model: "course",
					where: [
						{
							field: "slug",
							value: `a-${tag}`.slice(0, 5),
							operator: "starts_with",
						},
					],
				}),
			).toBeGreaterThanOrEqual(1);
			expect(
				await db.count({
					model: "course",
					where: [
						{ field: "slug", value: [`a-${tag}`, "zzz"], operator: "in" },
					],
				}),
			).toBe(1);
		});

		if (sql) {
			it("unique keys are enforced and reported as unique violations", async () => {
				const db = getAdapter();
				const data = {
					courseId: "c",
					userId: "u2",
					enrollKey: "dup-key",
					status: "enrolled",
					progressPct: 0,
					enrolledAt: new Date(),
				};
				await db.create({ model: "enrollment", data });
				const error = await db
					.create({ model: "enrollment", data })
					.catch((e: unknown) => e);
				expect(isUniqueViolation(error)).toBe(true);
			});
		}
	});
}

contract("memory", () => memoryAdapter(), false);

for (const target of sqlTargets()) {
	let database: SqlDatabase | null = null;
	beforeAll(async () => {
		database = await target.open("contract_test");
	});
	afterAll(async () => {
		await database?.close();
	});
	contract(
		target.name,
		() => {
			if (!database) throw new Error("database not ready");
			return database.adapter;
		},
		true,
	);
}
