import { Pool } from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPgPool } from "../lib/db";

describe("createPgPool", () => {
	afterEach(() => vi.restoreAllMocks());

	it("survives a lost idle connection: logged once per burst, never thrown", async () => {
		const log = vi.spyOn(console, "error").mockImplementation(() => {});
		// Nothing listens on port 1: the pool is never used, only its events.
		const pool = createPgPool(Pool, "postgres://u:p@127.0.0.1:1/none");
		const lost = Object.assign(
			new Error("terminating connection due to administrator command"),
			{ code: "57P01" },
		);
		// An EventEmitter without an `error` listener throws here (an uncaught exception).
		expect(() => {
			for (let i = 0; i < 10; i++) pool.emit("error", lost);
		}).not.toThrow();
		expect(log).toHaveBeenCalledTimes(1);
		expect(String(log.mock.calls[0]?.[0])).toMatch(
			/idle database connection lost/,
		);
		await pool.end();
	});

	it("gives up connecting after a timeout instead of waiting forever", () => {
		const pool = createPgPool(Pool, "postgres://u:p@127.0.0.1:1/none");
		expect(
			(pool as unknown as { options: { connectionTimeoutMillis: number } })
				.options.connectionTimeoutMillis,
		).toBeGreaterThan(0);
		return pool.end();
	});
});
