import { describe, expect, it } from "vitest";
import {
	containsNul,
	guardRequest,
	isDecodablePath,
} from "../lib/request-guard";

const LIMIT = 1024;

function post(
	body: BodyInit | null,
	type = "application/json",
	url = "http://localhost/api/data/school/courses",
) {
	return new Request(url, {
		method: "POST",
		headers: type ? { "content-type": type } : {},
		body,
	});
}

async function refusal(request: Request) {
	const result = await guardRequest(request, { maxBodyBytes: LIMIT });
	if (result.ok) throw new Error("expected the request to be refused");
	return {
		status: result.response.status,
		body: (await result.response.json()) as { code: string; message: string },
	};
}

describe("guardRequest", () => {
	it("passes a valid JSON body on with the same bytes, and its parsed value", async () => {
		const body = JSON.stringify({ title: "Café ☕", n: 1 });
		const result = await guardRequest(post(body), { maxBodyBytes: LIMIT });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.json).toEqual({ title: "Café ☕", n: 1 });
		expect(await result.request.text()).toBe(body);
		expect(result.request.method).toBe("POST");
		expect(result.request.headers.get("content-type")).toBe("application/json");
	});

	it("passes GET requests untouched", async () => {
		const request = new Request(
			"http://localhost/api/data/school/courses?q=react",
		);
		const result = await guardRequest(request, { maxBodyBytes: LIMIT });
		expect(result.ok && result.request).toBe(request);
	});

	it.each([
		["{bad", "invalid_json"],
		['{"a":1', "invalid_json"],
		['{"title":"a\\u0000b"}', "invalid_text"],
		['{"a\\u0000":1}', "invalid_text"],
		['[["x\\u0000"]]', "invalid_text"],
	])("refuses the JSON body %j with 400 %s", async (body, code) => {
		expect(await refusal(post(body))).toMatchObject({
			status: 400,
			body: { code },
		});
	});

	it("refuses a JSON body that is not UTF-8", async () => {
		const bytes = new Uint8Array([
			0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d,
		]);
		expect(await refusal(post(bytes))).toMatchObject({
			status: 400,
			body: { code: "invalid_encoding" },
		});
	});

	it("also parses JSON sent as application/vnd.api+json (as the router would)", async () => {
		expect(
			await refusal(post("{bad", "application/vnd.api+json; charset=utf-8")),
		).toMatchObject({
			status: 400,
		});
	});

	it("passes an empty body on as no body", async () => {
		const result = await guardRequest(post(""), { maxBodyBytes: LIMIT });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.request.body).toBeNull();
	});

	it("refuses bodies over the limit with 413, declared or streamed", async () => {
		const big = "x".repeat(LIMIT + 1);
		expect(await refusal(post(JSON.stringify(big)))).toMatchObject({
			status: 413,
			body: { code: "payload_too_large" },
		});
		// No content-length: the stream is cut off at the limit.
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(400));
				controller.close();
			},
		});
		const streamed = new Request("http://localhost/api/data/x", {
			method: "POST",
			headers: { "content-type": "text/plain" },
			body: stream,
			duplex: "half",
		} as RequestInit);
		expect((await refusal(streamed)).status).toBe(413);
		// Exactly the limit is fine.
		const exact = await guardRequest(post("y".repeat(LIMIT), "text/plain"), {
			maxBodyBytes: LIMIT,
		});
		expect(exact.ok).toBe(true);
	});

	it("refuses a path that is not valid percent-encoding, and NUL in the query", async () => {
		expect(
			await refusal(
				new Request("http://localhost/api/data/school/courses/%E9"),
			),
		).toMatchObject({
			status: 400,
			body: { code: "invalid_path" },
		});
		expect(
			await refusal(
				new Request("http://localhost/api/data/school/courses?q=%00"),
			),
		).toMatchObject({
			status: 400,
			body: { code: "invalid_text" },
		});
	});
});

describe("isDecodablePath / containsNul", () => {
	it("tells decodable paths from broken ones", () => {
		expect(isDecodablePath("/pages/learn/caf%C3%A9")).toBe(true);
		expect(isDecodablePath("/pages/learn/%E9")).toBe(false);
		expect(isDecodablePath("/pages/learn/%")).toBe(false);
		expect(isDecodablePath("/pages/learn/%00")).toBe(false);
	});
	it("finds NUL anywhere in a JSON value", () => {
		expect(containsNul({ a: [1, { b: "ok" }] })).toBe(false);
		expect(containsNul({ a: [1, { b: "o\u0000k" }] })).toBe(true);
	});
});
