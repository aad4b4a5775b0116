import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	DEFAULT_LOCALE,
	schoolFormat,
} from "../src/client/components/shared/format";
import { SchoolApiError, schoolFetch } from "../src/client/fetcher";
import { schoolClientPlugin } from "../src/client/plugin";
import { currencyDigits, isCurrencyCode, toMajorUnits } from "../src/money";
import { createCourseSchema } from "../src/schemas";

afterEach(() => {
	vi.unstubAllGlobals();
});

/** Intl separates currency and number with a no-break space in some locales: compare plainly. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("money in minor units", () => {
	it("takes each currency's digits from Intl", () => {
		expect(currencyDigits("JPY")).toBe(0);
		expect(currencyDigits("USD")).toBe(2);
		expect(currencyDigits("KWD")).toBe(3);
		expect(toMajorUnits(4900, "JPY")).toBe(4900);
		expect(toMajorUnits(4900, "USD")).toBe(49);
		expect(toMajorUnits(12345, "KWD")).toBe(12.345);
	});

	it("accepts ISO 4217 codes only, and integer prices only", () => {
		expect(isCurrencyCode("EUR")).toBe(true);
		expect(isCurrencyCode("XYZ")).toBe(false);
		const ok = createCourseSchema.safeParse({
			title: "T",
			price: 12345,
			currency: "kwd",
		});
		expect(ok.success && ok.data.currency).toBe("KWD");
		expect(
			createCourseSchema.safeParse({ title: "T", currency: "ABC" }).success,
		).toBe(false);
		expect(
			createCourseSchema.safeParse({ title: "T", price: 49.5 }).success,
		).toBe(false);
	});
});

describe("schoolFormat", () => {
	it("formats prices in the currency's own unit for the locale", () => {
		const us = schoolFormat({ locale: "en-US" });
		expect(us.price(4900, "USD")).toBe("$49.00");
		expect(us.price(4900, "JPY")).toBe("¥4,900");
		expect(plain(us.price(12345, "KWD"))).toBe("KWD 12.345");
		const de = schoolFormat({ locale: "de-DE" });
		expect(plain(de.price(4900, "EUR"))).toBe("49,00 €");
		expect(plain(de.price(12345, "KWD"))).toBe("12,345 KWD");
		const ja = schoolFormat({ locale: "ja-JP" });
		expect(ja.price(4900, "JPY")).toMatch(/^[¥￥]4,900$/);
	});

	it("never uses the runtime's locale or time zone", () => {
		const fallback = schoolFormat();
		expect(fallback.locale).toBe(DEFAULT_LOCALE);
		expect(fallback.timeZone).toBe("UTC");
		// Late on 31 December in UTC is already 1 January in Tokyo.
		const iso = "2025-12-31T20:00:00.000Z";
		expect(fallback.date(iso)).toBe("December 31, 2025");
		expect(schoolFormat({ locale: "de-DE" }).date(iso)).toBe(
			"31. Dezember 2025",
		);
		expect(
			schoolFormat({ locale: "ja-JP", timeZone: "Asia/Tokyo" }).date(iso),
		).toBe("2026年1月1日");
	});

	it("falls back instead of throwing on unknown settings", () => {
		const bad = schoolFormat({
			locale: "no-such-LOCALE-x",
			timeZone: "Mars/Base",
		});
		expect(bad.timeZone).toBe("UTC");
		expect(bad.date("2026-01-01T00:00:00Z")).toContain("2026");
		// A well-formed but unknown code still formats (two digits), it never throws.
		expect(plain(schoolFormat().price(100, "ZZZ"))).toBe("ZZZ 1.00");
		expect(schoolFormat({ locale: "de-DE" }).number(1234.5)).toBe("1.234,5");
	});
});

describe("localized API errors", () => {
	it("maps the error code to the app's message, else keeps the server's", async () => {
		vi.stubGlobal(
			"fetch",
			async () =>
				new Response(
					JSON.stringify({
						code: "course_full",
						message: "This course is full",
					}),
					{ status: 409 },
				),
		);
		const target = { apiBaseURL: "http://api.test", apiBasePath: "/api" };
		const german = {
			...target,
			errorMessages: { course_full: "Kurs ist voll" },
		};
		const localized = await schoolFetch<never>(german, "/x").catch(
			(e: Error) => e,
		);
		expect(localized).toBeInstanceOf(SchoolApiError);
		expect(localized).toMatchObject({
			status: 409,
			code: "course_full",
			message: "Kurs ist voll",
		});
		const english = await schoolFetch<never>(target, "/x").catch(
			(e: Error) => e,
		);
		expect(english.message).toBe("This course is full");
	});

	it("localizes the client's own failures (no connection) by code too", async () => {
		vi.stubGlobal("fetch", async () => {
			throw new TypeError("fetch failed");
		});
		const error = await schoolFetch(
			{
				apiBaseURL: "http://api.test",
				apiBasePath: "/api",
				errorMessages: { network: "Keine Verbindung" },
			},
			"/x",
		).catch((e) => e);
		expect(error).toMatchObject({
			code: "network",
			message: "Keine Verbindung",
		});
	});
});

describe("localized meta", () => {
	it("titles and descriptions come from the config's localization, og:locale from its locale", () => {
		const queryClient = new QueryClient();
		const routes = schoolClientPlugin({
			apiBaseURL: "http://api.test",
			apiBasePath: "/api/data",
			siteBaseURL: "https://school.test",
			siteBasePath: "/pages",
			queryClient,
			locale: "de-DE",
			localization: {
				catalogTitle: "Kurse",
				metaCatalogDescription: "Alle Kurse.",
				myCoursesTitle: "Mein Lernen",
			},
		}).routes();
		type Meta = {
			title?: string;
			name?: string;
			property?: string;
			content?: string;
		}[];
		const catalog = (
			routes.catalog as unknown as (ctx: { query: Record<string, string> }) => {
				meta: () => Meta;
			}
		)({ query: {} }).meta();
		expect(catalog.find((m) => m.title)?.title).toBe("Kurse");
		expect(catalog.find((m) => m.name === "description")?.content).toBe(
			"Alle Kurse.",
		);
		expect(catalog.find((m) => m.property === "og:locale")?.content).toBe(
			"de_DE",
		);
		const mine = (
			routes.myCourses as unknown as () => { meta: () => Meta }
		)().meta();
		expect(mine.find((m) => m.title)?.title).toBe("Mein Lernen");
	});
});
