import type { Adapter } from "@btst/stack/plugins/api";
import { catalogFacetQuerySchema, catalogQuerySchema } from "../../schemas.js";
import { loadFollowedCourse } from "../access.js";
import { SchoolError } from "../errors.js";
import * as getters from "../getters/index.js";
import type { SchoolBackendOptions } from "../options.js";
import type { routeFactory } from "../pipeline.js";

/**
 * The public catalog: `GET /school/courses`, `GET /school/courses/facets`,
 * `GET /school/courses/:slug` and certificate verification `GET /school/certificates/:certificateId`.
 */
export function catalogRoutes(
	route: ReturnType<typeof routeFactory>,
	db: Adapter,
	options: SchoolBackendOptions,
) {
	return {
		listCourses: route(
			"/school/courses",
			{ method: "GET", query: catalogQuerySchema },
			async ({ query }) => getters.listCourses(db, query),
		),

		courseFacets: route(
			"/school/courses/facets",
			{ method: "GET", query: catalogFacetQuerySchema },
			async ({ query }) =>
				getters.getCourseFacets(db, query, options.aggregates),
		),

		getCourse: route(
			"/school/courses/:slug",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const course = await getters.getCourseBySlug(db, params.slug ?? "");
				// Only drafts and archived courses need to know who asks: published pages skip the
				// identity lookup. An archived course stays open to its enrolled learners.
				const visible =
					course?.status === "published"
						? course
						: (await loadFollowedCourse(db, await viewer(), course)).course;
				return getters.getCourseDetail(db, visible, options.aggregates);
			},
		),

		getCertificate: route(
			"/school/certificates/:certificateId",
			{ method: "GET" },
			async ({ params }) => {
				const certificate = await getters.getCertificate(
					db,
					params.certificateId ?? "",
				);
				if (!certificate)
					throw new SchoolError(404, "No certificate has this id");
				return certificate;
			},
		),
	};
}
