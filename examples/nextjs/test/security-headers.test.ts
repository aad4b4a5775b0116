import { describe, expect, it } from "vitest";
import {
	API_POLICY,
	createNonce,
	pagePolicy,
	parseOrigins,
	STATIC_SECURITY_HEADERS,
} from "../lib/security-headers";

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy.split(";").map((d) => {
			const [name = "", ...values] = d.trim().split(/\s+/);
			return [name, values];
		}),
	);
}

describe("pagePolicy", () => {
	const page = directives(pagePolicy({ nonce: "abc123==" }));

	it("runs scripts only with the nonce, never inline or eval in production", () => {
		const scripts = page.get("script-src") ?? [];
		expect(scripts).toContain("'nonce-abc123=='");
		expect(scripts).toContain("'strict-dynamic'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(page.get("object-src")).toEqual(["'none'"]);
		expect(page.get("base-uri")).toEqual(["'self'"]);
	});

	it("can never be framed, and posts forms only to itself", () => {
		expect(page.get("frame-ancestors")).toEqual(["'none'"]);
		expect(page.get("form-action")).toEqual(["'self'"]);
	});

	it("lets the lesson player work: local media and captions, YouTube and Vimeo embeds", () => {
		expect(page.get("media-src")).toContain("'self'");
		expect(page.get("frame-src")).toEqual([
			"https://www.youtube-nocookie.com",
			"https://www.youtube.com",
			"https://player.vimeo.com",
		]);
	});

	it("adds media origins, dev allowances and https upgrades only when asked", () => {
		const custom = directives(
			pagePolicy({
				nonce: "n",
				dev: true,
				mediaOrigins: ["https://cdn.example"],
				upgradeInsecure: true,
			}),
		);
		expect(custom.get("img-src")).toContain("https://cdn.example");
		expect(custom.get("media-src")).toContain("https://cdn.example");
		expect(custom.get("script-src")).toContain("'unsafe-eval'");
		expect(custom.has("upgrade-insecure-requests")).toBe(true);
		expect(page.has("upgrade-insecure-requests")).toBe(false);
	});
});

describe("other headers", () => {
	it("API answers load nothing and cannot be framed", () => {
		const api = directives(API_POLICY);
		expect(api.get("default-src")).toEqual(["'none'"]);
		expect(api.get("frame-ancestors")).toEqual(["'none'"]);
	});

	it("static headers: nosniff, DENY, a referrer policy", () => {
		expect(STATIC_SECURITY_HEADERS).toMatchObject({
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options": "DENY",
			"Referrer-Policy": "strict-origin-when-cross-origin",
		});
	});

	it("parseOrigins keeps only http(s) origins", () => {
		expect(
			parseOrigins(
				" https://cdn.example/videos/ , javascript:alert(1), nonsense, http://a.test:8080;x ,",
			),
		).toEqual(["https://cdn.example"]);
		expect(parseOrigins(undefined)).toEqual([]);
	});

	it("nonces are fresh and base64", () => {
		const a = createNonce();
		expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
		expect(createNonce()).not.toBe(a);
	});
});
