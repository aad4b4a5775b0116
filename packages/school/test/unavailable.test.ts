import { describe, expect, it } from "vitest";
import { asSchoolError, isUnavailable } from "../src/api/errors";

/** Which database errors mean "unavailable, retry" (503) and which stay unexpected (500). */
describe("isUnavailable", () => {
	const withCode = (code: string, message = "x") =>
		Object.assign(new Error(message), { code });

	it("recognises lost connections, shutdowns and exhausted connection slots", () => {
		for (const error of [
			withCode("ECONNREFUSED"),
			withCode("ECONNRESET"),
			withCode("ETIMEDOUT"),
			withCode("08006"), // connection failure
			withCode("08001"),
			withCode("57P01"), // admin shutdown (pg_ctl restart -m fast)
			withCode("57P02"),
			withCode("57P03"), // cannot connect now (starting up)
			withCode("53300"), // too many connections
			new Error("Connection terminated unexpectedly"),
			new Error("Connection terminated due to connection timeout"),
			new Error("timeout exceeded when trying to connect"),
			new Error("wrapped", { cause: withCode("ECONNREFUSED") }),
			new AggregateError([withCode("ECONNREFUSED")], ""),
		]) {
			expect(isUnavailable(error), String(error)).toBe(true);
			const known = asSchoolError(error);
			expect(known?.status).toBe(503);
			expect(known?.code).toBe("unavailable");
		}
	});

	it("leaves query errors, constraint errors and bugs alone", () => {
		for (const error of [
			withCode("22021", "invalid byte sequence for encoding"),
			withCode("42P01", 'relation "x" does not exist'),
			withCode("57014", "canceling statement due to statement timeout"),
			new TypeError("Cannot read properties of undefined"),
			"a string",
			null,
		]) {
			expect(isUnavailable(error), String(error)).toBe(false);
		}
		expect(isUnavailable(withCode("23505"))).toBe(false);
	});
});
