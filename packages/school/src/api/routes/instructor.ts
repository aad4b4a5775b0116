import type { Adapter } from "@btst/stack/plugins/api";
import type { z } from "zod";
import {
	analyticsQuerySchema,
	createCourseBodySchema,
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	instructorCoursesQuerySchema,
	rosterQuerySchema,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../../schemas.js";
import {
	can,
	loadManagedCourse,
	requireInstructor,
	type Viewer,
} from "../access.js";
import { rosterToCsv } from "../csv.js";
import { SchoolError } from "../errors.js";
import * as getters from "../getters/index.js";
import type { Actor, OperationDeps } from "../operations/index.js";
import * as ops from "../operations/index.js";
import type { SchoolBackendOptions } from "../options.js";
import type { routeFactory } from "../pipeline.js";
import { serializeCourse } from "../serializers.js";
import { lessonView } from "./lesson-view.js";

/**
 * Course management for instructors and admins: their course list and editor view, courses,
 * sections, lessons and curriculum order, the roster (JSON or CSV), one learner, analytics.
 */
export function instructorRoutes(
	route: ReturnType<typeof routeFactory>,
	db: Adapter,
	options: SchoolBackendOptions,
) {
	const passMark = options.quizPassMark ?? 70;

	/** The course of `:id`, once the caller is shown to manage it (404/403 otherwise). */
	const managedCourse = async (
		viewer: () => Promise<Viewer | null>,
		id: string | undefined,
	) => (await loadManagedCourse(db, await viewer(), id ?? "")).course;

	/** A DELETE of the row named by `:id`; the answer carries nothing but `{ ok: true }`. */
	const removeRoute = (
		path: string,
		remove: (deps: OperationDeps, actor: Actor, id: string) => Promise<void>,
	) =>
		route(path, { method: "DELETE" }, async ({ params, deps, actor }) => {
			await remove(deps, await actor(), params.id ?? "");
			return { ok: true };
		});

	/** A POST that creates a row inside the course `:id`, answered 201 with its `view`. */
	const createInCourseRoute = <S extends z.ZodType, Row>(
		path: string,
		body: S,
		create: (
			deps: OperationDeps,
			actor: Actor,
			courseId: string,
			input: z.output<S>,
		) => Promise<Row>,
		view: (row: Row) => unknown,
	) =>
		route(
			path,
			{ method: "POST", body },
			async ({ params, body, deps, actor, setStatus }) => {
				// `body` was parsed by `S` itself; TS cannot resolve `Parsed<S>` for a generic `S`.
				const input = body as z.output<S>;
				const row = await create(deps, await actor(), params.id ?? "", input);
				setStatus(201);
				return view(row);
			},
		);

	return {
		instructorCourses: route(
			"/school/instructor/courses",
			{ method: "GET", query: instructorCoursesQuerySchema },
			async ({ query, viewer }) => {
				const v = requireInstructor(await viewer());
				return getters.listInstructorCourses(
					db,
					can(v, "courses.all", null) ? {} : { instructorId: v.id },
					query,
					options.aggregates,
				);
			},
		),

		instructorCourse: route(
			"/school/instructor/courses/:id",
			{ method: "GET" },
			async ({ params, viewer }) =>
				getters.getInstructorCourse(db, await managedCourse(viewer, params.id)),
		),

		createCourse: route(
			"/school/courses",
			{ method: "POST", body: createCourseBodySchema },
			async ({ body, deps, actor, setStatus }) => {
				const course = await ops.createCourse(deps, await actor(), body);
				setStatus(201);
				return serializeCourse(course);
			},
		),

		updateCourse: route(
			"/school/courses/:id",
			{ method: "PATCH", body: updateCourseSchema },
			async ({ params, body, deps, actor }) =>
				serializeCourse(
					await ops.updateCourse(deps, await actor(), params.id ?? "", body),
				),
		),

		deleteCourse: removeRoute("/school/courses/:id", ops.deleteCourse),

		createSection: createInCourseRoute(
			"/school/courses/:id/sections",
			createSectionSchema,
			ops.createSection,
			(section) => section,
		),

		updateSection: route(
			"/school/sections/:id",
			{ method: "PATCH", body: updateSectionSchema },
			async ({ params, body, deps, actor }) =>
				ops.updateSection(deps, await actor(), params.id ?? "", body),
		),

		deleteSection: removeRoute("/school/sections/:id", ops.deleteSection),

		createLesson: createInCourseRoute(
			"/school/courses/:id/lessons",
			createLessonSchema,
			ops.createLesson,
			(lesson) => lessonView(lesson, true, passMark),
		),

		updateLesson: route(
			"/school/lessons/:id",
			{ method: "PATCH", body: updateLessonSchema },
			async ({ params, body, deps, actor }) =>
				lessonView(
					await ops.updateLesson(deps, await actor(), params.id ?? "", body),
					true,
					passMark,
				),
		),

		deleteLesson: removeRoute("/school/lessons/:id", ops.deleteLesson),

		setCurriculum: route(
			"/school/courses/:id/curriculum",
			{ method: "PUT", body: curriculumSchema },
			async ({ params, body, deps, actor }) =>
				ops.setCurriculum(deps, await actor(), params.id ?? "", body),
		),

		roster: route(
			"/school/instructor/courses/:id/students",
			{ method: "GET", query: rosterQuerySchema },
			async ({ params, query, viewer }) => {
				const course = await managedCourse(viewer, params.id);
				const { format, ...rest } = query;
				if (format !== "csv")
					return getters.getRoster(db, course.id, rest, options.aggregates);
				// The download lists every matching learner, not one page.
				const { limit: _l, offset: _o, ...filters } = rest;
				return new Response(
					await rosterToCsv(db, course, filters, options.aggregates),
					{
						headers: {
							"content-type": "text/csv; charset=utf-8",
							"content-disposition": `attachment; filename="${course.slug}-students.csv"`,
						},
					},
				);
			},
		),

		learner: route(
			"/school/instructor/courses/:id/students/:userId",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const course = await managedCourse(viewer, params.id);
				const detail = await getters.getLearnerDetail(
					db,
					course.id,
					params.userId ?? "",
				);
				if (!detail) throw new SchoolError(404, "This learner is not enrolled");
				return detail;
			},
		),

		analytics: route(
			"/school/instructor/courses/:id/analytics",
			{ method: "GET", query: analyticsQuerySchema },
			async ({ params, query, viewer }) => {
				const course = await managedCourse(viewer, params.id);
				return getters.getCourseAnalytics(db, course, options.aggregates, {
					days: query.days,
				});
			},
		),
	};
}
