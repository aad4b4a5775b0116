import { queryOptions } from "@tanstack/react-query";
import {
	INSTRUCTOR_COURSES_PAGE,
	type InstructorCoursesParams,
	SCHOOL_QUERY_KEYS as keys,
	type RosterParams,
} from "../../api/query-key-defs.js";
import {
	type CatalogQuery,
	catalogFacetQuerySchema,
	catalogQuerySchema,
} from "../../schemas.js";
import type { ApiTarget } from "../fetcher.js";
import { schoolReads as read } from "./reads.js";

/**
 * The school's query table: one `queryOptions` per read, keyed by `SCHOOL_QUERY_KEYS`. The hooks
 * `useQuery` these and the route loaders `prefetchQuery` the very same objects, so a page
 * prefetched on the server is read by its hook without a second request.
 *
 * Personal and instructor reads do not retry: their failures are answers (401, 403), not blips.
 */
export function schoolQueries(target: ApiTarget) {
	return {
		/** The published catalog for the given filters (defaults filled in by the schema). */
		catalog: (params: CatalogQuery = {}) => {
			const query = catalogQuerySchema.parse(params);
			return queryOptions({
				queryKey: keys.catalog(query),
				queryFn: ({ signal }) => read.catalog(target, query, { signal }),
			});
		},
		/** Facet counts under the catalog's filters (sort and page are ignored). */
		facets: (params: CatalogQuery = {}) => {
			const filters = catalogFacetQuerySchema.parse(params);
			return queryOptions({
				queryKey: keys.facetsFor(filters),
				queryFn: ({ signal }) => read.facets(target, filters, { signal }),
				staleTime: 60_000,
			});
		},
		viewer: () =>
			queryOptions({
				queryKey: keys.viewer(),
				queryFn: ({ signal }) => read.viewer(target, { signal }),
				staleTime: 30_000,
			}),
		/** One course with its outline; null when it does not exist (or is hidden). */
		course: (slug: string) =>
			queryOptions({
				queryKey: keys.course(slug),
				queryFn: ({ signal }) => read.course(target, slug, { signal }),
			}),
		lesson: (lessonId: string) =>
			queryOptions({
				queryKey: keys.lesson(lessonId),
				queryFn: ({ signal }) => read.lesson(target, lessonId, { signal }),
				retry: false,
			}),
		enrollment: (courseId: string) =>
			queryOptions({
				queryKey: keys.enrollment(courseId),
				queryFn: ({ signal }) => read.access(target, courseId, { signal }),
				retry: false,
			}),
		myEnrollments: () =>
			queryOptions({
				queryKey: keys.myEnrollments(),
				queryFn: ({ signal }) => read.myEnrollments(target, { signal }),
				retry: false,
			}),
		attempts: (lessonId: string) =>
			queryOptions({
				queryKey: keys.attempts(lessonId),
				queryFn: ({ signal }) => read.attempts(target, lessonId, { signal }),
				retry: false,
			}),
		/** A certificate; null when no certificate has this id. */
		certificate: (certificateId: string) =>
			queryOptions({
				queryKey: keys.certificate(certificateId),
				queryFn: ({ signal }) =>
					read.certificate(target, certificateId, { signal }),
			}),
		instructorCourses: (
			page: InstructorCoursesParams = INSTRUCTOR_COURSES_PAGE,
		) =>
			queryOptions({
				queryKey: keys.instructorCourses(page),
				queryFn: ({ signal }) =>
					read.instructorCourses(target, page, { signal }),
				retry: false,
			}),
		/** A course as its managers edit it; errors with 404 (missing) or 403 (not theirs). */
		instructorCourse: (courseId: string) =>
			queryOptions({
				queryKey: keys.instructorCourse(courseId),
				queryFn: ({ signal }) =>
					read.instructorCourse(target, courseId, { signal }),
				retry: false,
			}),
		roster: (courseId: string, page: RosterParams) =>
			queryOptions({
				queryKey: keys.roster(courseId, page),
				queryFn: ({ signal }) =>
					read.roster(target, courseId, page, { signal }),
				retry: false,
			}),
		/** One learner's progress and attempts in a course (managers only). */
		learner: (courseId: string, userId: string) =>
			queryOptions({
				queryKey: keys.learner(courseId, userId),
				queryFn: ({ signal }) =>
					read.learner(target, courseId, userId, { signal }),
				retry: false,
			}),
		/** Analytics over the last `days` days; all time without. */
		analytics: (courseId: string, days?: number) =>
			queryOptions({
				queryKey: keys.analytics(courseId, days),
				queryFn: ({ signal }) =>
					read.analytics(target, courseId, days, { signal }),
				retry: false,
			}),
	};
}

export type SchoolQueries = ReturnType<typeof schoolQueries>;
