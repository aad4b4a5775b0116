import type { z } from "zod";
import type {
	catalogFacetQuerySchema,
	catalogQuerySchema,
} from "../schemas.js";

/**
 * Query-key shapes shared by server prefetch (`prefetchForRoute`, loaders) and the client hooks,
 * so data written on the server is found by the hooks after hydration. No React here.
 *
 * Keys nest: each list or detail sits under a prefix key (`catalogs()`, `courses()`,
 * `instructorCourseLists()`, `rosters(id)`), so a write can invalidate exactly one family.
 */
export type CatalogParams = z.output<typeof catalogQuerySchema>;
export type FacetParams = z.output<typeof catalogFacetQuerySchema>;

/** One page of a paged list. */
export interface PageParams {
	limit: number;
	offset: number;
}

/** Courses per catalog page, used by the catalog page, its loader and `prefetchForRoute`. */
export const CATALOG_PAGE_SIZE = 6;

/**
 * The instructor dashboard's default page: the server's largest page, so a dashboard that does
 * not page yet still lists what it listed before the endpoint paged.
 */
export const INSTRUCTOR_COURSES_PAGE: PageParams = { limit: 100, offset: 0 };

/** Students per roster page. */
export const ROSTER_PAGE_SIZE = 20;

/** A dashboard list page with its search, status filter and sort (all optional). */
export interface InstructorCoursesParams extends PageParams {
	q?: string;
	status?: string;
	sort?: string;
	dir?: "asc" | "desc";
}

/** A roster page with its search, filters and sort (all optional). */
export interface RosterParams extends PageParams {
	q?: string;
	status?: string;
	progress?: string;
	sort?: string;
	dir?: "asc" | "desc";
}

/** The filters that are set, so an unfiltered page keeps its plain `{ limit, offset }` key. */
const setFilters = (params: object) =>
	Object.fromEntries(
		Object.entries(params).filter(
			([name, value]) =>
				name !== "limit" &&
				name !== "offset" &&
				value !== undefined &&
				value !== "",
		),
	);

/** The catalog's filters as a key part: unset filters read as "", so both spellings share a key. */
const filterKeyPart = (filters: FacetParams) => ({
	q: filters.q ?? "",
	category: filters.category ?? "",
	tag: filters.tag ?? "",
	difficulty: filters.difficulty ?? "",
	price: filters.price ?? "",
	minRating: filters.minRating ?? "",
});

export const SCHOOL_QUERY_KEYS = {
	all: () => ["school"] as const,
	/** Every catalog page, whatever its filters. */
	catalogs: () => ["school", "catalog"] as const,
	catalog: (params: CatalogParams) =>
		[
			"school",
			"catalog",
			{
				...filterKeyPart(params),
				sort: params.sort,
				limit: params.limit,
				offset: params.offset,
			},
		] as const,
	/** Every facet list, whatever its filters. */
	facets: () => ["school", "facets"] as const,
	/** Facet counts under the catalog's active filters (each facet ignores its own). */
	facetsFor: (filters: FacetParams) =>
		["school", "facets", filterKeyPart(filters)] as const,
	viewer: () => ["school", "viewer"] as const,
	/** Every public course detail (by slug). */
	courses: () => ["school", "course"] as const,
	course: (slug: string) => ["school", "course", slug] as const,
	lesson: (lessonId: string) => ["school", "lesson", lessonId] as const,
	enrollment: (courseId: string) => ["school", "enrollment", courseId] as const,
	myEnrollments: () => ["school", "me", "enrollments"] as const,
	attempts: (lessonId: string) => ["school", "attempts", lessonId] as const,
	certificate: (certificateId: string) =>
		["school", "certificate", certificateId] as const,
	/** Every page of the instructor's course list. */
	instructorCourseLists: () => ["school", "instructor", "courses"] as const,
	instructorCourses: (
		page: InstructorCoursesParams = INSTRUCTOR_COURSES_PAGE,
	) =>
		[
			"school",
			"instructor",
			"courses",
			{ limit: page.limit, offset: page.offset, ...setFilters(page) },
		] as const,
	/** A course as its managers edit it (full curriculum, answer keys), by id. */
	instructorCourse: (courseId: string) =>
		["school", "instructor", "course", courseId] as const,
	/** Every roster page of one course. */
	rosters: (courseId: string) =>
		["school", "instructor", "roster", courseId] as const,
	roster: (courseId: string, page: RosterParams) =>
		[
			"school",
			"instructor",
			"roster",
			courseId,
			{ limit: page.limit, offset: page.offset, ...setFilters(page) },
		] as const,
	/** One learner of a course (sits under `rosters(courseId)`, so roster writes refresh it). */
	learner: (courseId: string, userId: string) =>
		["school", "instructor", "roster", courseId, "learner", userId] as const,
	/** Every range of a course's analytics; with `days`, one range. */
	analytics: (courseId: string, days?: number) =>
		days
			? (["school", "instructor", "analytics", courseId, { days }] as const)
			: (["school", "instructor", "analytics", courseId] as const),
};
