import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
	type RenderHookOptions,
	type RenderOptions,
	render,
	renderHook,
} from "@testing-library/react";
import { type ReactNode, Suspense } from "react";
import { vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../../src/api/query-key-defs";
import type { SchoolPluginOverrides } from "../../src/client/overrides";
import type {
	CourseAccess,
	CourseDetail,
	CourseSummary,
	EnrollmentDetail,
} from "../../src/types";
import { StackProvider } from "./btst-compat";

/** Tell React that updates are wrapped in act() by Testing Library. */
(
	globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

export const API_BASE_URL = "http://api.test";
export const API_BASE_PATH = "/api/data";

export function createTestQueryClient() {
	return new QueryClient({
		defaultOptions: {
			queries: { retry: false, gcTime: Number.POSITIVE_INFINITY },
			mutations: { retry: false },
		},
	});
}

/** One recorded `fetch` call, with the path relative to the API base path. */
export interface FetchCall {
	url: string;
	method: string;
	/** e.g. `/school/courses` (without `/api/data`). */
	path: string;
	search: URLSearchParams;
	headers: Headers;
	body: unknown;
	init: RequestInit;
}

export type StubResponse = { status?: number; body: unknown };
export type StubHandler = StubResponse | ((call: FetchCall) => StubResponse);

/**
 * Replaces `globalThis.fetch`. Routes are keyed `"METHOD /school/..."`; anything not
 * stubbed answers 404. Returns the list of calls, in order.
 */
export function stubFetch(routes: Record<string, StubHandler>) {
	const calls: FetchCall[] = [];
	vi.stubGlobal(
		"fetch",
		vi.fn(async (input: string | URL, init: RequestInit = {}) => {
			const url = new URL(String(input));
			const method = (init.method ?? "GET").toUpperCase();
			const path = url.pathname.startsWith(API_BASE_PATH)
				? url.pathname.slice(API_BASE_PATH.length)
				: url.pathname;
			const call: FetchCall = {
				url: String(input),
				method,
				path,
				search: url.searchParams,
				headers: new Headers(init.headers),
				body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
				init,
			};
			calls.push(call);
			const handler = routes[`${method} ${path}`];
			const res =
				typeof handler === "function"
					? handler(call)
					: (handler ?? {
							status: 404,
							body: { message: `not stubbed: ${method} ${path}` },
						});
			return new Response(JSON.stringify(res.body), {
				status: res.status ?? 200,
				headers: { "content-type": "application/json" },
			});
		}),
	);
	return calls;
}

export interface SchoolTestOptions {
	queryClient?: QueryClient;
	overrides?: Partial<SchoolPluginOverrides>;
	basePath?: string;
}

/** The providers a school page needs: React Query, then BTST's overrides and base path. */
export function SchoolTestProviders({
	queryClient,
	overrides,
	basePath,
	children,
}: {
	queryClient: QueryClient;
	overrides: { school: Partial<SchoolPluginOverrides> };
	basePath: string;
	children?: ReactNode;
}) {
	return (
		<QueryClientProvider client={queryClient}>
			<StackProvider basePath={basePath} overrides={overrides}>
				<Suspense fallback={<p>suspended</p>}>{children}</Suspense>
			</StackProvider>
		</QueryClientProvider>
	);
}

function setup(options: SchoolTestOptions) {
	const queryClient = options.queryClient ?? createTestQueryClient();
	const navigate = vi.fn<(path: string) => void>();
	// Created once so the provider's value (and `useSchool`'s memo) stays stable.
	const overrides = {
		school: {
			apiBaseURL: API_BASE_URL,
			apiBasePath: API_BASE_PATH,
			navigate,
			...options.overrides,
		},
	};
	const wrapper = ({ children }: { children?: ReactNode }) => (
		<SchoolTestProviders
			queryClient={queryClient}
			overrides={overrides}
			basePath={options.basePath ?? "/pages"}
		>
			{children}
		</SchoolTestProviders>
	);
	return { queryClient, navigate, wrapper };
}

/** Renders inside a fresh QueryClient and `StackProvider` with the school overrides. */
export function renderWithSchool(
	ui: ReactNode,
	options: SchoolTestOptions & Omit<RenderOptions, "wrapper"> = {},
) {
	const { queryClient, navigate, wrapper } = setup(options);
	const { queryClient: _q, overrides: _o, basePath: _b, ...rest } = options;
	return {
		queryClient,
		navigate,
		...render(ui, { wrapper, ...rest }),
	};
}

export function renderSchoolHook<Result, Props>(
	hook: (props: Props) => Result,
	options: SchoolTestOptions &
		Omit<RenderHookOptions<Props>, "wrapper" | "queries" | "container"> = {},
) {
	const { queryClient, navigate, wrapper } = setup(options);
	const { queryClient: _q, overrides: _o, basePath: _b, ...rest } = options;
	return {
		queryClient,
		navigate,
		...renderHook(hook, { wrapper, ...rest }),
	};
}

export function makeCourse(
	overrides: Partial<CourseSummary> = {},
): CourseSummary {
	return {
		id: "c1",
		title: "Intro to React",
		slug: "intro",
		description: "Learn **React**",
		coverImage: null,
		instructorId: "i1",
		instructorName: "Ivy Teacher",
		category: "Web",
		tags: ["react"],
		difficulty: "beginner",
		durationMins: null,
		price: 0,
		currency: "USD",
		status: "published",
		maxStudents: null,
		lessonCount: 3,
		totalDurationMins: 45,
		enrollmentCount: 2,
		rating: { average: null, count: 0 },
		subtitle: null,
		createdAt: new Date(0).toISOString(),
		updatedAt: new Date(0).toISOString(),
		...overrides,
	};
}

/** A course with one section (video, text) and one unsectioned quiz. */
export function makeCourseDetail(
	overrides: Partial<CourseDetail> = {},
): CourseDetail {
	return {
		...makeCourse(),
		outcomes: [],
		requirements: [],
		audience: null,
		promoVideoUrl: null,
		instructorBio: null,
		instructorAvatar: null,
		sections: [
			{
				id: "s1",
				title: "Basics",
				order: 0,
				lessons: [
					{
						id: "l1",
						sectionId: "s1",
						title: "Welcome",
						type: "video",
						durationMins: 5,
						order: 0,
						isFreePreview: true,
					},
					{
						id: "l2",
						sectionId: "s1",
						title: "Components",
						type: "text",
						durationMins: 10,
						order: 1,
						isFreePreview: false,
					},
				],
			},
		],
		unsectionedLessons: [
			{
				id: "l3",
				sectionId: null,
				title: "Check yourself",
				type: "quiz",
				durationMins: null,
				order: 0,
				isFreePreview: false,
			},
		],
		lessonOrder: ["l1", "l2", "l3"],
		...overrides,
	};
}

/** An active enrollment on course `c1` with nothing done yet. */
export function makeEnrollmentDetail(
	overrides: Partial<EnrollmentDetail> = {},
): EnrollmentDetail {
	return {
		id: "e1",
		courseId: "c1",
		userId: "u1",
		status: "enrolled",
		progressPct: 0,
		lastLessonId: null,
		certificateId: null,
		paymentRef: null,
		enrolledAt: new Date(0).toISOString(),
		completedAt: null,
		lastActivityAt: null,
		lessons: [],
		completedLessons: 0,
		totalLessons: 3,
		resume: null,
		continueLessonId: null,
		...overrides,
	};
}

/** The access answer for a visitor who is not signed in. */
export const signedOutAccess: CourseAccess = {
	signedIn: false,
	canManage: false,
	enrollment: null,
};

/**
 * Renders a page with `fetch` stubbed by `routes` and `course` already in the cache (as the
 * route loader leaves it); returns the recorded calls with the render result.
 */
export function renderWithCourse(
	ui: ReactNode,
	course: CourseDetail,
	routes: Record<string, StubHandler>,
	options: Omit<SchoolTestOptions, "queryClient"> = {},
) {
	const calls = stubFetch(routes);
	const queryClient = createTestQueryClient();
	queryClient.setQueryData(SCHOOL_QUERY_KEYS.course(course.slug), course);
	return { calls, ...renderWithSchool(ui, { ...options, queryClient }) };
}
