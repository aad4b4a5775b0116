import type { Adapter } from "@btst/stack/plugins/api";
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
import { can, loadManagedCourse, requireInstructor } from "../access.js";
import { rosterToCsv } from "../csv.js";
import { SchoolError } from "../errors.js";
import * as getters from "../getters/index.js";
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
			async ({ params, viewer }) => {
				const { course } = await loadManagedCourse(
					db,
					await viewer(),
					params.id ?? "",
				);
				return getters.getInstructorCourse(db, course);
			},
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

		deleteCourse: route(
			"/school/courses/:id",
			{ method: "DELETE" },
			async ({ params, deps, actor }) => {
				await ops.deleteCourse(deps, await actor(), params.id ?? "");
				return { ok: true };
			},
		),

		createSection: route(
			"/school/courses/:id/sections",
			{ method: "POST", body: createSectionSchema },
			async ({ params, body, deps, actor, setStatus }) => {
				const section = await ops.createSection(
					deps,
					await actor(),
					params.id ?? "",
					body,
				);
				setStatus(201);
				return section;
			},
		),

		updateSection: route(
			"/school/sections/:id",
			{ method: "PATCH", body: updateSectionSchema },
			async ({ params, body, deps, actor }) =>
				ops.updateSection(deps, await actor(), params.id ?? "", body),
		),

		deleteSection: route(
			"/school/sections/:id",
			{ method: "DELETE" },
			async ({ params, deps, actor }) => {
				await ops.deleteSection(deps, await actor(), params.id ?? "");
				return { ok: true };
			},
		),

		createLesson: route(
			"/school/courses/:id/lessons",
			{ method: "POST", body: createLessonSchema },
			async ({ params, body, deps, actor, setStatus }) => {
				const lesson = await ops.createLesson(
					deps,
					await actor(),
					params.id ?? "",
					body,
				);
				setStatus(201);
				return lessonView(lesson, true, passMark);
			},
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

		deleteLesson: route(
			"/school/lessons/:id",
			{ method: "DELETE" },
			async ({ params, deps, actor }) => {
				await ops.deleteLesson(deps, await actor(), params.id ?? "");
				return { ok: true };
			},
		),

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
				const { course } = await loadManagedCourse(
					db,
					await viewer(),
					params.id ?? "",
				);
				const { format, ...rest } = query;
				if (format !== "csv") return getters.getRoster(db, course.id, rest);
				// The download lists every matching learner, not one page.
				const { limit: _l, offset: _o, ...filters } = rest;
				return new Response(await rosterToCsv(db, course, filters), {
					headers: {
						"content-type": "text/csv; charset=utf-8",
						"content-disposition": `attachment; filename="${course.slug}-students.csv"`,
					},
				});
			},
		),

		learner: route(
			"/school/instructor/courses/:id/students/:userId",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const { course } = await loadManagedCourse(
					db,
					await viewer(),
					params.id ?? "",
				);
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
				const { course } = await loadManagedCourse(
					db,
					await viewer(),
					params.id ?? "",
				);
				return getters.getCourseAnalytics(db, course, options.aggregates, {
					days: query.days,
				});
			},
		),
	};
}
