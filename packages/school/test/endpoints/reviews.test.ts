import { describe, expect, it } from "vitest";
import { getCourseById } from "../../src/api/getters";
import type { SchoolBackendOptions } from "../../src/api/plugin";
import { memoryAdapter } from "../helpers/databases";
import { makeStack, seedCourse, type Who } from "../helpers/fixtures";

/**
 * Reviews through the composed handler, for every role: anonymous, a learner below and above
 * the threshold, another learner, the owner, another instructor, an admin.
 */

async function world(options: Partial<SchoolBackendOptions> = {}) {
	const db = memoryAdapter();
	const seeded = await seedCourse(db);
	const { call } = makeStack(db, options);
	const id = seeded.course.id;
	const review = (who: Who, body: unknown) =>
		call(who, "POST", `/school/courses/${id}/reviews`, body);
	const list = (who: Who = "anonymous", query = "") =>
		call(who, "GET", `/school/courses/${id}/reviews${query}`);
	/** Enrolls `who` and completes the preview video (one lesson of three). */
	const study = async (who: Who) => {
		expect(
			(await call(who, "POST", `/school/courses/${id}/enroll`)).status,
		).toBe(201);
		expect(
			(await call(who, "POST", `/school/lessons/${seeded.video.id}/complete`))
				.status,
		).toBe(200);
	};
	return { db, seeded, call, id, review, list, study };
}

describe("writing reviews", () => {
	it("anonymous callers get 401; a learner below the threshold 403; above it 201", async () => {
		const w = await world();
		expect((await w.review("anonymous", { rating: 5 })).status).toBe(401);
		await w.call("student", "POST", `/school/courses/${w.id}/enroll`);
		const early = await w.review("student", { rating: 5 });
		expect(early.status).toBe(403);
		expect(early.json.code).toBe("review_not_allowed");
		expect(
			(await w.call("student", "GET", `/school/courses/${w.id}/reviews/mine`))
				.json,
		).toEqual({ review: null, eligible: false });
		await w.call(
			"student",
			"POST",
			`/school/lessons/${w.seeded.video.id}/complete`,
		);
		const created = await w.review("student", {
			rating: 4,
			body: "Clear <b>and</b> kind",
		});
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({
			rating: 4,
			body: "Clear <b>and</b> kind",
			authorName: "Sam Student",
		});
		expect(created.json.reviewKey).toBeUndefined();
		const mine = await w.call(
			"student",
			"GET",
			`/school/courses/${w.id}/reviews/mine`,
		);
		expect(mine.json.eligible).toBe(true);
		expect(mine.json.review.id).toBe(created.json.id);
	});

	it("reviewMinProgress raises the threshold to a share of the lessons", async () => {
		const w = await world({ reviewMinProgress: 60 });
		await w.study("student");
		expect((await w.review("student", { rating: 5 })).status).toBe(403);
		await w.call(
			"student",
			"POST",
			`/school/lessons/${w.seeded.text.id}/complete`,
		);
		expect((await w.review("student", { rating: 5 })).status).toBe(201);
	});

	it("a second review updates the first: one per learner, the average follows", async () => {
		const w = await world();
		await w.study("student");
		await w.study("otherStudent");
		const first = await w.review("student", { rating: 2 });
		expect((await w.review("otherStudent", { rating: 5 })).status).toBe(201);
		expect((await w.list()).json.rating).toEqual({ average: 3.5, count: 2 });
		const again = await w.review("student", { rating: 4, body: "Better" });
		expect(again.status).toBe(200);
		expect(again.json.id).toBe(first.json.id);
		const page = (await w.list()).json;
		expect(page.total).toBe(2);
		expect(page.rating).toEqual({ average: 4.5, count: 2 });
		const course = (
			await w.call("anonymous", "GET", "/school/courses/react-basics")
		).json;
		expect(course.rating).toEqual({ average: 4.5, count: 2 });
	});

	it("validates ratings and bounds the text", async () => {
		const w = await world();
		await w.study("student");
		for (const body of [
			{ rating: 0 },
			{ rating: 6 },
			{ rating: 4.5 },
			{ rating: 3, body: "x".repeat(2001) },
			{ rating: 3, userId: "u-other" },
		])
			expect(
				(await w.review("student", body)).status,
				JSON.stringify(body).slice(0, 40),
			).toBe(400);
	});

	it("instructors and admins who are not enrolled cannot review", async () => {
		const w = await world();
		for (const who of ["owner", "otherInstructor", "admin"] as const)
			expect((await w.review(who, { rating: 5 })).status, who).toBe(403);
	});

	it("a draft course's reviews are 404 for the public", async () => {
		const db = memoryAdapter();
		const { course } = await seedCourse(db, {
			status: "draft",
			title: "Hidden",
		});
		const { call } = makeStack(db);
		expect(
			(await call("anonymous", "GET", `/school/courses/${course.id}/reviews`))
				.status,
		).toBe(404);
		expect(
			(await call("owner", "GET", `/school/courses/${course.id}/reviews`))
				.status,
		).toBe(200);
		expect(
			(
				await call("student", "POST", `/school/courses/${course.id}/reviews`, {
					rating: 5,
				})
			).status,
		).toBe(404);
	});
});

