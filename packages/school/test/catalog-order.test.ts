import type { Adapter } from "@btst/stack/plugins/api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getCourseFacets, listCourses } from "../src/api/getters";
import { createCourse, updateCourse } from "../src/api/mutations";
import { catalogSortValues } from "../src/schemas";
import type { Course } from "../src/types";
import {
	memoryAdapter,
	type SqlDatabase,
	sqlTargets,
} from "./helpers/databases";

/**
 * The catalog on memory and SQL: paging over every sort neither repeats nor skips a course even
 * when most courses tie on the sort field, and filters match whole values regardless of case
 * with LIKE wildcards taken literally.
 */

const teacher = { id: "t1", name: "Grace Hopper" };

/** 23 courses built to tie: four prices, three popularity levels, one shared creation time. */
async function seedTies(db: Adapter): Promise<Course[]> {
	const created: Course[] = [];
	const sameTime = new Date("2026-01-01T00:00:00.000Z");
	for (let i = 0; i < 23; i++) {
		const course = await createCourse(
			db,
			{
				// Titles repeat too, in mixed case.
				title: i % 3 === 0 ? "Same Title" : `Course ${i % 5}`,
				price: [0, 500, 500, 1000][i % 4],
				category: i % 2 ? "Web" : "data",
				tags: i % 2 ? ["react"] : ["sql", "python"],
				status: "published",
			},
			teacher,
		);
		await db.update({
			model: "course",
			where: [{ field: "id", value: course.id, operator: "eq" }],
			update: {
				enrollmentCount: i % 3,
				// Most share one creation time; a few are newer.
				createdAt: i < 18 ? sameTime : new Date(sameTime.getTime() + i),
			},
		});
		created.push(course);
	}
	return created;
}

async function allPages(
	db: Adapter,
	query: Parameters<typeof listCourses>[1],
	limit: number,
) {
	const ids: string[] = [];
	for (let offset = 0; offset < 100; offset += limit) {
		const page = await listCourses(db, { ...query, limit, offset });
		ids.push(...page.items.map((c) => c.id));
		if (offset + limit >= page.total) break;
	}
	return ids;
}

const targets: {
	name: string;
	open: () => Promise<{ db: Adapter; reset: () => Promise<void> } | null>;
	close?: () => Promise<void>;
}[] = [
	{
		name: "memory",
		open: async () => {
			let db = memoryAdapter();
			return {
				get db() {
					return db;
				},
				reset: async () => {
					db = memoryAdapter();
				},
			};
		},
	},
	...sqlTargets().map((t) => {
		let sql: SqlDatabase | null = null;
		return {
			name: t.name,
			open: async () => {
				sql = await t.open("catalog_order");
				const opened = sql;
				return opened && { db: opened.adapter, reset: () => opened.reset() };
			},
			close: async () => {
				await sql?.close();
			},
		};
	}),
];

