import { act, cleanup, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../src/api/query-key-defs";
import { SchoolApiError } from "../src/client/fetcher";
import {
	useCourses,
	useEnroll,
	useEnrollment,
	useLessonProgress,
	useSubmitQuiz,
} from "../src/client/hooks/school-hooks";
import { useSchool } from "../src/client/hooks/use-school";
import { defaultSchoolLocalization } from "../src/client/localization";
import type { CourseAccess, CourseList } from "../src/types";
import {
	createTestQueryClient,
	makeCourse,
	renderSchoolHook,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const enrollment = {
	id: "e1",
	courseId: "c1",
	userId: "u1",
	status: "enrolled" as const,
	progressPct: 0,
	lastLessonId: null,
	certificateId: null,
	paymentRef: null,
	enrolledAt: new Date(0).toISOString(),
	completedAt: null,
	lastActivityAt: null,
};

/** Seeds queries so we can see which ones a mutation invalidates. */
function seed(queryClient = createTestQueryClient()) {
	const keys = {
		enrollment: SCHOOL_QUERY_KEYS.enrollment("c1"),
		otherEnrollment: SCHOOL_QUERY_KEYS.enrollment("c2"),
		myEnrollments: SCHOOL_QUERY_KEYS.myEnrollments(),
		course: SCHOOL_QUERY_KEYS.course("intro"),
		attempts: SCHOOL_QUERY_KEYS.attempts("l1"),
	};
	for (const key of Object.values(keys)) queryClient.setQueryData(key, {});
	const invalidated = () =>
		Object.fromEntries(
			Object.entries(keys).map(([name, key]) => [
				name,
				queryClient.getQueryState(key)?.isInvalidated ?? false,
			]),
		);
	return { queryClient, invalidated };
}

describe("useCourses", () => {
	it("requests only the filters that are set and caches under the shared catalog key", async () => {
		const list: CourseList = {
			items: [makeCourse()],
			total: 1,
			limit: 6,
			offset: 0,
		};
		const calls = stubFetch({ "GET /school/courses": { body: list } });
		const { result, queryClient } = renderSchoolHook(() =>
			useCourses({
				q: "react",
				difficulty: "beginner",
				category: undefined,
				tag: "",
				limit: 6,
			}),
		);
		await waitFor(() => expect(result.current.isSuccess).toBe(true));
		expect(result.current.data).toEqual(list);
		expect(calls).toHaveLength(1);
		const call = calls[0];
		expect(call?.method).toBe("GET");
		expect(
			call?.url.startsWith("http://api.test/api/data/school/courses?"),
		).toBe(true);
		expect(Object.fromEntries(call?.search ?? [])).toEqual({
			q: "react",
			difficulty: "beginner",
			sort: "newest",
			limit: "6",
			offset: "0",
		});
		const key = SCHOOL_QUERY_KEYS.catalog({
			q: "react",
			difficulty: "beginner",
			sort: "newest",
			limit: 6,
			offset: 0,
		});
		expect(queryClient.getQueryData(key)).toEqual(list);
		expect(queryClient.getQueryCache().getAll()).toHaveLength(1);
	});

	it("sends no filter parameters when none are set", async () => {
		const calls = stubFetch({
			"GET /school/courses": {
				body: { items: [], total: 0, limit: 20, offset: 0 },
			},
		});
		const { result } = renderSchoolHook(() => useCourses());
		await waitFor(() => expect(result.current.isSuccess).toBe(true));
		expect([...(calls[0]?.search.keys() ?? [])].sort()).toEqual([
			"limit",
			"offset",
			"sort",
		]);
	});

	it("sends the app's headers and cookies with every call", async () => {
		const calls = stubFetch({
			"GET /school/courses": {
				body: { items: [], total: 0, limit: 20, offset: 0 },
			},
		});
		const { result } = renderSchoolHook(() => useCourses(), {
			overrides: { headers: { authorization: "Bearer t0k" } },
		});
		await waitFor(() => expect(result.current.isSuccess).toBe(true));
		expect(calls[0]?.headers.get("authorization")).toBe("Bearer t0k");
		expect(calls[0]?.init.credentials).toBe("include");
	});
});

describe("useEnroll", () => {
	it("POSTs to the course's enroll endpoint and invalidates my enrollment queries only", async () => {
		const calls = stubFetch({
			"POST /school/courses/c1/enroll": { body: enrollment },
		});
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useEnroll(), { queryClient });
		let returned: unknown;
		await act(async () => {
			returned = await result.current.mutateAsync("c1");
		});
		expect(returned).toEqual(enrollment);
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"POST /school/courses/c1/enroll",
		]);
		expect(calls[0]?.body).toBeUndefined();
		expect(invalidated()).toEqual({
			enrollment: true,
			otherEnrollment: false,
			myEnrollments: true,
			course: false,
			attempts: false,
		});
	});
});

