import type { Adapter } from "@btst/stack/plugins/api";
import { createEndpoint, defineBackendPlugin } from "@btst/stack/plugins/api";
import type { QueryClient } from "@tanstack/react-query";
import { APIError } from "better-call";
import { ZodError, z } from "zod";
import { schoolSchema } from "../db";
import {
	type GradeResult,
	gradeQuiz,
	mayRevealAnswers,
	parseQuiz,
	presentResults,
	toPublicQuiz,
} from "../quiz";
import {
	catalogQuerySchema,
	createCourseSchema,
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	pageQuerySchema,
	positionSchema,
	rosterQuerySchema,
	submitAttemptSchema,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../schemas";
import type {
	Course,
	Enrollment,
	Lesson,
	QuizAttempt,
	SchoolUser,
} from "../types";
import type { SchoolAggregates } from "./aggregates";
import { rosterToCsv } from "./csv";
import { isUniqueViolation, SchoolError } from "./errors";
import * as getters from "./getters";
import * as mutations from "./mutations";
import { CATALOG_PAGE_SIZE, SCHOOL_QUERY_KEYS } from "./query-key-defs";
import {
	serializeAttempt,
	serializeCourse,
	serializeEnrollment,
	serializeLesson,
} from "./serializers";

/** What the identity source receives: the incoming request and its headers. */
export interface SchoolRequestContext {
	request?: Request;
	headers?: Headers;
}

/**
 * Lifecycle hooks. They run in the HTTP endpoints only; the server-side api bypasses them.
 */
export interface SchoolPluginHooks {
	/**
	 * Called after a new (or reactivated) enrollment is written. Throwing takes the enrollment
	 * back (nothing half-written); an `APIError` keeps its status, any other error answers 500.
	 * @param enrollment - the enrollment
	 * @param course - its course
	 */
	onAfterEnroll?: (
		enrollment: Enrollment,
		course: Course,
	) => Promise<void> | void;
	/**
	 * Called exactly once per enrollment, by the request that completes the course. Return the
	 * certificate id to record (it must be unique and hard to guess); without the hook a random
	 * UUID is used. It still runs when `certificatesEnabled` is false (its result is then
	 * ignored). Throwing undoes the completion so the learner can retry; nothing is left
	 * half-written.
	 */
	onCourseComplete?: (
		enrollment: Enrollment,
		course: Course,
	) => Promise<{ certificateId: string }> | { certificateId: string };
	/**
	 * Called after a quiz attempt is graded and stored. Its errors are logged and swallowed: the
	 * learner still gets the graded result.
	 */
	onQuizSubmit?: (attempt: QuizAttempt, lesson: Lesson) => Promise<void> | void;
	/**
	 * Called before a paid enrollment (price > 0), e.g. to check a recorded payment. Only
	 * `true` lets the learner in: `false`, no answer or a throw refuse (403), and so does having
	 * no hook at all. Paid content fails closed.
	 */
	onBeforeEnroll?: (
		userId: string,
		course: Course,
	) => Promise<boolean> | boolean;
}

/** Options of `schoolBackendPlugin`. */
export interface SchoolBackendOptions {
	/**
	 * The identity source: returns the signed-in user for a request, or null. Without it every
	 * personal and instructor endpoint answers 401 (secure by default). A user id is never read
	 * from a request body or query.
	 */
	getUser?: (
		context: SchoolRequestContext,
	) => Promise<SchoolUser | null> | SchoolUser | null;
	/** Roles that may create and manage their own courses. @default ["instructor"] */
	instructorRoles?: string[];
	/** Roles that may manage every course. @default ["admin"] */
	adminRoles?: string[];
	/** Lifecycle hooks. */
	hooks?: SchoolPluginHooks;
	/** Score (0-100) needed to pass a quiz that sets no pass mark of its own. @default 70 */
	quizPassMark?: number;
	/** Issue a certificate when a course is completed. @default true */
	certificatesEnabled?: boolean;
	/**
	 * Grouped totals computed by the database, for the instructor dashboard and course analytics
	 * (see `SchoolAggregates`; `kyselyAggregates(db)` from `btst-school/api/kysely`). Without it
	 * those two read rows through the adapter, and their cost grows with the number of learners.
	 */
	aggregates?: SchoolAggregates;
}

interface Viewer extends SchoolUser {
	isInstructor: boolean;
	isAdmin: boolean;
}

/** The part of better-call's endpoint context the plugin uses. */
type Ctx = { request?: Request; headers?: Headers };

type ErrorStatus = ConstructorParameters<typeof APIError>[0];

function toHttpError(error: unknown): unknown {
	if (error instanceof SchoolError) {
		return new APIError(error.status as ErrorStatus, {
			message: error.message,
			code: error.code,
		});
	}
	if (error instanceof ZodError) {
		const issue = error.issues[0];
		return new APIError(400, {
			message: issue
				? `${issue.path.join(".") || "input"}: ${issue.message}`
				: "Invalid input",
			code: "VALIDATION_ERROR",
			issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
		});
	}
	if (isUniqueViolation(error))
		return new APIError(409, {
			message: "This conflicts with existing data",
			code: "conflict",
		});
	return error;
}

/** Runs an endpoint body, turning expected failures into HTTP errors with a message. */
async function run<T>(body: () => Promise<T>): Promise<T> {
	try {
		return await body();
	} catch (error) {
		throw toHttpError(error);
	}
}

/**
 * The server-side api: getters bound to an adapter, plus `prefetchForRoute` for SSR/SSG.
 * It bypasses the hooks and every authorization check: call it only with data the current
 * visitor may see (the published catalog, a published course).
 */
export function createSchoolApi(
	adapter: Adapter,
	options: Pick<SchoolBackendOptions, "aggregates"> = {},
) {
	const { aggregates } = options;
	const bind =
		<A extends unknown[], R>(fn: (db: Adapter, ...args: A) => R) =>
		(...args: A) =>
			fn(adapter, ...args);
	return {
		listCourses: bind(getters.listCourses),
		getCourseFacets: bind(getters.getCourseFacets),
		getCourseBySlug: bind(getters.getCourseBySlug),
		getCourseById: bind(getters.getCourseById),
		getCourseDetail: bind(getters.getCourseDetail),
		getLessonById: bind(getters.getLessonById),
		getEnrollment: bind(getters.getEnrollment),
		listMyEnrollments: bind(getters.listMyEnrollments),
		getCertificate: bind(getters.getCertificate),
		listInstructorCourses: (
			filter: { instructorId?: string },
			page?: Parameters<typeof getters.listInstructorCourses>[2],
		) => getters.listInstructorCourses(adapter, filter, page, aggregates),
		getRoster: bind(getters.getRoster),
		getCourseAnalytics: (course: Course) =>
			getters.getCourseAnalytics(adapter, course, aggregates),
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
					getters.getCourseFacets(adapter),
				]);
				queryClient.setQueryData(SCHOOL_QUERY_KEYS.catalog(query), list);
				queryClient.setQueryData(SCHOOL_QUERY_KEYS.facets(), facets);
				return;
			}
			if (!params?.slug)
				throw new Error('prefetchForRoute("course") needs { slug }');
			const course = await getters.getCourseBySlug(adapter, params.slug);
			if (course?.status !== "published") return;
			queryClient.setQueryData(
				SCHOOL_QUERY_KEYS.course(params.slug),
				await getters.getCourseDetail(adapter, course),
			);
		},
	};
}

