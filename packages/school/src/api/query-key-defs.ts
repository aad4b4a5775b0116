import type { z } from "zod";
import type { catalogQuerySchema } from "../schemas";

/**
 * Query-key shapes shared by server prefetch (`prefetchForRoute`, loaders) and the client hooks,
 * so data written on the server is found by the hooks after hydration. No React here.
 */
export type CatalogParams = z.output<typeof catalogQuerySchema>;

/** Courses per catalog page, used by the catalog page, its loader and `prefetchForRoute`. */
export const CATALOG_PAGE_SIZE = 6;

export const SCHOOL_QUERY_KEYS = {
	all: () => ["school"] as const,
	catalog: (params: CatalogParams) =>
		[
			"school",
			"catalog",
			{
				q: params.q ?? "",
				category: params.category ?? "",
				tag: params.tag ?? "",
				difficulty: params.difficulty ?? "",
				price: params.price ?? "",
				sort: params.sort,
				limit: params.limit,
				offset: params.offset,
			},
		] as const,
	facets: () => ["school", "facets"] as const,
	viewer: () => ["school", "viewer"] as const,
	course: (slug: string) => ["school", "course", slug] as const,
	lesson: (lessonId: string) => ["school", "lesson", lessonId] as const,
	enrollment: (courseId: string) => ["school", "enrollment", courseId] as const,
	myEnrollments: () => ["school", "me", "enrollments"] as const,
	attempts: (lessonId: string) => ["school", "attempts", lessonId] as const,
	certificate: (certificateId: string) =>
		["school", "certificate", certificateId] as const,
	instructorCourses: () => ["school", "instructor", "courses"] as const,
	roster: (courseId: string, offset: number) =>
		["school", "instructor", "roster", courseId, offset] as const,
	analytics: (courseId: string) =>
		["school", "instructor", "analytics", courseId] as const,
};
