import { QueryClient } from "@tanstack/react-query";
import { cleanup, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	CATALOG_PAGE_SIZE,
	SCHOOL_QUERY_KEYS,
} from "../src/api/query-key-defs";
import { filtersFromQuery } from "../src/client/components/pages/catalog-filters";
import {
	isSchoolApiError,
	SchoolApiError,
	schoolFetch,
} from "../src/client/fetcher";
import {
	useEditableCourse,
	useInstructorCourses,
} from "../src/client/hooks/instructor-hooks";
import {
	useCourse,
	useCourseFacets,
	useCourses,
} from "../src/client/hooks/school-hooks";
import { schoolClientPlugin } from "../src/client/plugin";
import type { CourseList } from "../src/types";
import {
	API_BASE_PATH,
	API_BASE_URL,
	createTestQueryClient,
	makeCourse,
	makeCourseDetail,
	renderSchoolHook,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const target = { apiBaseURL: API_BASE_URL, apiBasePath: API_BASE_PATH };
const requests = (calls: { method: string; path: string }[]) =>
	calls.map((c) => `${c.method} ${c.path}`);

type Route = (ctx: {
	params?: Record<string, string>;
	query?: Record<string, string>;
}) => { loader?: () => Promise<void> };

/** Runs a route's loader as the server does (no `window`), then gives the browser back. */
async function runLoader(
	queryClient: QueryClient,
	route: "course" | "catalog",
	ctx: Parameters<Route>[0],
) {
	const routes = schoolClientPlugin({
		...target,
		siteBaseURL: "https://school.test",
		siteBasePath: "/pages",
		queryClient,
	}).routes() as unknown as Record<string, Route>;
	const browserWindow = globalThis.window;
	vi.stubGlobal("window", undefined);
	try {
		await routes[route]?.(ctx).loader?.();
	} finally {
		vi.stubGlobal("window", browserWindow);
	}
}

describe("one query table for loaders and hooks", () => {
	it("a course the loader prefetched is read by the hook without a second request", async () => {
		const course = makeCourseDetail();
		const calls = stubFetch({ "GET /school/courses/intro": { body: course } });
		const queryClient = createTestQueryClient();
		await runLoader(queryClient, "course", { params: { slug: "intro" } });
		expect(requests(calls)).toEqual(["GET /school/courses/intro"]);

		const { result } = renderSchoolHook(() => useCourse("intro"), {
			queryClient,
		});
		await waitFor(() => expect(result.current.data).toEqual(course));
		expect(requests(calls)).toEqual(["GET /school/courses/intro"]);
		expect(
			queryClient
				.getQueryCache()
				.getAll()
				.map((q) => q.queryKey),
		).toEqual([SCHOOL_QUERY_KEYS.course("intro")]);
	});

	it("the catalog page reads the page and facets its loader prefetched (app staleTime)", async () => {
		const list: CourseList = {
			items: [makeCourse()],
			total: 1,
			limit: CATALOG_PAGE_SIZE,
			offset: CATALOG_PAGE_SIZE,
		};
		const calls = stubFetch({
			"GET /school/courses": { body: list },
			"GET /school/courses/facets": {
				body: { categories: [], tags: [], difficulties: [] },
			},
		});
		// Apps give SSR data a staleTime (the demo: 60 s) so hydration does not refetch at once.
		const queryClient = new QueryClient({
			defaultOptions: { queries: { staleTime: 60_000, retry: false } },
		});
		const query = { difficulty: "advanced", page: "2" };
		await runLoader(queryClient, "catalog", { query });
		expect(calls).toHaveLength(2);

		const { result } = renderSchoolHook(
			() => ({
				courses: useCourses({
					...filtersFromQuery(query),
					limit: CATALOG_PAGE_SIZE,
				}),
				// The page asks for the facets under its filters, as the loader did.
				facets: useCourseFacets(filtersFromQuery(query)),
			}),
			{ queryClient },
		);
		expect(result.current.courses.data).toEqual(list);
		expect(result.current.facets.isSuccess).toBe(true);
		await new Promise((r) => setTimeout(r, 20));
		expect(calls).toHaveLength(2);
		expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
	});

	it("the sitemap pages through the catalog read and links each course", async () => {
		const page = (offset: number, count: number): CourseList => ({
			items: Array.from({ length: count }, (_, i) =>
				makeCourse({ id: `c${offset + i}`, slug: `course-${offset + i}` }),
			),
			total: 150,
			limit: 100,
			offset,
		});
		const calls = stubFetch({
			"GET /school/courses": (call) => {
				const offset = Number(call.search.get("offset"));
				return { body: page(offset, offset === 0 ? 100 : 50) };
			},
		});
		const sitemap = await schoolClientPlugin({
			...target,
			siteBaseURL: "https://school.test",
			siteBasePath: "/pages",
			queryClient: new QueryClient(),
		}).sitemap?.();
		expect(calls.map((c) => Object.fromEntries(c.search.entries()))).toEqual([
			{ sort: "newest", limit: "100", offset: "0" },
			{ sort: "newest", limit: "100", offset: "100" },
		]);
		expect(sitemap).toHaveLength(151);
		expect(sitemap?.[0]?.url).toBe("https://school.test/pages/learn");
		expect(sitemap?.[150]?.url).toBe(
			"https://school.test/pages/learn/course-149",
		);
	});
});

describe("the course editor's data", () => {
	it("useEditableCourse reads GET /school/instructor/courses/:id, not the instructor's list", async () => {
		const detail = makeCourseDetail({ id: "c101", status: "draft" });
		const calls = stubFetch({
			"GET /school/instructor/courses/c101": { body: detail },
		});
		const { result, queryClient } = renderSchoolHook(() =>
			useEditableCourse("c101"),
		);
		await waitFor(() => expect(result.current.summary).toEqual(detail));
		expect(requests(calls)).toEqual(["GET /school/instructor/courses/c101"]);
		expect(result.current.detail.data).toEqual(detail);
		expect(result.current.list).toEqual({ isPending: false, error: null });
		expect(
			queryClient.getQueryData(SCHOOL_QUERY_KEYS.instructorCourse("c101")),
		).toEqual(detail);
	});

	it("a course that is missing or not the caller's is not found, not an error", async () => {
		stubFetch({
			"GET /school/instructor/courses/gone": {
				status: 404,
				body: { code: "not_found", message: "Course not found" },
			},
			"GET /school/instructor/courses/theirs": {
				status: 403,
				body: { code: "forbidden", message: "Not your course" },
			},
		});
		for (const id of ["gone", "theirs"]) {
			const { result } = renderSchoolHook(() => useEditableCourse(id));
			await waitFor(() => expect(result.current.list.isPending).toBe(false));
			expect(result.current.summary).toBeUndefined();
			expect(result.current.list.error).toBeNull();
			expect(isSchoolApiError(result.current.detail.error)).toBe(true);
		}
	});

	it("other failures reach the editor as the lookup's error", async () => {
		stubFetch({
			"GET /school/instructor/courses/c1": {
				status: 500,
				body: { code: "internal", message: "Database unavailable" },
			},
		});
		const { result } = renderSchoolHook(() => useEditableCourse("c1"));
		await waitFor(() => expect(result.current.list.error).not.toBeNull());
		expect(result.current.list.error?.message).toBe("Database unavailable");
	});

	it("useInstructorCourses asks for the page it is given (first 100 by default)", async () => {
		const calls = stubFetch({
			"GET /school/instructor/courses": (call) => ({
				body: {
					items: [],
					total: 250,
					limit: Number(call.search.get("limit")),
					offset: Number(call.search.get("offset")),
				},
			}),
		});
		const first = renderSchoolHook(() => useInstructorCourses());
		const third = renderSchoolHook(() =>
			useInstructorCourses({ limit: 20, offset: 40 }),
		);
		await waitFor(() => expect(third.result.current.isSuccess).toBe(true));
		await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
		expect(calls.map((c) => Object.fromEntries(c.search.entries()))).toEqual(
			expect.arrayContaining([
				{ limit: "100", offset: "0" },
				{ limit: "20", offset: "40" },
			]),
		);
		expect(third.result.current.data?.total).toBe(250);
		expect(
			third.queryClient.getQueryData(
				SCHOOL_QUERY_KEYS.instructorCourses({ limit: 20, offset: 40 }),
			),
		).toMatchObject({ offset: 40 });
	});
});

describe("reading API failures", () => {
	/** The error a call fails with (the test fails if it succeeds). */
	async function failure(path: string) {
		try {
			await schoolFetch(target, path);
		} catch (error) {
			return error as SchoolApiError;
		}
		throw new Error(`${path} succeeded`);
	}
	const fail = (status: number, body: string) =>
		vi.stubGlobal(
			"fetch",
			vi.fn(async () => new Response(body, { status })),
		);

	it("reads {code, message, issues} and gives issue paths as strings", async () => {
		fail(
			400,
			JSON.stringify({
				code: "VALIDATION_ERROR",
				message: "Check the highlighted fields",
				issues: [
					{ path: ["content", "questions", 0, "prompt"], message: "Required" },
				],
			}),
		);
		const error = await failure("/school/courses");
		expect(error).toBeInstanceOf(SchoolApiError);
		expect(error).toMatchObject({
			status: 400,
			code: "VALIDATION_ERROR",
			message: "Check the highlighted fields",
			issues: [
				{ path: ["content", "questions", "0", "prompt"], message: "Required" },
			],
		});
		expect(isSchoolApiError(error, "VALIDATION_ERROR")).toBe(true);
		expect(isSchoolApiError(error, "course_full")).toBe(false);
	});

	it("a body that is not JSON gives http_<status> and a message for people, never the raw body", async () => {
		fail(502, "<html><body>Bad Gateway from nginx</body></html>");
		const error = await failure("/school/courses");
		expect(error).toMatchObject({ status: 502, code: "http_502" });
		expect(error.message).not.toMatch(/<|nginx/);
		expect(error.message.length).toBeGreaterThan(10);
		expect(error.issues).toBeUndefined();
	});

	it("a JSON error without code or message still has both", async () => {
		fail(404, "{}");
		const error = await failure("/school/x");
		expect(error).toMatchObject({ status: 404, code: "http_404" });
		expect(error.message).toBe("This could not be found.");
	});

	it("no answer at all is a network error", async () => {
		vi.stubGlobal(
			"fetch",
			vi.fn(async () => {
				throw new TypeError("Failed to fetch");
			}),
		);
		const error = await failure("/school/me");
		expect(error).toMatchObject({ status: 0, code: "network" });
		expect(error.message).not.toMatch(/Failed to fetch/);
	});

	it("a 2xx that is not JSON is an error, not null data", async () => {
		fail(200, "<html>Sign in to the proxy</html>");
		const error = await failure("/school/me");
		expect(error).toMatchObject({ status: 200, code: "invalid_response" });
	});
});