export type SchoolApi = ReturnType<typeof createSchoolApi>;

const idParam = z.object({ id: z.string().min(1).max(64) });

function createSchoolRoutes(adapter: Adapter, options: SchoolBackendOptions) {
	const hooks = options.hooks ?? {};
	const passMark = options.quizPassMark ?? 70;
	const certificatesEnabled = options.certificatesEnabled ?? true;
	const instructorRoles = options.instructorRoles ?? ["instructor"];
	const adminRoles = options.adminRoles ?? ["admin"];

	async function viewerOf(ctx: Ctx): Promise<Viewer | null> {
		if (!options.getUser) return null;
		const user = await options.getUser({
			request: ctx.request,
			headers: ctx.headers,
		});
		if (!user?.id) return null;
		const roles = user.roles ?? [];
		const isAdmin = roles.some((r) => adminRoles.includes(r));
		return {
			...user,
			isAdmin,
			isInstructor: isAdmin || roles.some((r) => instructorRoles.includes(r)),
		};
	}

	async function requireViewer(ctx: Ctx): Promise<Viewer> {
		const viewer = await viewerOf(ctx);
		if (!viewer) throw new SchoolError(401, "Sign in to continue");
		return viewer;
	}

	async function requireInstructor(ctx: Ctx): Promise<Viewer> {
		const viewer = await requireViewer(ctx);
		if (!viewer.isInstructor)
			throw new SchoolError(403, "Only instructors can do this");
		return viewer;
	}

	const canManage = (viewer: Viewer | null, course: Course) =>
		!!viewer &&
		(viewer.isAdmin ||
			(viewer.isInstructor && course.instructorId === viewer.id));

	/** The course, if the viewer may manage it: 404 when missing, 403 when someone else's. */
	async function managedCourse(ctx: Ctx, courseId: string) {
		const viewer = await requireInstructor(ctx);
		const course = await getters.getCourseById(adapter, courseId);
		if (!course) throw new SchoolError(404, "Course not found");
		if (!canManage(viewer, course))
			throw new SchoolError(403, "You can only manage your own courses");
		return { viewer, course };
	}

	async function lessonWithCourse(lessonId: string) {
		const lesson = await getters.getLessonById(adapter, lessonId);
		const course = lesson
			? await getters.getCourseById(adapter, lesson.courseId)
			: null;
		if (!lesson || !course) throw new SchoolError(404, "Lesson not found");
		return { lesson, course };
	}

	/** The caller's active enrollment in the lesson's course, or 403. */
	async function activeEnrollment(
		viewer: Viewer,
		course: Course,
	): Promise<Enrollment> {
		const enrollment = await getters.getEnrollment(
			adapter,
			course.id,
			viewer.id,
		);
		if (!enrollment || enrollment.status === "cancelled") {
			throw new SchoolError(403, "Enroll in this course to continue");
		}
		return enrollment;
	}

	const isVisible = (viewer: Viewer | null, course: Course) =>
		course.status === "published" || canManage(viewer, course);

	return {
		listCourses: createEndpoint(
			"/school/courses",
			{ method: "GET", query: catalogQuerySchema },
			async (ctx) => run(() => getters.listCourses(adapter, ctx.query)),
		),

		courseFacets: createEndpoint(
			"/school/courses/facets",
			{ method: "GET" },
			async (_ctx) => run(() => getters.getCourseFacets(adapter)),
		),

		getCourse: createEndpoint(
			"/school/courses/:slug",
			{ method: "GET", params: z.object({ slug: z.string().min(1).max(120) }) },
			async (ctx) =>
				run(async () => {
					const course = await getters.getCourseBySlug(
						adapter,
						ctx.params.slug,
					);
					if (!course) throw new SchoolError(404, "Course not found");
					if (
						course.status !== "published" &&
						!canManage(await viewerOf(ctx), course)
					) {
						throw new SchoolError(404, "Course not found");
					}
					return getters.getCourseDetail(adapter, course);
				}),
		),

		getLesson: createEndpoint(
			"/school/lessons/:id",
			{ method: "GET", params: idParam },
			async (ctx) =>
				run(async () => {
					const { lesson, course } = await lessonWithCourse(ctx.params.id);
					const viewer = await viewerOf(ctx);
					if (!isVisible(viewer, course))
						throw new SchoolError(404, "Lesson not found");
					const manager = canManage(viewer, course);
					const isPreview =
						lesson.isFreePreview && course.status === "published";
					if (!manager && !isPreview) {
						if (!viewer)
							throw new SchoolError(
								401,
								"Sign in and enroll to open this lesson",
							);
						await activeEnrollment(viewer, course);
					}
					const quiz =
						lesson.type === "quiz" ? parseQuiz(lesson.content) : null;
					// Only the course's managers see answer keys; everyone else gets the public view.
					return serializeLesson(
						lesson,
						quiz && (manager ? quiz : toPublicQuiz(quiz, passMark)),
					);
				}),
		),

		enroll: createEndpoint(
			"/school/courses/:id/enroll",
			{ method: "POST", params: idParam },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const course = await getters.getCourseById(adapter, ctx.params.id);
					if (course?.status !== "published")
						throw new SchoolError(404, "Course not found");
					const existing = await getters.getEnrollment(
						adapter,
						course.id,
						viewer.id,
					);
					if (existing && existing.status !== "cancelled")
						return serializeEnrollment(existing);
					if (course.price > 0) {
						let allowed = false;
						try {
							allowed = hooks.onBeforeEnroll
								? (await hooks.onBeforeEnroll(viewer.id, course)) === true
								: false;
						} catch {
							allowed = false;
						}
						if (!allowed)
							throw new SchoolError(
								403,
								"This course must be purchased before enrolling",
								"payment_required",
							);
					}
					const { enrollment, created } = await mutations.enroll(
						adapter,
						course,
						viewer,
						{ current: existing },
					);
					if (created) {
						try {
							await hooks.onAfterEnroll?.(enrollment, course);
						} catch (error) {
							// Nothing half-written: an enrollment whose hook failed is taken back.
							await mutations.undoEnroll(adapter, enrollment, existing);
							throw error;
						}
						ctx.setStatus(201);
					}
					return serializeEnrollment(enrollment);
				}),
		),

		getMyEnrollment: createEndpoint(
			"/school/courses/:id/enrollment",
			{ method: "GET", params: idParam },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const course = await getters.getCourseById(adapter, ctx.params.id);
					const enrollment = course
						? await getters.getEnrollment(adapter, course.id, viewer.id)
						: null;
					if (!course || !enrollment)
						throw new SchoolError(404, "Not enrolled");
					return getters.getEnrollmentDetail(adapter, enrollment, course);
				}),
		),

		me: createEndpoint("/school/me", { method: "GET" }, async (ctx) =>
			run(async () => {
				// Always 200, so pages can ask "who is this?" without a failed request.
				const viewer = await viewerOf(ctx);
				return {
					user: viewer
						? {
								id: viewer.id,
								name: viewer.name ?? null,
								isInstructor: viewer.isInstructor,
								isAdmin: viewer.isAdmin,
							}
						: null,
				};
			}),
		),

		courseAccess: createEndpoint(
			"/school/courses/:id/access",
			{ method: "GET", params: idParam },
			async (ctx) =>
				run(async () => {
					// The caller's relation to a course in one 200 answer: signed in, enrollment, may manage.
					const viewer = await viewerOf(ctx);
					const course = await getters.getCourseById(adapter, ctx.params.id);
					if (!course || !isVisible(viewer, course))
						throw new SchoolError(404, "Course not found");
					const enrollment = viewer
						? await getters.getEnrollment(adapter, course.id, viewer.id)
						: null;
					return {
						signedIn: !!viewer,
						canManage: canManage(viewer, course),
						enrollment: enrollment
							? await getters.getEnrollmentDetail(adapter, enrollment, course)
							: null,
					};
				}),
		),

		cancelEnrollment: createEndpoint(
			"/school/enrollments/:id/cancel",
			{ method: "POST", params: idParam },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const enrollment = await getters.getEnrollmentById(
						adapter,
						ctx.params.id,
					);
					// Someone else's enrollment is "not found": its existence is not the caller's business.
					if (!enrollment || enrollment.userId !== viewer.id)
						throw new SchoolError(404, "Enrollment not found");
					return serializeEnrollment(
						await mutations.cancelEnrollment(adapter, enrollment),
					);
				}),
		),

		myEnrollments: createEndpoint(
			"/school/me/enrollments",
			{ method: "GET", query: pageQuerySchema },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					return getters.listMyEnrollments(adapter, viewer.id, ctx.query);
				}),
		),

		completeLesson: createEndpoint(
			"/school/lessons/:id/complete",
			{ method: "POST", params: idParam },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const { lesson, course } = await lessonWithCourse(ctx.params.id);
					const enrollment = await activeEnrollment(viewer, course);
					if (lesson.type === "quiz") {
						throw new SchoolError(
							400,
							"A quiz lesson is completed by passing the quiz",
							"quiz_lesson",
						);
					}
					return completionResponse(
						await completeFor(enrollment, lesson, course),
					);
				}),
		),

		savePosition: createEndpoint(
			"/school/lessons/:id/position",
			{ method: "PUT", params: idParam, body: positionSchema },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const lesson = await getters.getLessonById(adapter, ctx.params.id);
					if (!lesson) throw new SchoolError(404, "Lesson not found");
					// The enrollment lookup by its unique key also proves the course exists.
					const enrollment = await getters.getEnrollment(
						adapter,
						lesson.courseId,
						viewer.id,
					);
					if (!enrollment || enrollment.status === "cancelled") {
						throw new SchoolError(403, "Enroll in this course to continue");
					}
					await mutations.savePosition(
						adapter,
						enrollment,
						lesson.id,
						ctx.body.positionSecs,
					);
					return { ok: true, positionSecs: Math.floor(ctx.body.positionSecs) };
				}),
		),

		submitAttempt: createEndpoint(
			"/school/lessons/:id/attempts",
			{ method: "POST", params: idParam, body: submitAttemptSchema },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const { lesson, course } = await lessonWithCourse(ctx.params.id);
					const enrollment = await activeEnrollment(viewer, course);
					const quiz =
						lesson.type === "quiz" ? parseQuiz(lesson.content) : null;
					if (!quiz) throw new SchoolError(404, "This lesson has no quiz");
					const mark = quiz.passMark ?? passMark;
					const graded = gradeQuiz(quiz, ctx.body.answers, mark);
					const attempt = await mutations.recordAttempt(adapter, {
						lessonId: lesson.id,
						userId: viewer.id,
						answers: ctx.body.answers,
						score: graded.score,
						passed: graded.passed,
						maxAttempts: quiz.maxAttempts,
					});
					const attemptNo = Number(attempt.attemptKey.split(":").pop());
					const attemptsLeft =
						quiz.maxAttempts > 0
							? Math.max(0, quiz.maxAttempts - attemptNo)
							: null;
					const progress = graded.passed
						? await completeFor(enrollment, lesson, course)
						: null;
					try {
						await hooks.onQuizSubmit?.(attempt, lesson);
					} catch (error) {
						// The attempt is stored and graded: a failing after-hook must not hide the result.
						console.error("[btst-school] onQuizSubmit failed", error);
					}
					ctx.setStatus(201);
					const result: GradeResult = presentResults(
						graded,
						mayRevealAnswers(quiz.showAnswers, {
							passed: graded.passed,
							attemptsLeft,
						}),
					);
					return {
						attempt: serializeAttempt(attempt),
						...result,
						passMark: mark,
						attemptsLeft,
						progress: progress ? completionResponse(progress) : null,
					};
				}),
		),

		listAttempts: createEndpoint(
			"/school/lessons/:id/attempts",
			{ method: "GET", params: idParam },
			async (ctx) =>
				run(async () => {
					const viewer = await requireViewer(ctx);
					const attempts = await getters.listAttempts(
						adapter,
						ctx.params.id,
						viewer.id,
					);
					return { items: attempts.map(serializeAttempt) };
				}),
		),

		getCertificate: createEndpoint(
			"/school/certificates/:certificateId",
			{
				method: "GET",
				params: z.object({ certificateId: z.string().min(1).max(200) }),
			},
			async (ctx) =>
				run(async () => {
					const certificate = await getters.getCertificate(
						adapter,
						ctx.params.certificateId,
					);
					if (!certificate)
						throw new SchoolError(404, "No certificate has this id");
					return certificate;
				}),
		),

		instructorCourses: createEndpoint(
			"/school/instructor/courses",
			{ method: "GET", query: pageQuerySchema },
			async (ctx) =>
				run(async () => {
					const viewer = await requireInstructor(ctx);
					return getters.listInstructorCourses(
						adapter,
						viewer.isAdmin ? {} : { instructorId: viewer.id },
						ctx.query,
						options.aggregates,
					);
				}),
		),

		createCourse: createEndpoint(
			"/school/courses",
			{ method: "POST", body: createCourseSchema },
			async (ctx) =>
				run(async () => {
					const viewer = await requireInstructor(ctx);
					const course = await mutations.createCourse(
						adapter,
						ctx.body,
						viewer,
					);
					ctx.setStatus(201);
					return serializeCourse(course);
				}),
		),

		updateCourse: createEndpoint(
			"/school/courses/:id",
			{ method: "PATCH", params: idParam, body: updateCourseSchema },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					return serializeCourse(
						await mutations.updateCourse(adapter, course, ctx.body),
					);
				}),
		),

		deleteCourse: createEndpoint(
			"/school/courses/:id",
			{ method: "DELETE", params: idParam },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					await mutations.deleteCourse(adapter, course);
					return { ok: true };
				}),
		),

		createSection: createEndpoint(
			"/school/courses/:id/sections",
			{ method: "POST", params: idParam, body: createSectionSchema },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					const section = await mutations.createSection(
						adapter,
						course.id,
						ctx.body,
					);
					ctx.setStatus(201);
					return section;
				}),
		),

		updateSection: createEndpoint(
			"/school/sections/:id",
			{ method: "PATCH", params: idParam, body: updateSectionSchema },
			async (ctx) =>
				run(async () => {
					const section = await getters.getSectionById(adapter, ctx.params.id);
					if (!section) throw new SchoolError(404, "Section not found");
					await managedCourse(ctx, section.courseId);
					return mutations.updateSection(adapter, section, ctx.body);
				}),
		),

		deleteSection: createEndpoint(
			"/school/sections/:id",
			{ method: "DELETE", params: idParam },
			async (ctx) =>
				run(async () => {
					const section = await getters.getSectionById(adapter, ctx.params.id);
					if (!section) throw new SchoolError(404, "Section not found");
					await managedCourse(ctx, section.courseId);
					await mutations.deleteSection(adapter, section);
					return { ok: true };
				}),
		),

		createLesson: createEndpoint(
			"/school/courses/:id/lessons",
			{ method: "POST", params: idParam, body: createLessonSchema },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					const lesson = await mutations.createLesson(
						adapter,
						course.id,
						ctx.body,
					);
					ctx.setStatus(201);
					return serializeLesson(
						lesson,
						lesson.type === "quiz" ? parseQuiz(lesson.content) : null,
					);
				}),
		),

		updateLesson: createEndpoint(
			"/school/lessons/:id",
			{ method: "PATCH", params: idParam, body: updateLessonSchema },
			async (ctx) =>
				run(async () => {
					const { lesson } = await lessonWithCourse(ctx.params.id);
					await managedCourse(ctx, lesson.courseId);
					const updated = await mutations.updateLesson(
						adapter,
						lesson,
						ctx.body,
					);
					return serializeLesson(
						updated,
						updated.type === "quiz" ? parseQuiz(updated.content) : null,
					);
				}),
		),

		deleteLesson: createEndpoint(
			"/school/lessons/:id",
			{ method: "DELETE", params: idParam },
			async (ctx) =>
				run(async () => {
					const { lesson } = await lessonWithCourse(ctx.params.id);
					await managedCourse(ctx, lesson.courseId);
					await mutations.deleteLesson(adapter, lesson);
					return { ok: true };
				}),
		),

		setCurriculum: createEndpoint(
			"/school/courses/:id/curriculum",
			{ method: "PUT", params: idParam, body: curriculumSchema },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					await mutations.setCurriculum(adapter, course.id, ctx.body);
					return getters.getCourseDetail(adapter, course);
				}),
		),

		roster: createEndpoint(
			"/school/instructor/courses/:id/students",
			{ method: "GET", params: idParam, query: rosterQuerySchema },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					const { format, ...page } = ctx.query;
					if (format === "csv") {
						return new Response(await rosterToCsv(adapter, course), {
							headers: {
								"content-type": "text/csv; charset=utf-8",
								"content-disposition": `attachment; filename="${course.slug}-students.csv"`,
							},
						});
					}
					return getters.getRoster(adapter, course.id, page);
				}),
		),

		analytics: createEndpoint(
			"/school/instructor/courses/:id/analytics",
			{ method: "GET", params: idParam },
			async (ctx) =>
				run(async () => {
					const { course } = await managedCourse(ctx, ctx.params.id);
					return getters.getCourseAnalytics(
						adapter,
						course,
						options.aggregates,
					);
				}),
		),
	};

	/** Completes a lesson; on course completion runs `onCourseComplete` once to issue the certificate. */
	function completeFor(enrollment: Enrollment, lesson: Lesson, course: Course) {
		return mutations.completeLesson(adapter, enrollment, lesson, {
			issueCertificate: async (completed) => {
				const fromHook = hooks.onCourseComplete
					? await hooks.onCourseComplete(completed, course)
					: null;
				if (!certificatesEnabled) return null;
				return fromHook?.certificateId ?? crypto.randomUUID();
			},
		});
	}

	function completionResponse(result: mutations.LessonCompletion) {
		return {
			enrollment: serializeEnrollment(result.enrollment),
			completedLessons: result.completedLessons,
			totalLessons: result.totalLessons,
			courseCompleted: result.courseCompleted,
		};
	}
}

/**
 * The school backend plugin: schema, endpoints under `/school/*`, and an `api` factory for
 * server-side data access (exposed as `stack().api.school` on BTST versions that support it).
 */
export function schoolBackendPlugin(options: SchoolBackendOptions = {}) {
	const plugin = defineBackendPlugin({
		name: "school",
		dbPlugin: schoolSchema,
		routes: (adapter: Adapter) => createSchoolRoutes(adapter, options),
	});
	// BTST 1.1.11 ignores `api` at run time and its types reject it inline, so it is added here.
	return Object.assign(plugin, {
		api: (adapter: Adapter) => createSchoolApi(adapter, options),
	});
}

export type SchoolRoutes = ReturnType<typeof createSchoolRoutes>;