describe("useLessonProgress", () => {
	it("complete POSTs to the lesson and invalidates the course's enrollment", async () => {
		const calls = stubFetch({
			"POST /school/lessons/l1/complete": {
				body: {
					enrollment,
					completedLessons: 1,
					totalLessons: 3,
					courseCompleted: false,
				},
			},
		});
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useLessonProgress("c1", "l1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.complete.mutateAsync();
		});
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"POST /school/lessons/l1/complete",
		]);
		expect(invalidated()).toMatchObject({
			enrollment: true,
			myEnrollments: true,
			otherEnrollment: false,
			course: false,
		});
	});

	it("savePosition PUTs {positionSecs} as JSON and passes keepalive through", async () => {
		const calls = stubFetch({
			"PUT /school/lessons/l1/position": { body: { ok: true } },
		});
		const { result } = renderSchoolHook(() => useLessonProgress("c1", "l1"));
		await act(async () => {
			await result.current.savePosition.mutateAsync({
				positionSecs: 42,
				keepalive: true,
			});
		});
		await act(async () => {
			await result.current.savePosition.mutateAsync({ positionSecs: 43 });
		});
		expect(calls).toHaveLength(2);
		const [withKeepalive, plain] = calls;
		expect(withKeepalive?.method).toBe("PUT");
		expect(withKeepalive?.path).toBe("/school/lessons/l1/position");
		expect(withKeepalive?.body).toEqual({ positionSecs: 42 });
		expect(withKeepalive?.headers.get("content-type")).toBe("application/json");
		expect(withKeepalive?.init.keepalive).toBe(true);
		expect(plain?.body).toEqual({ positionSecs: 43 });
		expect(plain?.init.keepalive).toBeFalsy();
	});
});

describe("useSubmitQuiz", () => {
	it("POSTs {answers} and invalidates the enrollment and the lesson's attempts", async () => {
		const answers = [
			{ questionId: "q1", answer: "o2" },
			{ questionId: "q2", answer: ["a", "c"] },
			{ questionId: "q3", answer: false },
		];
		const calls = stubFetch({
			"POST /school/lessons/l1/attempts": {
				body: {
					score: 100,
					passed: true,
					results: [],
					attempt: {
						id: "a1",
						lessonId: "l1",
						score: 100,
						passed: true,
						attemptedAt: new Date(0).toISOString(),
					},
					passMark: 70,
					attemptsLeft: null,
					progress: null,
				},
			},
		});
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useSubmitQuiz("c1", "l1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.mutateAsync(answers);
		});
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"POST /school/lessons/l1/attempts",
		]);
		expect(calls[0]?.body).toEqual({ answers });
		expect(invalidated()).toEqual({
			enrollment: true,
			otherEnrollment: false,
			myEnrollments: true,
			course: false,
			attempts: true,
		});
	});
});

