import type { Adapter } from "@btst/stack/plugins/api";
import type { QueryClient } from "@tanstack/react-query";
import { catalogFacetQuerySchema, catalogQuerySchema } from "../schemas.js";
import type { Course, SchoolUser } from "../types.js";
import { toViewer } from "./access.js";
import type { TxDb } from "./db-types.js";
import { asSchoolError } from "./errors.js";
import * as getters from "./getters/index.js";
import * as ops from "./operations/index.js";
import type { SchoolBackendOptions } from "./options.js";
import { CATALOG_PAGE_SIZE, SCHOOL_QUERY_KEYS } from "./query-key-defs.js";

type Rest<F> = F extends (
	deps: never,
	actor: never,
	...rest: infer R
) => unknown
	? R
	: never;

/**
 * The server-side api, for server code: seeding, webhooks, admin scripts, SSR/SSG.
 *
 * - **Getters** (`listCourses`, `getCourseBySlug`, …) read without any check: call them only for
 *   data the current visitor may see (the published catalog, a published course).
 * - **Operations** (`enroll`, `cancelEnrollment`, `completeLesson`, `savePosition`, `submitQuiz`,
 *   `createCourse`, `updateCourse`, `deleteCourse`, `createSection`, `updateSection`,
 *   `deleteSection`, `createLesson`, `updateLesson`, `deleteLesson`, `setCurriculum`) take the
 *   acting user first and apply the same rules as the HTTP endpoints: authorization by role and
 *   ownership (an instructor edits only their own courses; pass an admin to edit any), capacity,
 *   attempt limits, grading, the reveal policy. Their hooks run too (`onAfterEnroll`,
 *   `onCourseComplete`, `onQuizSubmit`), with `{ user }` as the hook context, so a certificate is
 *   issued exactly as over HTTP. The one difference: `enroll(user, courseId, { paid: true })`
 *   lets trusted code (a payment webhook) past the payment gate without `onBeforeEnroll`.
 * - Failures throw `SchoolError` (`status`, `code`, `message`, `issues`).
 */
export function createSchoolApi(
	adapter: Adapter,
	options: SchoolBackendOptions = {},
) {
	const { aggregates } = options;
	const deps: ops.OperationDeps = { db: adapter as TxDb, options };
	const bind =
		<A extends unknown[], R>(fn: (db: Adapter, ...args: A) => R) =>
		(...args: A) =>
			fn(adapter, ...args);
	/**
	 * An operation with the acting user as its first argument. Its failures are `SchoolError`s,
	 * validation included (the mutations' own zod errors become `VALIDATION_ERROR` with issues).
	 */
	const as =
		<
			F extends (
				deps: ops.OperationDeps,
				actor: ops.Actor,
				...rest: never[]
			) => Promise<unknown>,
		>(
			fn: F,
		) =>
		async (
			user: SchoolUser,
			...rest: Rest<F>
		): Promise<Awaited<ReturnType<F>>> => {
			const run = fn as unknown as (
				...args: unknown[]
			) => Promise<Awaited<ReturnType<F>>>;
			try {
				return await run(deps, { viewer: toViewer(user, options) }, ...rest);
			} catch (error) {
				throw asSchoolError(error) ?? error;
			}
		};
	return {
		listCourses: bind(getters.listCourses),
		getCourseFacets: (
			filters?: Parameters<typeof getters.getCourseFacets>[1],
		) => getters.getCourseFacets(adapter, filters, aggregates),
		getCourseBySlug: bind(getters.getCourseBySlug),
		getCourseById: bind(getters.getCourseById),
		getCourseDetail: (course: Course) =>
			getters.getCourseDetail(adapter, course, aggregates),
		getLessonById: bind(getters.getLessonById),
		getEnrollment: bind(getters.getEnrollment),
		listMyEnrollments: (
			userId: string,
			page?: Parameters<typeof getters.listMyEnrollments>[2],
			now?: Date,
		) => getters.listMyEnrollments(adapter, userId, page, now, aggregates),
		getCertificate: bind(getters.getCertificate),
		getInstructorCourse: bind(getters.getInstructorCourse),
		listInstructorCourses: (
			filter: { instructorId?: string },
			page?: Parameters<typeof getters.listInstructorCourses>[2],
		) => getters.listInstructorCourses(adapter, filter, page, aggregates),
		getRoster: (courseId: string, query?: getters.RosterQuery) =>
			getters.getRoster(adapter, courseId, query, aggregates),
		getLearnerDetail: bind(getters.getLearnerDetail),
		getCourseAnalytics: (course: Course, range?: getters.AnalyticsRange) =>
			getters.getCourseAnalytics(adapter, course, aggregates, range),

		enroll: as(ops.enroll),
		cancelEnrollment: as(ops.cancelEnrollment),
		completeLesson: as(ops.completeLesson),
		savePosition: as(ops.savePosition),
		submitQuiz: as(ops.submitQuiz),
		createCourse: as(ops.createCourse),
		updateCourse: as(ops.updateCourse),
		deleteCourse: as(ops.deleteCourse),
		createSection: as(ops.createSection),
		updateSection: as(ops.updateSection),
		deleteSection: as(ops.deleteSection),
		createLesson: as(ops.createLesson),
		updateLesson: as(ops.updateLesson),
		deleteLesson: as(ops.deleteLesson),
		setCurriculum: as(ops.setCurriculum),
		/** Pacing (#19): enroll learners by email (needs `findUsersByEmail`); `dryRun` previews. */
		bulkEnroll: as(ops.bulkEnroll),
		/** Pacing (#19): a deep copy of a course as a new draft (never its learners). */
		duplicateCourse: as(ops.duplicateCourse),
		/** Pacing (#19): the course as versioned JSON (`btst-school/course`, version 1). */
		exportCourse: as(ops.exportCourse),
		/** Pacing (#19): a new draft from an export file; all or nothing. */
		importCourse: as(ops.importCourse),

		/**
		 * Writes the data of a statically generatable route into `queryClient` under the same keys
		 * and in the same serialized shape as the client hooks and the HTTP endpoints use.
		 * Route keys: `catalog` (default catalog page) and `course` (`{ slug }`).
		 */
		async prefetchForRoute(
			key: "catalog" | "course",
			queryClient: QueryClient,
			params?: { slug?: string },
		): Promise<void> {
			if (key === "catalog") {
				const query = catalogQuerySchema.parse({ limit: CATALOG_PAGE_SIZE });
				const [list, facets] = await Promise.all([
					getters.listCourses(adapter, query),
					getters.getCourseFacets(adapter, {}, aggregates),
				]);
				queryClient.setQueryData(SCHOOL_QUERY_KEYS.catalog(query), list);
				queryClient.setQueryData(
					SCHOOL_QUERY_KEYS.facetsFor(catalogFacetQuerySchema.parse({})),
					facets,
				);
				return;
			}
			if (!params?.slug)
				throw new Error('prefetchForRoute("course") needs { slug }');
			const course = await getters.getCourseBySlug(adapter, params.slug);
			if (course?.status !== "published") return;
			queryClient.setQueryData(
				SCHOOL_QUERY_KEYS.course(params.slug),
				await getters.getCourseDetail(adapter, course, aggregates),
			);
		},
	};
}

export type SchoolApi = ReturnType<typeof createSchoolApi>;
