import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../src/api/query-key-defs";
import {
	filtersFromQuery,
	queryFromFilters,
} from "../src/client/components/pages/catalog-filters";
import { courseJsonLd } from "../src/client/components/pages/course-json-ld";
import { embedUrl } from "../src/client/components/shared/video-player";
import { schoolClientPlugin } from "../src/client/plugin";
import type { CourseDetail } from "../src/types";

const course: CourseDetail = {
	id: "c1",
	title: "Intro </script><script>alert(1)</script>",
	slug: "intro",
	description: "Learn **things**",
	coverImage: "/covers/intro.svg",
	instructorId: "i1",
	instructorName: "Ivy",
	category: "Web",
	tags: ["react"],
	difficulty: "beginner",
	durationMins: null,
	price: 4900,
	currency: "USD",
	status: "published",
	maxStudents: null,
	lessonCount: 2,
	totalDurationMins: 30,
	enrollmentCount: 3,
	rating: { average: 4.5, count: 12 },
	subtitle: null,
	outcomes: [],
	requirements: [],
	audience: null,
	promoVideoUrl: null,
	instructorBio: null,
	instructorAvatar: null,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
	sections: [],
	unsectionedLessons: [],
	lessonOrder: [],
};

function plugin(queryClient = new QueryClient()) {
	return {
		queryClient,
		routes: schoolClientPlugin({
			apiBaseURL: "http://api.test",
			apiBasePath: "/api/data",
			siteBaseURL: "https://school.test",
			siteBasePath: "/pages",
			queryClient,
			headers: { cookie: "session=abc" },
		}).routes(),
	};
}

function stubFetch(routes: Record<string, { status?: number; body: unknown }>) {
	const calls: { url: string; headers: Headers }[] = [];
	vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
		calls.push({ url, headers: new Headers(init?.headers) });
		const path = new URL(url).pathname;
		const match = routes[path];
		return new Response(JSON.stringify(match?.body ?? { message: "nope" }), {
			status: match ? (match.status ?? 200) : 404,
		});
	});
	return calls;
}

afterEach(() => vi.unstubAllGlobals());

type Meta = {
	title?: string;
	name?: string;
	property?: string;
	content?: string;
}[];
type Resolved = { loader?: () => Promise<void>; meta: () => Meta };
/** A yar route is a function of its context that returns the page, loader and meta. */
const _resolve = (
	route: unknown,
	ctx: { params?: Record<string, string>; query?: Record<string, string> },
) => (route as (c: typeof ctx) => Resolved)(ctx);

describe("catalog filters in the URL", () => {
	it("round-trips filters and drops values that are not on the fixed lists", () => {
		const filters = filtersFromQuery({
			q: "react",
			difficulty: "advanced",
			price: "paid",
			sort: "popular",
			page: "2",
		});
		expect(filters).toMatchObject({
			q: "react",
			difficulty: "advanced",
			price: "paid",
			sort: "popular",
		});
		expect(
			filtersFromQuery({
				q: queryFromFilters(filters) && "react",
				...Object.fromEntries(new URLSearchParams(queryFromFilters(filters))),
			}),
		).toEqual(filters);
		expect(filtersFromQuery({ sort: "title; drop table course" })).toEqual({});
	});
});

describe("course JSON-LD", () => {
	it("is a schema.org Course that cannot close its script tag", () => {
		const json = courseJsonLd(course);
		expect(json).not.toContain("</script>");
		const data = JSON.parse(json);
		expect(data["@type"]).toBe("Course");
		expect(data.name).toBe(course.title);
		expect(data.offers).toMatchObject({ price: "49.00", priceCurrency: "USD" });
	});

	it("states the offer's price in the currency's own unit (JPY 0 digits, KWD 3)", () => {
		const yen = JSON.parse(
			courseJsonLd({ ...course, price: 4900, currency: "JPY" }),
		);
		expect(yen.offers).toMatchObject({ price: "4900", priceCurrency: "JPY" });
		const dinar = JSON.parse(
			courseJsonLd({ ...course, price: 12345, currency: "KWD" }),
		);
		expect(dinar.offers).toMatchObject({ price: "12.345" });
	});
});

