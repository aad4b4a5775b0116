import type { Adapter } from "@btst/stack/plugins/api";
import {
	pageQuerySchema,
	positionSchema,
	submitAttemptSchema,
} from "../../schemas.js";
import {
	can,
	loadFollowedCourse,
	loadLesson,
	requireViewer,
} from "../access.js";
import { SchoolError } from "../errors.js";
import * as getters from "../getters/index.js";
import * as ops from "../operations/index.js";
import type { SchoolBackendOptions } from "../options.js";
import type { routeFactory } from "../pipeline.js";
import {
	serializeAttempt,
	serializeCompletion,
	serializeEnrollment,
} from "../serializers.js";
import { lessonView } from "./lesson-view.js";

/**
 * The learner's side: who is asking, enrolling and cancelling, reading lessons, progress and
 * quiz attempts. Identity is looked up lazily (`viewer`/`actor`) where an endpoint needs it.
 */
export function learnerRoutes(
	route: ReturnType<typeof routeFactory>,
	db: Adapter,
	options: SchoolBackendOptions,
) {
	const passMark = options.quizPassMark ?? 70;
	// Pacing (#19): drip schedules and access periods read "now" from the `clock` option.
	const now = () => (options.clock ?? (() => new Date()))();

	return {
		getLesson: route(
			"/school/lessons/:id",
			{ method: "GET" },
			async ({ params, viewer }) => {
				const { lesson, manager } = await loadLesson(
					db,
					await viewer(),
					params.id ?? "",
					now(),
					options.aggregates,
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
				return getters.getEnrollmentDetail(
					db,
					enrollment,
					course,
					now(),
					options.aggregates,
				);
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
						? await getters.getEnrollmentDetail(
								db,
								enrollment,
								course,
								now(),
								options.aggregates,
							)
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
				getters.listMyEnrollments(
					db,
					(await actor()).viewer.id,
					query,
					now(),
					options.aggregates,
				),
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
			{ method: "POST", body: submitAttemptSchema, status: 201 },
			async ({ params, body, deps, actor }) => {
				const { attempt, progress, ...result } = await ops.submitQuiz(
					deps,
					await actor(),
					params.id ?? "",
					body,
				);
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
	};
}