describe("hooks", () => {
	it("onBeforeReview denies by returning false or throwing; onReviewCreated runs once", async () => {
		const created: string[] = [];
		let verdict: "ok" | "false" | "throw" = "false";
		const w = await world({
			hooks: {
				onBeforeReview: (review) => {
					if (verdict === "throw") throw new Error("spam");
					if (verdict === "false") return false;
					expect(review.rating).toBe(5);
				},
				onReviewCreated: (review) => {
					created.push(review.id);
					throw new Error("mailer down");
				},
			},
		});
		await w.study("student");
		expect((await w.review("student", { rating: 5 })).status).toBe(403);
		verdict = "throw";
		expect((await w.review("student", { rating: 5 })).status).toBe(403);
		verdict = "ok";
		const ok = await w.review("student", { rating: 5 });
		expect(ok.status).toBe(201);
		expect(
			(await w.review("student", { rating: 5, body: "edit" })).status,
		).toBe(200);
		expect(created).toEqual([ok.json.id]);
	});
});

describe("editing, replying and hiding", () => {
	async function reviewed() {
		const w = await world();
		await w.study("student");
		await w.study("otherStudent");
		const mine = (await w.review("student", { rating: 1, body: "Bad" })).json;
		const theirs = (await w.review("otherStudent", { rating: 5 })).json;
		return { ...w, mine, theirs };
	}

	it("only the author deletes a review; the average drops it", async () => {
		const w = await reviewed();
		const del = (who: Who) =>
			w.call(who, "DELETE", `/school/reviews/${w.mine.id}`);
		expect((await del("anonymous")).status).toBe(401);
		for (const who of [
			"otherStudent",
			"owner",
			"otherInstructor",
			"admin",
		] as const)
			expect((await del(who)).status, who).toBe(403);
		expect((await del("student")).status).toBe(200);
		expect((await del("student")).status).toBe(404);
		expect((await w.list()).json.rating).toEqual({ average: 5, count: 1 });
	});

	it("the owner and admins reply once; others may not", async () => {
		const w = await reviewed();
		const reply = (who: Who, id = w.mine.id) =>
			w.call(who, "POST", `/school/reviews/${id}/reply`, {
				reply: "Thanks, we fixed it",
			});
		expect((await reply("anonymous")).status).toBe(401);
		for (const who of ["student", "otherStudent", "otherInstructor"] as const)
			expect((await reply(who)).status, who).toBe(403);
		const ok = await reply("owner");
		expect(ok.status).toBe(200);
		expect(ok.json.reply).toBe("Thanks, we fixed it");
		const twice = await reply("admin");
		expect(twice.status).toBe(409);
		expect(twice.json.code).toBe("already_replied");
		expect((await reply("admin", w.theirs.id)).status).toBe(200);
		expect(
			(
				await w.call("owner", "POST", "/school/reviews/nope/reply", {
					reply: "x",
				})
			).status,
		).toBe(404);
	});

	it("managers hide a review: out of the list and the average, 404 to strangers", async () => {
		const w = await reviewed();
		const hide = (who: Who, body: unknown = {}) =>
			w.call(who, "POST", `/school/reviews/${w.mine.id}/hide`, body);
		expect((await hide("anonymous")).status).toBe(401);
		for (const who of ["student", "otherStudent", "otherInstructor"] as const)
			expect((await hide(who)).status, who).toBe(403);
		expect((await hide("owner")).json.hidden).toBe(true);
		const page = (await w.list()).json;
		expect(page.items.map((r: { id: string }) => r.id)).toEqual([w.theirs.id]);
		expect(page.rating).toEqual({ average: 5, count: 1 });
		// A hidden review is no one else's business, but its author still sees it.
		expect(
			(await w.call("otherStudent", "DELETE", `/school/reviews/${w.mine.id}`))
				.status,
		).toBe(404);
		expect(
			(await w.call("student", "GET", `/school/courses/${w.id}/reviews/mine`))
				.json.review.hidden,
		).toBe(true);
		expect((await hide("admin", { hidden: false })).json.hidden).toBe(false);
		expect((await w.list()).json.rating).toEqual({ average: 3, count: 2 });
	});

	it("pages the list newest first with a stable order", async () => {
		const w = await reviewed();
		const first = (await w.list("anonymous", "?limit=1")).json;
		const second = (await w.list("anonymous", "?limit=1&offset=1")).json;
		expect(first.total).toBe(2);
		expect(new Set([first.items[0].id, second.items[0].id]).size).toBe(2);
	});
});

describe("catalog rating filter and sort", () => {
	it("minRating filters and sort=rating orders with a tie-breaker", async () => {
		const w = await world();
		await w.study("student");
		await w.review("student", { rating: 3 });
		const other = await seedCourse(w.db, { title: "Other" });
		const course = await getCourseById(w.db, other.course.id);
		expect(course?.ratingCount ?? 0).toBe(0);
		const rated = (
			await w.call("anonymous", "GET", "/school/courses?minRating=3")
		).json;
		expect(rated.items.map((c: { id: string }) => c.id)).toEqual([w.id]);
		expect(
			(await w.call("anonymous", "GET", "/school/courses?minRating=3.5")).json
				.total,
		).toBe(0);
		const sorted = (
			await w.call("anonymous", "GET", "/school/courses?sort=rating")
		).json;
		expect(sorted.items[0].id).toBe(w.id);
		expect(sorted.items[0].rating).toEqual({ average: 3, count: 1 });
		expect(
			(await w.call("anonymous", "GET", "/school/courses?minRating=7")).status,
		).toBe(400);
	});
});
