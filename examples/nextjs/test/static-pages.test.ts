import { describe, expect, it } from "vitest";
import { pagePolicy, staticPagePolicy } from "../lib/security-headers";
import { livePath, staticPageDecision } from "../lib/static-pages";

const decide = (
	pathname: string,
	search = "",
	cookies: { name: string; value: string }[] = [],
) => staticPageDecision({ pathname, search, cookies });

describe("staticPageDecision", () => {
	it("serves the catalog and course pages statically to a visitor with nothing personal", () => {
		expect(decide("/pages/learn")).toBe("static");
		expect(decide("/pages/learn/")).toBe("static");
		expect(decide("/pages/learn/react-basics")).toBe("static");
		// Next.js's client-navigation key is not a filter.
		expect(decide("/pages/learn", "?_rsc=abc12")).toBe("static");
		expect(
			decide("/pages/learn", "", [
				{ name: "lang", value: "en" },
				{ name: "theme", value: "dark" },
			]),
		).toBe("static");
	});

	it("sends filters, sessions and other languages to the per-request route", () => {
		expect(decide("/pages/learn", "?q=python")).toBe("live");
		expect(decide("/pages/learn", "?difficulty=advanced&_rsc=x")).toBe("live");
		expect(
			decide("/pages/learn/x", "", [
				{ name: "better-auth.session_token", value: "abc" },
			]),
		).toBe("live");
		expect(
			decide("/pages/learn", "", [
				{ name: "__Secure-better-auth.session_token", value: "abc" },
			]),
		).toBe("live");
		expect(decide("/pages/learn", "", [{ name: "lang", value: "de" }])).toBe(
			"live",
		);
	});

	it("keeps the personal pages that share the course segment per request, and leaves the rest alone", () => {
		expect(decide("/pages/learn/me")).toBe("live");
		expect(decide("/pages/learn/instructor")).toBe("live");
		expect(decide("/pages/learn/live")).toBe("live");
		for (const path of [
			"/pages/learn/react-basics/lessons/l1",
			"/pages/learn/certificates/abc",
			"/pages/learn/instructor/courses/c1",
			"/pages/live/learn",
			"/sign-in",
			"/",
		])
			expect(decide(path), path).toBe("other");
	});

	it("rewrites to the live segment, which the catch-all drops", () => {
		expect(livePath("/pages/learn")).toBe("/pages/live/learn");
		expect(livePath("/pages/learn/me")).toBe("/pages/live/learn/me");
	});
});

describe("staticPagePolicy", () => {
	it("is the page policy with scripts from this origin or inline, and no nonce", () => {
		const policy = staticPagePolicy({ mediaOrigins: ["https://cdn.example"] });
		expect(policy).toContain("script-src 'self' 'unsafe-inline';");
		expect(policy).not.toContain("nonce");
		expect(policy).not.toContain("strict-dynamic");
		expect(policy).not.toContain("unsafe-eval");
		// Everything else as on per-request pages.
		const strip = (p: string) =>
			p
				.split("; ")
				.filter((d) => !d.startsWith("script-src"))
				.join("; ");
		expect(strip(policy)).toBe(
			strip(pagePolicy({ nonce: "n", mediaOrigins: ["https://cdn.example"] })),
		);
	});
});