describe("useEnrollment", () => {
	it("reads the course's access endpoint under the enrollment key", async () => {
		const access: CourseAccess = {
			signedIn: true,
			canManage: false,
			enrollment: null,
		};
		const calls = stubFetch({
			"GET /school/courses/c1/access": { body: access },
		});
		const { result, queryClient } = renderSchoolHook(() => useEnrollment("c1"));
		await waitFor(() => expect(result.current.isSuccess).toBe(true));
		expect(result.current.data).toEqual(access);
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"GET /school/courses/c1/access",
		]);
		expect(
			queryClient.getQueryData(SCHOOL_QUERY_KEYS.enrollment("c1")),
		).toEqual(access);
	});

	it("does not fetch without a course id", async () => {
		const calls = stubFetch({});
		const { result } = renderSchoolHook(() => useEnrollment(undefined));
		await act(async () => {
			await new Promise((r) => setTimeout(r, 20));
		});
		expect(result.current.fetchStatus).toBe("idle");
		expect(calls).toHaveLength(0);
	});
});

describe("API errors", () => {
	it("surface as SchoolApiError with the server's message, status and code", async () => {
		stubFetch({
			"GET /school/courses/c1/access": {
				status: 403,
				body: { message: "You may not see this course", code: "FORBIDDEN" },
			},
		});
		const { result } = renderSchoolHook(() => useEnrollment("c1"));
		await waitFor(() => expect(result.current.isError).toBe(true));
		const error = result.current.error;
		expect(error).toBeInstanceOf(SchoolApiError);
		expect(error?.message).toBe("You may not see this course");
		expect((error as SchoolApiError).status).toBe(403);
		expect((error as SchoolApiError).code).toBe("FORBIDDEN");
	});

	it("a failed mutation rejects with SchoolApiError and invalidates nothing", async () => {
		stubFetch({
			"POST /school/courses/c1/enroll": {
				status: 409,
				body: { message: "Course is full" },
			},
		});
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useEnroll(), { queryClient });
		let caught: unknown;
		await act(async () => {
			caught = await result.current.mutateAsync("c1").catch((e) => e);
		});
		expect(caught).toBeInstanceOf(SchoolApiError);
		expect((caught as SchoolApiError).status).toBe(409);
		expect((caught as SchoolApiError).message).toBe("Course is full");
		expect(Object.values(invalidated()).some(Boolean)).toBe(false);
	});
});

describe("useSchool", () => {
	it("merges localization overrides over the defaults", () => {
		const { result } = renderSchoolHook(() => useSchool(), {
			overrides: {
				localization: {
					catalogTitle: "Cursos",
					lessonsCount: (n: number) => `${n} lecciones`,
				},
			},
		});
		const { t } = result.current;
		expect(t.catalogTitle).toBe("Cursos");
		expect(t.lessonsCount(3)).toBe("3 lecciones");
		expect(t.enrollFree).toBe(defaultSchoolLocalization.enrollFree);
		expect(t.buyCourse("$1.00")).toBe("Buy for $1.00");
	});

	it("builds page paths under the base path, encoding segments", () => {
		const { result } = renderSchoolHook(() => useSchool(), {
			basePath: "/pages/",
		});
		const { paths } = result.current;
		expect(paths.catalog()).toBe("/pages/learn");
		expect(paths.catalog("difficulty=advanced")).toBe(
			"/pages/learn?difficulty=advanced",
		);
		expect(paths.course("intro")).toBe("/pages/learn/intro");
		expect(paths.course("a b/c")).toBe("/pages/learn/a%20b%2Fc");
		expect(paths.lesson("intro", "l1")).toBe("/pages/learn/intro/lessons/l1");
		expect(paths.quiz("intro", "l3")).toBe(
			"/pages/learn/intro/lessons/l3/quiz",
		);
		expect(paths.certificate("cert-1")).toBe(
			"/pages/learn/certificates/cert-1",
		);
		expect(paths.myCourses()).toBe("/pages/learn/me");
	});

	it("keeps the app's overrides and fills in the API defaults", () => {
		const { result, navigate } = renderSchoolHook(() => useSchool(), {
			overrides: {
				apiBaseURL: undefined,
				apiBasePath: undefined,
			} as never,
		});
		expect(result.current.apiBaseURL).toBe("");
		expect(result.current.apiBasePath).toBe("/api/data");
		expect(result.current.navigate).toBe(navigate);
	});

	it("returns a stable object across re-renders", () => {
		const { result, rerender } = renderSchoolHook(() => useSchool());
		const first = result.current;
		rerender();
		expect(result.current).toBe(first);
	});
});
