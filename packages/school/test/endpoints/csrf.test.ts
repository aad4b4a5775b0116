import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it } from "vitest";
import { memoryAdapter } from "../helpers/databases";
import { seedCourse } from "../helpers/fixtures";
import { fill, rawStack, writeRoutes } from "../helpers/raw";

/**
 * Cross-site request forgery (issue #12, item 1): a page on a sibling port auto-submitted a form
 * that created a lesson in the victim instructor's course. Every state-changing school endpoint
 * now refuses a foreign `Origin` / `Sec-Fetch-Site` (403 `cross_origin`) and any body but JSON
 * (415), before identity is even looked up.
 */

let db: Adapter;
let seeded: Awaited<ReturnType<typeof seedCourse>>;
beforeEach(async () => {
	db = memoryAdapter();
	seeded = await seedCourse(db);
});

const lessonCount = () => db.count({ model: "lesson" });

describe("origin check", () => {
	it("every write route refuses a foreign Origin with 403 cross_origin, before identity", async () => {
		const { send, getUser } = rawStack(db);
		const routes = writeRoutes(db);
		expect(routes.length).toBeGreaterThanOrEqual(12);
		for (const route of routes) {
			for (const origin of [
				"http://evil.example",
				"http://localhost:3001", // a sibling port: same site, other origin
				"https://localhost", // other scheme
				"null", // sandboxed frame
			]) {
				const res = await send({
					method: route.method,
					path: fill(route.path, seeded.course.id),
					who: "owner",
					headers: { origin, "content-type": "application/json" },
					body: "{}",
				});
				expect(res.status, `${route.method} ${route.path} ${origin}`).toBe(403);
				expect(res.json).toMatchObject({ code: "cross_origin" });
				expect(typeof res.json.message).toBe("string");
			}
		}
		expect(getUser).not.toHaveBeenCalled();
	});

	it("Sec-Fetch-Site cross-site and same-site are refused without Origin; same-origin passes", async () => {
		const { send } = rawStack(db);
		const enroll = (site: string) =>
			send({
				method: "POST",
				path: `/school/courses/${seeded.course.id}/enroll`,
				who: "student",
				headers: { "sec-fetch-site": site },
			});
		for (const site of ["cross-site", "same-site"]) {
			const res = await enroll(site);
			expect(res.status, site).toBe(403);
			expect(res.json.code).toBe("cross_origin");
		}
		expect(await db.count({ model: "enrollment" })).toBe(0);
		expect((await enroll("same-origin")).status).toBe(201);
	});

	it("by default trusts the request's own origin, and programs that send neither header", async () => {
		const { send } = rawStack(db);
		const own = await send({
			method: "POST",
			path: `/school/courses/${seeded.course.id}/enroll`,
			who: "student",
			headers: { origin: "http://localhost" },
		});
		expect(own.status).toBe(201);
		const program = await send({
			method: "POST",
			path: `/school/courses/${seeded.course.id}/enroll`,
			who: "otherStudent",
		});
		expect(program.status).toBe(201);
	});

	it("trustedOrigins replaces the default: the public origin passes, the server's own address does not", async () => {
		const { send } = rawStack(db, {
			trustedOrigins: ["https://school.example/any/path"],
		});
		const enroll = (origin: string, who: "student" | "otherStudent") =>
			send({
				method: "POST",
				path: `/school/courses/${seeded.course.id}/enroll`,
				who,
				headers: { origin },
			});
		expect((await enroll("https://school.example", "student")).status).toBe(
			201,
		);
		const local = await enroll("http://localhost", "otherStudent");
		expect(local.status).toBe(403);
		expect(local.json.code).toBe("cross_origin");
	});

	it("a malformed trustedOrigins entry fails when the plugin is built", () => {
		expect(() => rawStack(db, { trustedOrigins: ["school.example"] })).toThrow(
			/trustedOrigins/,
		);
	});

	it("reads are not refused: a GET with a foreign Origin still answers", async () => {
		const { send } = rawStack(db);
		const res = await send({
			method: "GET",
			path: "/school/courses",
			headers: { origin: "http://evil.example" },
		});
		expect(res.status).toBe(200);
	});
});

describe("content types", () => {
	it("every write route refuses form, text and multipart bodies with 415, before identity", async () => {
		const { send, getUser } = rawStack(db);
		for (const route of writeRoutes(db)) {
			for (const type of [
				"application/x-www-form-urlencoded",
				"text/plain",
				"multipart/form-data; boundary=x",
				"application/jsonp",
			]) {
				const res = await send({
					method: route.method,
					path: fill(route.path, seeded.course.id),
					who: "owner",
					headers: { "content-type": type },
					body: "title=Pwned&type=text",
				});
				expect(res.status, `${route.method} ${route.path} ${type}`).toBe(415);
				expect(res.json).toMatchObject({ code: "unsupported_media_type" });
			}
		}
		expect(getUser).not.toHaveBeenCalled();
	});

	it("a bodiless POST that carries a form or text content type is refused too", async () => {
		const { send } = rawStack(db);
		for (const type of ["application/x-www-form-urlencoded", "text/plain"]) {
			const res = await send({
				method: "POST",
				path: `/school/courses/${seeded.course.id}/enroll`,
				who: "student",
				headers: { "content-type": type },
			});
			expect(res.status, type).toBe(415);
		}
		expect(await db.count({ model: "enrollment" })).toBe(0);
	});

	it("a body without any content type is refused; JSON with a charset is accepted", async () => {
		const { send } = rawStack(db);
		const untyped = await send({
			method: "POST",
			path: `/school/courses/${seeded.course.id}/lessons`,
			who: "owner",
			body: new TextEncoder().encode('{"title":"x","type":"text"}'),
		});
		expect(untyped.status).toBe(415);
		const typed = await send({
			method: "POST",
			path: `/school/courses/${seeded.course.id}/lessons`,
			who: "owner",
			headers: { "content-type": "Application/JSON; charset=utf-8" },
			body: '{"title":"x","type":"text"}',
		});
		expect(typed.status, typed.text).toBe(201);
	});

	it("the reported attack: a sibling-port form creating a lesson is refused and writes nothing", async () => {
		const { send } = rawStack(db);
		const before = await lessonCount();
		const form = {
			method: "POST",
			path: `/school/courses/${seeded.course.id}/lessons`,
			who: "owner" as const,
			body: "title=Pwned&type=text",
		};
		const withOrigin = await send({
			...form,
			headers: {
				origin: "http://localhost:8080",
				"sec-fetch-site": "same-site",
				"content-type": "application/x-www-form-urlencoded",
			},
		});
		expect(withOrigin.status).toBe(403);
		const withoutOrigin = await send({
			...form,
			headers: { "content-type": "application/x-www-form-urlencoded" },
		});
		expect(withoutOrigin.status).toBe(415);
		expect(await lessonCount()).toBe(before);
	});
});
