import { describe, expect, it } from "vitest";
import { safeNext } from "../lib/safe-next";

/** Where a browser on https://school.example would go for this Location header. */
function landsOn(location: string): string {
	return new URL(location, "https://school.example/sign-in").host;
}

describe("safeNext", () => {
	it.each([
		["/pages/learn", "/pages/learn"],
		["/pages/learn/react-from-scratch", "/pages/learn/react-from-scratch"],
		["/checkout/typescript-generics", "/checkout/typescript-generics"],
		["/pages/learn?q=web%20design#top", "/pages/learn?q=web%20design#top"],
		["/pages/learn/caf%C3%A9", "/pages/learn/caf%C3%A9"],
		// Non-ASCII comes back percent-encoded: always a valid header value.
		["/pages/learn/café", "/pages/learn/caf%C3%A9"],
	])("keeps the same-site path %j", (input, expected) => {
		expect(safeNext(input)).toBe(expected);
	});

	it.each([
		// Other hosts, spelled the obvious ways.
		"https://evil.example/x",
		"//evil.example/x",
		"/\\evil.example/x",
		"\\\\evil.example/x",
		"javascript:alert(1)",
		"pages/learn",
		"",
		// Whitespace the browser's URL parser drops, turning `/<tab>/host` into `//host`.
		"/\t/evil.example/x",
		"/\n/evil.example/x",
		"/\r\n/evil.example/x",
		"/ /evil.example/x",
		// Control characters that cannot go into a Location header at all (was a 500).
		"/\n/x",
		"/pages\u0000/learn",
		"/pages/learn\u007f",
		// Encoded slashes and dot segments that normalize into `//host`.
		"/%2F/evil.example/x",
		"/%2f%2fevil.example/x",
		"/%5C/evil.example/x",
		"/.//evil.example/x",
		"/%2e%2e//evil.example/x",
		"/./\\evil.example",
		// Too long to be a real return path.
		`/${"a".repeat(3000)}`,
	])("refuses %j", (input) => {
		expect(safeNext(input)).toBe("/pages/learn");
	});

	it("refuses what is not a single string, with the caller's fallback", () => {
		expect(safeNext(undefined)).toBe("/pages/learn");
		expect(safeNext(["/a", "/b"], "/home")).toBe("/home");
		expect(safeNext(42, "/home")).toBe("/home");
	});

	it("never answers with something a browser would resolve to another host", () => {
		const tricky = [
			"/%09/evil.example",
			"/\t/evil.example",
			"/.%2F/evil.example",
			"/%2e/%2e//evil.example",
			"/..//evil.example",
			"/a/../..//evil.example",
			"/\u3000/evil.example",
			"/\u00a0/evil.example",
		];
		for (const input of tricky) {
			const out = safeNext(input);
			expect(landsOn(out), `${JSON.stringify(input)} -> ${out}`).toBe(
				"school.example",
			);
			expect(out).toMatch(/^\/[^/\\]/);
			expect(out).toMatch(/^[\x21-\x7e]+$/);
		}
	});
});
