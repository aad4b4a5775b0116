import { describe, expect, it, vi } from "vitest";
import {
	isDatabaseUnavailable,
	withJsonFailure,
	withoutErrorDetails,
} from "../lib/api-errors";

describe("isDatabaseUnavailable", () => {
	it.each([
		[{ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }],
		[
			{
				code: "57P01",
				message: "terminating connection due to administrator command",
			},
		],
		[{ code: "08006", message: "connection failure" }],
		[new Error("Connection terminated unexpectedly")],
		[new Error("timeout exceeded when trying to connect")],
		[new Error("wrapped", { cause: { code: "57P03" } })],
		[{ errors: [{ code: "ECONNREFUSED" }], message: "" }],
	])("knows %j means the database is gone", (error) => {
		expect(isDatabaseUnavailable(error)).toBe(true);
	});

	it.each([
		[
			{
				code: "22021",
				message: 'invalid byte sequence for encoding "UTF8": 0x00',
			},
		],
		[{ code: "23505", message: "duplicate key value" }],
		[new TypeError("e.normalize is not a function")],
		[null],
		["ECONNREFUSED"],
	])("does not blame the database for %j", (error) => {
		expect(isDatabaseUnavailable(error)).toBe(false);
	});
});

describe("withJsonFailure", () => {
	const up = async () => false;
	const down = async () => true;

	it("passes answers below 500 through untouched", async () => {
		const response = new Response(null, { status: 404 });
		expect(await withJsonFailure(response, down)).toBe(response);
	});

	it("turns an empty 500 into JSON", async () => {
		const response = await withJsonFailure(
			new Response(null, { status: 500 }),
			up,
		);
		expect(response.status).toBe(500);
		expect(await response.json()).toMatchObject({ code: "internal_error" });
	});

	it("answers 503 with Retry-After when the database is down, whatever the router said", async () => {
		const json = Response.json({ message: "Failed" }, { status: 500 });
		const response = await withJsonFailure(json, down);
		expect(response.status).toBe(503);
		expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
		expect(await response.json()).toMatchObject({
			code: "database_unavailable",
		});
	});

	it("keeps the school plugin's own 503 (JSON with Retry-After) without probing the database", async () => {
		const own = Response.json(
			{ code: "unavailable", message: "Try again" },
			{ status: 503, headers: { "retry-after": "5" } },
		);
		const probe = vi.fn(down);
		expect(await withJsonFailure(own, probe)).toBe(own);
		expect(probe).not.toHaveBeenCalled();
	});

	it("keeps a JSON 500 that already explains itself", async () => {
		const json = Response.json({ code: "x", message: "y" }, { status: 500 });
		expect(await withJsonFailure(json, up)).toBe(json);
	});
});

describe("withoutErrorDetails", () => {
	it("drops the database's details from an error answer", async () => {
		const leaky = Response.json(
			{
				code: "FAILED_TO_CREATE_USER",
				message: "Failed to create user",
				details: { query: 'insert into "user" ...', params: ["x"] },
			},
			{ status: 422 },
		);
		const response = await withoutErrorDetails(leaky);
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({
			code: "FAILED_TO_CREATE_USER",
			message: "Failed to create user",
		});
	});

	it("leaves successful answers alone", async () => {
		const ok = Response.json({ details: "fine" });
		expect(await withoutErrorDetails(ok)).toBe(ok);
	});
});
