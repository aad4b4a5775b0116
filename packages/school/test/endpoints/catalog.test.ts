import { describe, expect, it } from "vitest";
import { createCourse, updateCourse } from "../../src/api/mutations";
import type { Course, Lesson } from "../../src/types";
import {
	expectError,
	expectNoAnswerKeys,
	expectStatus,
	roles,
} from "../helpers/api";
import { seedCourse, users, type Who } from "../helpers/fixtures";
import { api, db, freshSchool, school } from "../helpers/per-test";

freshSchool();

describe("catalog and course page", () => {
	it("GET /school/courses lists published courses with paging info", async () => {
		await seedCourse(db, { title: "Hidden Draft", status: "draft" });
		const res = await api.listCourses("anonymous");
		expectStatus(res, 200);
		expect(res.json).toMatchObject({ total: 1, limit: 20, offset: 0 });
		expect(res.json.items.map((c: Course) => c.title)).toEqual([
			"React Basics",
		]);
		expect(res.text).not.toContain("searchText");
		const filtered = await api.listCourses(
			"anonymous",
			"q=REACT&category=Web&tag=react&difficulty=beginner&price=free&sort=popular&limit=5&offset=0",
		);
		expectStatus(filtered, 200);
		expect(filtered.json.total).toBe(1);
		expect(filtered.json.limit).toBe(5);
		const none = await api.listCourses("anonymous", { price: "paid" });
		expect(none.json.total).toBe(0);
	});

	it("refuses SQL in sort, unbounded limits and unknown filter values with 400", async () => {
		for (const query of [
			"sort=title%3B%20drop%20table%20course",
			"sort=createdAt",
			"limit=1000",
			"limit=101",
			"limit=0",
			"limit=abc",
			"offset=-5",
			"difficulty=expert",
			"price=cheap",
		]) {
			const res = await api.listCourses("anonymous", query);
			expectError(res, 400);
		}
		const ok = await api.listCourses("anonymous", { limit: 100 });
		expectStatus(ok, 200);
		expect(await db.count({ model: "course" })).toBe(1);
	});

	it("GET /school/courses/facets returns counts and is not taken for a slug", async () => {
		const res = await api.getFacets("anonymous");
		expectStatus(res, 200);
		expect(res.json).toEqual({
			categories: [{ value: "Web", count: 1 }],
			tags: [
				{ value: "javascript", count: 1 },
				{ value: "react", count: 1 },
			],
			difficulties: [{ value: "beginner", count: 1 }],
		});
	});

	it("a course titled Facets gets a slug its page can be loaded by", async () => {
		const course = await createCourse(
			db,
			{ title: "Facets", status: "published" },
			users.owner,
		);
		const res = await api.getCourse("anonymous", course.slug);
		expectStatus(res, 200);
		expect(res.json.id).toBe(course.id);
		const explicit = await api.createCourse("owner", {
			title: "Other",
			slug: "facets",
		});
		expectError(explicit, 400);
	});

	it("GET /school/courses/:slug gives the outline without bodies, video URLs or quiz data", async () => {
		const res = await api.getCourse("anonymous", "react-basics");
		expectStatus(res, 200);
		expect(res.json.sections[0].lessons.map((l: Lesson) => l.title)).toEqual([
			"Welcome",
			"Components",
			"Check yourself",
		]);
		for (const secret of [
			"Secret paid content",
			"Intro notes",
			"intro.webm",
			"react.dev",
			'"content"',
			'"videoUrl"',
			'"quiz":',
		]) {
			expect(res.text).not.toContain(secret);
		}
		expectNoAnswerKeys(res.text);
		expectError(await api.getCourse("anonymous", "nope"), 404);
	});

	it("a draft course is 404 to everyone but its owner and admins", async () => {
		const draft = await seedCourse(db, { title: "Draft One", status: "draft" });
		const expected: Record<Who, number> = {
			anonymous: 404,
			student: 404,
			otherStudent: 404,
			otherInstructor: 404,
			owner: 200,
			admin: 200,
		};
		for (const who of roles) {
			const res = await api.getCourse(who, draft.course.slug);
			expectStatus(res, expected[who]);
			const lesson = await api.getLesson(who, draft.video.id);
			expectStatus(lesson, expected[who]);
		}
		// An archived course also leaves the public view.
		await updateCourse(db, await school.courseRow(), { status: "archived" });
		expectStatus(await api.getCourse("anonymous", "react-basics"), 404);
		expectStatus(await api.getCourse("owner", "react-basics"), 200);
		expect((await api.listCourses("anonymous")).json.total).toBe(0);
	});
});
