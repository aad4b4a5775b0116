import * as stackApi from "@btst/stack/api";
import { type Adapter, createRouter } from "@btst/stack/plugins/api";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
	type SchoolBackendOptions,
	schoolBackendPlugin,
} from "../src/api/plugin";
import {
	identityRoles,
	type SchoolAuthCanParams,
	type SchoolAuthIdentity,
	type SchoolAuthProvider,
	type SchoolPluginContext,
} from "../src/api/stack-auth";
import { memoryAdapter } from "./helpers/databases";
import { seedCourse, users } from "./helpers/fixtures";

/**
 * Identity through BTST 3's auth provider (`stack({ auth })`). On BTST 3 the router is the real
 * `stack({ auth, ... })`, so the v3 job (scripts/v3-check.mjs) exercises BTST's own wiring of
 * `routes(adapter, context)`; on 1.1.11, which has no provider, the test hands the plugin the
 * same context itself, as v3 would.
 */

type V3Stack = (config: {
	basePath: string;
	plugins: Record<string, unknown>;
	adapter: () => Adapter;
	auth?: SchoolAuthProvider;
}) => {
	handler: (request: Request) => Promise<Response>;
	api: Record<string, Record<string, (...args: never[]) => unknown>>;
};
// `stack` is v3's name; 1.1.11 exports `betterStack`, which takes no `auth`.
const v3Stack = (stackApi as Record<string, unknown>).stack as
	| V3Stack
	| undefined;
const isV3 = typeof v3Stack === "function";

const basePath = "/api/data";

function schoolStack(
	db: Adapter,
	auth: SchoolAuthProvider,
	options: SchoolBackendOptions = {},
) {
	const school = schoolBackendPlugin(options);
	// 1.1.11's plugin type declares `routes(adapter)` only; the plugin takes v3's context too.
	const routes = school.routes as (
		adapter: Adapter,
		context: SchoolPluginContext,
	) => ReturnType<typeof school.routes>;
	const handler = v3Stack
		? v3Stack({ basePath, plugins: { school }, adapter: () => db, auth })
				.handler
		: createRouter(routes(db, { auth }), { basePath }).handler;
	return async (
		session: string | null,
		method: string,
		path: string,
		body?: unknown,
	) => {
		const headers = new Headers();
		if (session) headers.set("cookie", `session=${session}`);
		if (body !== undefined) headers.set("content-type", "application/json");
		const res = await handler(
			new Request(`http://localhost${basePath}${path}`, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
			}),
		);
		const text = await res.text();
		return { status: res.status, json: text ? JSON.parse(text) : null };
	};
}

/** Sessions as an app's auth provider would resolve them from the cookie. */
const identities: Record<string, SchoolAuthIdentity> = {
	learner: { id: users.student.id, name: "Sam Student", role: "user" },
	teacher: { id: users.owner.id, name: "Olive Owner", roles: ["instructor"] },
	other: { id: users.otherInstructor.id, roles: ["instructor"] },
	boss: { id: users.admin.id, role: "admin,user" },
};

function sessionIdentity({ headers }: { headers: Headers }) {
	const match = /session=(\w+)/.exec(headers.get("cookie") ?? "");
	return (match && identities[match[1] ?? ""]) || null;
}

const provider = (
	can?: SchoolAuthProvider["can"],
): SchoolAuthProvider & { getIdentity: ReturnType<typeof vi.fn> } => ({
	getIdentity: vi.fn(sessionIdentity),
	...(can ? { can } : {}),
});

let db: Adapter;
let courseId: string;
beforeEach(async () => {
	db = memoryAdapter();
	courseId = (await seedCourse(db)).course.id;
});

