import type { Adapter } from "@btst/stack/plugins/api";
import { defineBackendPlugin } from "@btst/stack/plugins/api";
import { schoolSchema } from "../db.js";
import { parseQuiz, toPublicQuiz } from "../quiz.js";
import {
	analyticsQuerySchema,
	catalogFacetQuerySchema,
	catalogQuerySchema,
	createCourseBodySchema,
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	instructorCoursesQuerySchema,
	pageQuerySchema,
	positionSchema,
	rosterQuerySchema,
	submitAttemptSchema,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../schemas.js";
import type { Lesson } from "../types.js";
import {
	can,
	loadFollowedCourse,
	loadLesson,
	loadManagedCourse,
	requireInstructor,
	requireViewer,
} from "./access.js";
import { rosterToCsv } from "./csv.js";
import { SchoolError } from "./errors.js";
import * as getters from "./getters/index.js";
import * as ops from "./operations/index.js";
import type { SchoolBackendOptions } from "./options.js";
import { routeFactory } from "./pipeline.js";
import { noteRoutes } from "./routes/notes.js";
import { pacingRoutes } from "./routes/pacing.js";
import { reviewRoutes } from "./routes/reviews.js";
import {
	serializeAttempt,
	serializeCompletion,
	serializeCourse,
	serializeEnrollment,
	serializeLesson,
} from "./serializers.js";
import { createSchoolApi } from "./server-api.js";
import type { SchoolPluginContext } from "./stack-auth.js";

// The options and the server api lived in this module before; they stay importable from here.
export type {
	SchoolBackendOptions,
	SchoolHookContext,
	SchoolPluginHooks,
	SchoolRequestContext,
} from "./options.js";
export { createSchoolApi, type SchoolApi } from "./server-api.js";

/** A lesson with its quiz as this caller may see it: answer keys for managers only. */
function lessonView(lesson: Lesson, withAnswers: boolean, passMark: number) {
	const quiz = lesson.type === "quiz" ? parseQuiz(lesson.content) : null;
	return serializeLesson(
		lesson,
		quiz && (withAnswers ? quiz : toPublicQuiz(quiz, passMark)),
	);
}

/**
 * The route table. Each endpoint is thin: the pipeline validates and maps errors; the handler
 * identifies (lazily), calls a loader or an operation, and serializes.
 */
function createSchoolRoutes(
	adapter: Adapter,
	options: SchoolBackendOptions,
	context?: SchoolPluginContext,
) {
	const route = routeFactory(adapter, options, context);
	const passMark = options.quizPassMark ?? 70;
	const db = adapter;
	// Pacing (#19): drip schedules and access periods read "now" from the `clock` option.
	const now = () => (options.clock ?? (() => new Date()))();

	return {
		...pacingRoutes(route, db),
		...noteRoutes(route, db),
		...reviewRoutes(route, db),

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
				return getters.getCourseDetail(db, visible);
			},
		),

		getLesson: route(
			"/school/lessons/:id",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const { lesson, manager } = await loadLesson(
					db,
					await viewer(),
					params.id ?? "",
					now(),
				);
				return lessonView(lesson, manager, passMark);
			},
		),

		enroll: route(
			"/school/courses/:id/enroll",
			{ method: "POST" },
			async ({ params, deps, actor, setStatus }) => {
				const result = await ops.enroll(deps, await actor(), params.id ?? "");
				if (result.created) setStatus(201);
				return serializeEnrollment(result.enrollment, now());
			},
		),

		getMyEnrollment: route(
			"/school/courses/:id/enrollment",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const learner = requireViewer(await viewer());
				const course = await getters.getCourseById(db, params.id ?? "");
				const enrollment = course
					? await getters.getEnrollment(db, course.id, learner.id)
					: null;
				if (!course || !enrollment) throw new SchoolError(404, "Not enrolled");
				return getters.getEnrollmentDetail(db, enrollment, course, now());
			},
		),

		me: route("/school/me", { method: "GET" }, async ({ viewer }) => {
			// Always 200, so pages can ask "who is this?" without a failed request.
			const v = await viewer();
			return {
				user: v
					? {
							id: v.id,
							name: v.name ?? null,
							isInstructor: v.isInstructor,
							isAdmin: v.isAdmin,
						}
					: null,
				// Quiz editors show the default pass mark; nobody else needs it.
				...(v?.isInstructor || v?.isAdmin ? { quizPassMark: passMark } : {}),
			};
		}),

		courseAccess: route(
			"/school/courses/:id/access",
			{ method: "GET" },
			async ({ params, viewer }) => {
				// The caller's relation to a course in one 200 answer: signed in, enrollment, may manage.
				const v = await viewer();
				const followed = await loadFollowedCourse(
					db,
					v,
					await getters.getCourseById(db, params.id ?? ""),
				);
				const { course } = followed;
				const enrollment =
					followed.enrollment !== undefined
						? followed.enrollment
						: v
							? await getters.getEnrollment(db, course.id, v.id)
							: null;
				return {
					signedIn: !!v,
					canManage: can(v, "course.manage", course),
					enrollment: enrollment
						? await getters.getEnrollmentDetail(db, enrollment, course, now())
						: null,
				};
			},
		),

		cancelEnrollment: route(
			"/school/enrollments/:id/cancel",
			{ method: "POST" },
			async ({ params, deps, actor }) =>
				serializeEnrollment(
					await ops.cancelEnrollment(deps, await actor(), params.id ?? ""),
				),
		),

		myEnrollments: route(
			"/school/me/enrollments",
			{ method: "GET", query: pageQuerySchema },
			async ({ query, actor }) =>
				getters.listMyEnrollments(db, (await actor()).viewer.id, query, now()),
		),

		completeLesson: route(
			"/school/lessons/:id/complete",
			{ method: "POST" },
			async ({ params, deps, actor }) =>
				serializeCompletion(
					await ops.completeLesson(deps, await actor(), params.id ?? ""),
				),
		),

		savePosition: route(
			"/school/lessons/:id/position",
			{ method: "PUT", body: positionSchema },
			async ({ params, body, deps, actor }) =>
				ops.savePosition(deps, await actor(), params.id ?? "", body),
		),

		submitAttempt: route(
			"/school/lessons/:id/attempts",
			{ method: "POST", body: submitAttemptSchema },
			async ({ params, body, deps, actor, setStatus }) => {
				const { attempt, progress, ...result } = await ops.submitQuiz(
					deps,
					await actor(),
					params.id ?? "",
					body,
				);
				setStatus(201);
				return {
					attempt: serializeAttempt(attempt),
					...result,
					progress: progress ? serializeCompletion(progress) : null,
				};
			},
		),

		listAttempts: route(
			"/school/lessons/:id/attempts",
			{ method: "GET" },
			async ({ params, actor }) => {
				const attempts = await getters.listAttempts(
					db,
					params.id ?? "",
					(await actor()).viewer.id,
				);
				return { items: attempts.map(serializeAttempt) };
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

/**
 * The school backend plugin: schema, endpoints under `/school/*`, and an `api` factory for
 * server-side data access (exposed as `stack().api.school` on BTST versions that support it).
 */
export function schoolBackendPlugin(options: SchoolBackendOptions = {}) {
	const plugin = defineBackendPlugin({
		name: "school",
		dbPlugin: schoolSchema,
		// BTST 3 passes its context (with the app's `auth` provider) as the second argument.
		routes: (adapter: Adapter, context?: SchoolPluginContext) =>
			createSchoolRoutes(adapter, options, context),
	});
	// BTST 1.1.11 ignores `api` at run time and its types reject it inline, so it is added here.
	return Object.assign(plugin, {
		api: (adapter: Adapter) => createSchoolApi(adapter, options),
	});
}

export type SchoolRoutes = ReturnType<typeof createSchoolRoutes>;
