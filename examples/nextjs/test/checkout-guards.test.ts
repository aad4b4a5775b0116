import { describe, expect, it } from "vitest";
import {
	CHECKOUT_ERRORS,
	checkoutErrorMessage,
	enrollErrorCode,
} from "../lib/checkout-errors";
import { isFromOwnSite } from "../lib/request-origin";

const site = [
	"https://school.example",
	"http://localhost:3000",
	"http://127.0.0.1:3000",
];
const headers = (h: Record<string, string>) => new Headers(h);

describe("isFromOwnSite", () => {
	it("accepts the configured public origin and loopback, whatever request.url says", () => {
		expect(
			isFromOwnSite(headers({ origin: "https://school.example" }), site),
		).toBe(true);
		expect(
			isFromOwnSite(headers({ origin: "http://127.0.0.1:3000" }), site),
		).toBe(true);
		expect(
			isFromOwnSite(headers({ origin: "http://localhost:3000" }), site),
		).toBe(true);
	});

	it("refuses other origins, sibling ports and opaque origins", () => {
		for (const origin of [
			"https://evil.example",
			"http://localhost:3001",
			"https://school.example.evil.example",
			"null",
			"not a url",
		]) {
			expect(isFromOwnSite(headers({ origin }), site), origin).toBe(false);
		}
	});

	it("without Origin, trusts only same-origin or direct navigation by Sec-Fetch-Site", () => {
		expect(isFromOwnSite(headers({}), site)).toBe(true);
		expect(
			isFromOwnSite(headers({ "sec-fetch-site": "same-origin" }), site),
		).toBe(true);
		expect(
			isFromOwnSite(headers({ "sec-fetch-site": "same-site" }), site),
		).toBe(false);
		expect(
			isFromOwnSite(headers({ "sec-fetch-site": "cross-site" }), site),
		).toBe(false);
	});
});

describe("checkout error codes", () => {
	it("shows only the site's own sentences", () => {
		expect(checkoutErrorMessage("full")).toBe(CHECKOUT_ERRORS.full);
		expect(checkoutErrorMessage("Call +1 555 to pay instead")).toBeNull();
		expect(checkoutErrorMessage("toString")).toBeNull();
		expect(checkoutErrorMessage(["full"])).toBeNull();
	});

	it("maps the plugin's enroll failures", () => {
		expect(enrollErrorCode(409, "course_full")).toBe("full");
		expect(enrollErrorCode(409, "busy")).toBe("busy");
		expect(enrollErrorCode(503, undefined)).toBe("unavailable");
		expect(enrollErrorCode(500, undefined)).toBe("failed");
	});
});