describe(`identity through the auth provider (BTST ${isV3 ? "3" : "1.1.11"})`, () => {
	it("answers 401 without an identity, and the catalog stays public", async () => {
		const call = schoolStack(db, provider());
		for (const session of [null, "unknown"]) {
			expect(
				(await call(session, "GET", "/school/me/enrollments")).status,
			).toBe(401);
			expect(
				(await call(session, "POST", `/school/courses/${courseId}/enroll`))
					.status,
			).toBe(401);
			expect(
				(await call(session, "POST", "/school/courses", { title: "X" })).status,
			).toBe(401);
			expect((await call(session, "GET", "/school/me")).json).toEqual({
				user: null,
			});
		}
		expect((await call(null, "GET", "/school/courses")).json.total).toBe(1);
	});

	it("a learner identity enrolls and studies, but may not create courses", async () => {
		const auth = provider();
		const call = schoolStack(db, auth);
		expect((await call("learner", "GET", "/school/me")).json.user).toEqual({
			id: users.student.id,
			name: "Sam Student",
			isInstructor: false,
			isAdmin: false,
		});
		expect(auth.getIdentity).toHaveBeenCalledWith(
			expect.objectContaining({
				request: expect.any(Request),
				headers: expect.any(Headers),
			}),
		);
		const enrolled = await call(
			"learner",
			"POST",
			`/school/courses/${courseId}/enroll`,
		);
		expect(enrolled.status).toBe(201);
		expect(enrolled.json.userId).toBe(users.student.id);
		expect(
			(await call("learner", "GET", "/school/me/enrollments")).json.total,
		).toBe(1);
		expect(
			(await call("learner", "POST", "/school/courses", { title: "X" })).status,
		).toBe(403);
	});

	it("without can(), roles come from the identity's roles/role and the configured names", async () => {
		const call = schoolStack(db, provider());
		const me = async (session: string, c = call) =>
			(await c(session, "GET", "/school/me")).json.user;
		expect(await me("teacher")).toMatchObject({
			isInstructor: true,
			isAdmin: false,
		});
		expect(await me("boss")).toMatchObject({
			isInstructor: true,
			isAdmin: true,
		});
		const renamed = schoolStack(db, provider(), {
			instructorRoles: ["teacher"],
		});
		expect(await me("teacher", renamed)).toMatchObject({ isInstructor: false });
	});

	it("with can(), the provider answers for the roles; ownership stays the school's", async () => {
		const grants: Record<string, string[]> = {
			[users.otherInstructor.id]: ["instruct"],
			[users.student.id]: ["administer"],
		};
		const asked: SchoolAuthCanParams[] = [];
		const call = schoolStack(
			db,
			provider((params) => {
				asked.push(params);
				return (
					!!params.identity &&
					!!grants[params.identity.id]?.includes(params.action)
				);
			}),
		);
		// The identity's own role names no longer count: can() says this instructor is nobody.
		expect(
			(await call("teacher", "GET", "/school/me")).json.user,
		).toMatchObject({
			isInstructor: false,
			isAdmin: false,
		});
		expect(asked[0]).toMatchObject({
			resource: "school",
			identity: identities.teacher,
		});
		expect(asked[0]?.headers).toBeInstanceOf(Headers);
		expect(asked.map((p) => p.action).sort()).toEqual([
			"administer",
			"instruct",
		]);
		// "instruct": creates courses, manages its own, not someone else's.
		const created = await call("other", "POST", "/school/courses", {
			title: "Mine",
		});
		expect(created.status).toBe(201);
		expect(created.json.instructorId).toBe(users.otherInstructor.id);
		const patch = (session: string, id: string) =>
			call(session, "PATCH", `/school/courses/${id}`, { title: "Renamed" });
		expect((await patch("other", created.json.id)).status).toBe(200);
		expect((await patch("other", courseId)).status).toBe(403);
		// "administer": manages every course, and is an instructor too.
		expect(
			(await call("learner", "GET", "/school/me")).json.user,
		).toMatchObject({
			isInstructor: true,
			isAdmin: true,
		});
		expect((await patch("learner", courseId)).status).toBe(200);
	});

	it("a throwing can() grants no role", async () => {
		const error = vi.spyOn(console, "error").mockImplementation(() => {});
		const call = schoolStack(
			db,
			provider(() => {
				throw new Error("policy service down");
			}),
		);
		expect((await call("boss", "GET", "/school/me")).json.user).toMatchObject({
			id: users.admin.id,
			isInstructor: false,
			isAdmin: false,
		});
		expect(
			(await call("boss", "POST", "/school/courses", { title: "X" })).status,
		).toBe(403);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});

	it("getUser overrides the provider", async () => {
		const auth = provider(() => true);
		const call = schoolStack(db, auth, {
			getUser: () => users.owner,
		});
		expect(
			(await call("learner", "GET", "/school/me")).json.user,
		).toMatchObject({
			id: users.owner.id,
			isInstructor: true,
			isAdmin: false,
		});
		expect(auth.getIdentity).not.toHaveBeenCalled();
		const anonymous = schoolStack(db, auth, { getUser: () => null });
		expect(
			(await anonymous("learner", "GET", "/school/me/enrollments")).status,
		).toBe(401);
	});

	it("a throwing getIdentity is anonymous, not a failed request", async () => {
		const error = vi.spyOn(console, "error").mockImplementation(() => {});
		const call = schoolStack(db, {
			getIdentity: () => {
				throw new Error("session store down");
			},
		});
		expect((await call("learner", "GET", "/school/me")).json).toEqual({
			user: null,
		});
		expect(
			(await call("learner", "GET", "/school/me/enrollments")).status,
		).toBe(401);
		expect((await call("learner", "GET", "/school/courses")).status).toBe(200);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});

	it("an identity without a string id is anonymous", async () => {
		const call = schoolStack(db, {
			getIdentity: () => ({ id: "" }),
		});
		expect((await call("learner", "GET", "/school/me")).json).toEqual({
			user: null,
		});
	});
});

describe("identityRoles", () => {
	it("reads roles, else a comma-separated role, else nothing", () => {
		expect(identityRoles({ id: "a", roles: ["x", 3, "y"] })).toEqual([
			"x",
			"y",
		]);
		expect(identityRoles({ id: "a", role: "admin, user" })).toEqual([
			"admin",
			"user",
		]);
		expect(identityRoles({ id: "a", role: 7 })).toEqual([]);
		expect(identityRoles({ id: "a" })).toEqual([]);
	});
});

// BTST 1.1.11's betterStack() has no `api`; on v3 this runs in the v3 job.
describe.runIf(isV3)("stack().api.school on BTST 3", () => {
	it("exposes the server-side api bound to the stack's adapter", async () => {
		if (!v3Stack) throw new Error("unreachable: runs on BTST 3 only");
		const { api } = v3Stack({
			basePath,
			plugins: { school: schoolBackendPlugin() },
			adapter: () => db,
			auth: provider(),
		});
		const listCourses = api.school?.listCourses as unknown as () => Promise<{
			total: number;
		}>;
		expect(typeof listCourses).toBe("function");
		expect(await listCourses()).toMatchObject({ total: 1 });
	});
});