describe.each(targets)("catalog on $name", (target) => {
	let handle: { db: Adapter; reset: () => Promise<void> } | null;
	let db: Adapter;
	beforeAll(async () => {
		handle = await target.open();
	}, 30_000);
	afterAll(async () => {
		await target.close?.();
	});
	beforeEach(async () => {
		await handle?.reset();
		db = handle?.db as Adapter;
	});

	it.each([...catalogSortValues])(
		"sort %s: every page size finds each course once, in the same order",
		async (sort) => {
			const courses = await seedTies(db);
			const expected = new Set(courses.map((c) => c.id));
			for (const limit of [1, 4, 5, 7, 23]) {
				const ids = await allPages(db, { sort }, limit);
				expect(new Set(ids).size, `limit ${limit}`).toBe(ids.length);
				expect(new Set(ids)).toEqual(expected);
				// The order does not depend on the page size.
				expect(ids).toEqual(await allPages(db, { sort }, 23));
			}
			// With a filter too.
			const web = await allPages(db, { sort, category: "WEB" }, 3);
			expect(new Set(web).size).toBe(web.length);
			expect(web).toHaveLength(courses.filter((_, i) => i % 2).length);
		},
		30_000,
	);

	it("the sorts keep their meaning: price ascending, popular descending", async () => {
		await seedTies(db);
		const byPrice = await listCourses(db, { sort: "price", limit: 23 });
		const prices = byPrice.items.map((c) => c.price);
		expect(prices).toEqual([...prices].sort((a, b) => a - b));
		const popular = await listCourses(db, { sort: "popular", limit: 23 });
		const counts = popular.items.map((c) => c.enrollmentCount);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it("category and tag ignore case; search covers tags, category and instructor", async () => {
		await createCourse(
			db,
			{
				title: "Hooks in depth",
				category: "Frontend",
				tags: ["hooks"],
				status: "published",
			},
			teacher,
		);
		await createCourse(
			db,
			{ title: "Databases", category: "Backend", status: "published" },
			{ id: "t2", name: "Edgar Codd" },
		);
		const titles = async (q: Parameters<typeof listCourses>[1]) =>
			(await listCourses(db, q)).items.map((c) => c.title);
		expect(await titles({ category: "frontend" })).toEqual(["Hooks in depth"]);
		expect(await titles({ category: "FRONTEND" })).toEqual(["Hooks in depth"]);
		expect(await titles({ category: "front" })).toEqual([]);
		expect(await titles({ tag: "HOOKS" })).toEqual(["Hooks in depth"]);
		expect(await titles({ tag: "hook" })).toEqual([]);
		expect(await titles({ q: "hooks" })).toEqual(["Hooks in depth"]);
		expect(await titles({ q: "backend" })).toEqual(["Databases"]);
		expect(await titles({ q: "codd" })).toEqual(["Databases"]);
		expect(await titles({ q: "edgar databases" })).toEqual(["Databases"]);
		expect(await titles({ q: "edgar hooks" })).toEqual([]);
	});

	it("LIKE wildcards match only themselves", async () => {
		await createCourse(
			db,
			{ title: "Plain", tags: ["plain"], status: "published" },
			teacher,
		);
		await createCourse(
			db,
			{ title: "100% CSS", tags: ["50%", "a_b"], status: "published" },
			teacher,
		);
		const titles = async (q: Parameters<typeof listCourses>[1]) =>
			(await listCourses(db, q)).items.map((c) => c.title);
		expect(await titles({ tag: "%" })).toEqual([]);
		expect(await titles({ tag: "_" })).toEqual([]);
		expect(await titles({ tag: "50%" })).toEqual(["100% CSS"]);
		expect(await titles({ tag: "a_b" })).toEqual(["100% CSS"]);
		expect(await titles({ tag: "axb" })).toEqual([]);
		expect(await titles({ q: "%" })).toEqual(["100% CSS"]);
		expect(await titles({ q: "p_ain" })).toEqual([]);
		expect(await titles({ q: "\\" })).toEqual([]);
	});

	it("an update re-indexes the course", async () => {
		const course = await createCourse(
			db,
			{ title: "Old", category: "A", tags: ["x"], status: "published" },
			teacher,
		);
		await updateCourse(db, course, { category: "B", tags: ["Y"] });
		expect((await listCourses(db, { category: "a" })).total).toBe(0);
		expect((await listCourses(db, { category: "b", tag: "y" })).total).toBe(1);
	});

	it("each facet counts under the other active filters", async () => {
		await seedTies(db);
		const all = await getCourseFacets(db);
		expect(all.categories).toEqual([
			{ value: "data", count: 12 },
			{ value: "Web", count: 11 },
		]);
		// Choosing a tag narrows the categories and levels, not the tags themselves.
		const react = await getCourseFacets(db, { tag: "React" });
		expect(react.categories).toEqual([{ value: "Web", count: 11 }]);
		expect(react.tags).toEqual(all.tags);
		// Price narrows every facet.
		const free = await getCourseFacets(db, { price: "free" });
		expect(free.categories).toEqual([{ value: "data", count: 6 }]);
		expect(free.tags).toEqual([
			{ value: "python", count: 6 },
			{ value: "sql", count: 6 },
		]);
		// A category written in another case still filters.
		const web = await getCourseFacets(db, { category: "WEB" });
		expect(web.tags).toEqual([{ value: "react", count: 11 }]);
		expect(web.categories).toEqual(all.categories);
	});
});
