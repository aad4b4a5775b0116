import { act, cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
	type CatalogParams,
	SCHOOL_QUERY_KEYS as keys,
} from "../src/api/query-key-defs";
import {
	useDeleteCourse,
	useLessonMutations,
	useSaveCurriculum,
	useSectionMutations,
	useUpdateCourse,
} from "../src/client/hooks/instructor-hooks";
import {
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

const catalog = (over: Partial<CatalogParams> = {}): CatalogParams => ({
	sort: "newest",
	limit: 6,
	offset: 0,
	...over,
});

const lesson = {
	id: "l1",
	courseId: "c1",
	sectionId: "s1",
	title: "Welcome",
	type: "text" as const,
	content: "Hi",
	videoUrl: null,
	captionsUrl: null,
	durationMins: 5,
	order: 0,
	isFreePreview: true,
	resources: [],
	quiz: null,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
};

/**
 * Fills the cache with every kind of school query, for course c1 ("intro") and for another
 * course c2, so a test can see exactly which keys a write touched.
 */
function seed() {
	const queryClient = createTestQueryClient();
	const seeded = {
		editorC1: [
			keys.instructorCourse("c1"),
			{ ...makeCourseDetail(), lessons: [lesson] },
		],
		editorC2: [keys.instructorCourse("c2"), makeCourseDetail({ id: "c2" })],
		publicC1: [keys.course("intro"), makeCourseDetail()],
		publicC2: [keys.course("other"), makeCourseDetail({ id: "c2" })],
		catalogPage1: [keys.catalog(catalog()), { items: [] }],
		catalogFiltered: [keys.catalog(catalog({ q: "x" })), { items: [] }],
		facets: [keys.facets(), {}],
		instructorList: [keys.instructorCourses(), { items: [] }],
		myEnrollments: [keys.myEnrollments(), { items: [] }],
		accessC1: [keys.enrollment("c1"), {}],
		lessonL1: [keys.lesson("l1"), { ...lesson, title: "Old" }],
		lessonL9: [keys.lesson("l9"), { ...lesson, id: "l9", courseId: "c2" }],
		attemptsL1: [keys.attempts("l1"), { items: [] }],
		rosterC1: [keys.roster("c1", { limit: 20, offset: 0 }), {}],
		analyticsC1: [keys.analytics("c1"), {}],
		viewer: [keys.viewer(), null],
		certificate: [keys.certificate("cert-1"), {}],
	} as const;
	for (const [key, data] of Object.values(seeded))
		queryClient.setQueryData(key, data);
	type Name = keyof typeof seeded;
	const state = (name: Name) => queryClient.getQueryState(seeded[name][0]);
	/** The seeded queries a write invalidated, by name. */
	const invalidated = () =>
		(Object.keys(seeded) as Name[]).filter((n) => state(n)?.isInvalidated);
	/** The seeded queries a write removed from the cache, by name. */
	const removed = () =>
		(Object.keys(seeded) as Name[]).filter((n) => !state(n));
	return { queryClient, invalidated, removed };
}

describe("writes update exactly the keys they change", () => {
	it("a course update invalidates its editor, its public page (old slug too), the lists and the portal", async () => {
		stubFetch({
			"PATCH /school/courses/c1": {
				body: makeCourse({ slug: "intro-2", title: "Renamed" }),
			},
		});
		const { queryClient, invalidated, removed } = seed();
		const { result } = renderSchoolHook(() => useUpdateCourse(), {
			queryClient,
		});
		await act(async () => {
			await result.current.mutateAsync({
				id: "c1",
				input: { slug: "intro-2", title: "Renamed" },
			});
		});
		expect(invalidated()).toEqual([
			"editorC1",
			"publicC1",
			"catalogPage1",
			"catalogFiltered",
			"facets",
			"instructorList",
			"myEnrollments",
		]);
		expect(removed()).toEqual([]);
	});

	it("a lesson edit replaces that lesson and refreshes the course outline; a new duration also the lists", async () => {
		const saved = { ...lesson, title: "New title" };
		stubFetch({ "PATCH /school/lessons/l1": { body: saved } });
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useLessonMutations("c1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.update.mutateAsync({
				id: "l1",
				input: { title: "New title" },
			});
		});
		expect(queryClient.getQueryData(keys.lesson("l1"))).toEqual(saved);
		expect(invalidated()).toEqual(["editorC1", "publicC1"]);

		const second = seed();
		const again = renderSchoolHook(() => useLessonMutations("c1"), {
			queryClient: second.queryClient,
		});
		await act(async () => {
			await again.result.current.update.mutateAsync({
				id: "l1",
				input: { durationMins: 12 },
			});
		});
		expect(second.invalidated()).toEqual([
			"editorC1",
			"publicC1",
			"catalogPage1",
			"catalogFiltered",
			"facets",
			"instructorList",
		]);
	});

	it("a section change refreshes only the course outline", async () => {
		stubFetch({
			"PATCH /school/sections/s1": {
				body: { id: "s1", courseId: "c1", title: "Renamed", order: 0 },
			},
		});
		const { queryClient, invalidated, removed } = seed();
		const { result } = renderSchoolHook(() => useSectionMutations("c1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.update.mutateAsync({
				id: "s1",
				input: { title: "Renamed" },
			});
		});
		expect(invalidated()).toEqual(["editorC1", "publicC1"]);
		expect(removed()).toEqual([]);
	});

	it("a deleted lesson leaves the cache; its course outline and the counts refresh", async () => {
		stubFetch({ "DELETE /school/lessons/l1": { body: { ok: true } } });
		const { queryClient, invalidated, removed } = seed();
		const { result } = renderSchoolHook(() => useLessonMutations("c1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.remove.mutateAsync("l1");
		});
		expect(removed()).toEqual(["lessonL1", "attemptsL1"]);
		expect(invalidated()).toEqual([
			"editorC1",
			"publicC1",
			"catalogPage1",
			"catalogFiltered",
			"facets",
			"instructorList",
		]);
	});

	it("a saved curriculum goes into the editor's data at once; the editor and public outline refetch", async () => {
		const saved = makeCourseDetail({ lessonOrder: ["l3", "l1", "l2"] });
		stubFetch({ "PUT /school/courses/c1/curriculum": { body: saved } });
		const { queryClient, invalidated } = seed();
		const { result } = renderSchoolHook(() => useSaveCurriculum("c1"), {
			queryClient,
		});
		await act(async () => {
			await result.current.mutateAsync({
				sections: [],
				unsectionedLessonIds: [],
			});
		});
		expect(queryClient.getQueryData(keys.instructorCourse("c1"))).toEqual({
			...saved,
			lessons: [lesson],
		});
		expect(invalidated()).toEqual(["editorC1", "publicC1"]);
	});

	it("a deleted course's own queries go and the lists refresh; other courses stay", async () => {
		stubFetch({ "DELETE /school/courses/c1": { body: { ok: true } } });
		const { queryClient, invalidated, removed } = seed();
		const { result } = renderSchoolHook(() => useDeleteCourse(), {
			queryClient,
		});
		await act(async () => {
			await result.current.mutateAsync("c1");
		});
		expect(removed()).toEqual([
			"editorC1",
			"publicC1",
			"accessC1",
			"rosterC1",
			"analyticsC1",
		]);
		expect(invalidated()).toEqual([
			"catalogPage1",
			"catalogFiltered",
			"facets",
			"instructorList",
			"myEnrollments",
		]);
	});
});