describe("video URLs", () => {
	it("plays YouTube and Vimeo in their embeds and files directly", () => {
		expect(embedUrl("https://www.youtube.com/watch?v=abc123")).toBe(
			"https://www.youtube-nocookie.com/embed/abc123",
		);
		expect(embedUrl("https://youtu.be/abc123")).toBe(
			"https://www.youtube-nocookie.com/embed/abc123",
		);
		expect(embedUrl("https://vimeo.com/76979871")).toBe(
			"https://player.vimeo.com/video/76979871",
		);
		expect(embedUrl("/media/intro.webm")).toBeNull();
	});
});

describe("loaders and meta", () => {
	it("the course loader prefetches under the hooks' key with the request's cookie, and meta reads it", async () => {
		const calls = stubFetch({
			"/api/data/school/courses/intro": { body: course },
		});
		const { routes, queryClient } = plugin();
		vi.stubGlobal("window", undefined);
		const resolved = (
			routes.course as unknown as (ctx: { params: { slug: string } }) => {
				loader: () => Promise<void>;
				meta: () => {
					title?: string;
					name?: string;
					property?: string;
					content?: string;
				}[];
			}
		)({ params: { slug: "intro" } });
		await resolved.loader?.();
		expect(calls[0]?.url).toBe("http://api.test/api/data/school/courses/intro");
		expect(calls[0]?.headers.get("cookie")).toBe("session=abc");
		expect(queryClient.getQueryData(SCHOOL_QUERY_KEYS.course("intro"))).toEqual(
			course,
		);
		const meta = resolved.meta();
		expect(meta.find((m) => m.title)?.title).toBe(course.title);
		expect(meta.find((m) => m.property === "og:url")?.content).toBe(
			"https://school.test/pages/learn/intro",
		);
		expect(meta.find((m) => m.name === "robots")?.content).toBe(
			"index, follow",
		);
		expect(meta.find((m) => m.property === "og:image")?.content).toBe(
			"https://school.test/covers/intro.svg",
		);
	});

	it("a loader never throws: an API failure is reported to onLoadError and the page retries", async () => {
		vi.stubGlobal("fetch", async () => {
			throw new Error("connection refused");
		});
		vi.stubGlobal("window", undefined);
		const queryClient = new QueryClient();
		const onLoadError = vi.fn();
		const routes = schoolClientPlugin({
			apiBaseURL: "http://api.test",
			apiBasePath: "/api/data",
			siteBaseURL: "https://school.test",
			siteBasePath: "/pages",
			queryClient,
			hooks: { onLoadError },
		}).routes();
		const resolved = (
			routes.catalog as unknown as (ctx: { query: Record<string, string> }) => {
				loader: () => Promise<void>;
			}
		)({ query: {} });
		await expect(resolved.loader?.()).resolves.toBeUndefined();
		expect(onLoadError).toHaveBeenCalled();
	});

	it("unknown courses and private pages are noindex", async () => {
		stubFetch({});
		vi.stubGlobal("window", undefined);
		const { routes } = plugin();
		const missing = (
			routes.course as unknown as (ctx: { params: { slug: string } }) => {
				loader: () => Promise<void>;
				meta: () => { name?: string; content?: string }[];
			}
		)({ params: { slug: "missing" } });
		await missing.loader?.();
		expect(missing.meta().find((m) => m.name === "robots")?.content).toBe(
			"noindex, nofollow",
		);
		const portal = (
			routes.myCourses as unknown as () => {
				meta: () => { name?: string; content?: string }[];
			}
		)();
		expect(portal.meta().find((m) => m.name === "robots")?.content).toBe(
			"noindex, nofollow",
		);
	});
});
