import type {
	Course,
	Enrollment,
	Lesson,
	Note,
	Review,
	SchoolUser,
	Section,
} from "../types.js";
import type { SchoolAggregates } from "./aggregates.js";
import type { Db } from "./db-types.js";
import { SchoolError } from "./errors.js";
import {
	getCourseById,
	getLessonById,
	getSectionById,
} from "./getters/catalog.js";
import { getEnrollment, getEnrollmentById } from "./getters/learner.js";
import { getLessonContext } from "./getters/lesson-context.js";
import type { SchoolBackendOptions, SchoolRequestContext } from "./options.js";
import { assertLessonOpen } from "./pacing-gate.js";
import {
	identityToUser,
	providerRoles,
	resolveProviderIdentity,
	type SchoolAuthProvider,
} from "./stack-auth.js";

/**
 * Who may do what, in one place. `identify` turns a request into a `Viewer`; `can` is the one
 * pure decision for every action; the `load*` functions identify first and then load, so a
 * caller without identity gets 401 whether or not the id exists, and only then 404/403.
 */

/** The acting user with the role flags every decision reads. */
export interface Viewer extends SchoolUser {
	/** May create courses and manage their own (admins are instructors too). */
	isInstructor: boolean;
	/** May manage every course. */
	isAdmin: boolean;
}

export type RoleOptions = Pick<
	SchoolBackendOptions,
	"instructorRoles" | "adminRoles"
>;

/** A user with role flags from the configured instructor and admin roles. */
export function toViewer(user: SchoolUser, options: RoleOptions = {}): Viewer {
	const instructorRoles = options.instructorRoles ?? ["instructor"];
	const adminRoles = options.adminRoles ?? ["admin"];
	const roles = user.roles ?? [];
	const isAdmin = roles.some((r) => adminRoles.includes(r));
	return {
		...user,
		isAdmin,
		isInstructor: isAdmin || roles.some((r) => instructorRoles.includes(r)),
	};
}

/**
 * The viewer of a request, or null without identity. The source, first match wins: the
 * `getUser` option (BTST 1.1.11's way; it overrides a provider), else BTST 3's auth provider
 * (`stack({ auth })`, see stack-auth.ts), else none: every personal endpoint answers 401.
 * Identity only ever comes from the server side, never from the body or query.
 */
export async function identify(
	options: Pick<SchoolBackendOptions, "getUser"> & RoleOptions,
	context: SchoolRequestContext,
	auth?: SchoolAuthProvider,
): Promise<Viewer | null> {
	if (options.getUser) {
		const user = await options.getUser(context);
		return user?.id ? toViewer(user, options) : null;
	}
	if (!auth) return null;
	const identity = await resolveProviderIdentity(auth, context);
	if (!identity) return null;
	const user = identityToUser(identity);
	// The provider's can() answers for the roles when it has one; else its role names count.
	const headers = context.headers ?? context.request?.headers ?? new Headers();
	const roles = await providerRoles(auth, identity, headers);
	return roles ? { ...user, ...roles } : toViewer(user, options);
}

const isActive = (enrollment: Enrollment | null | undefined) =>
	!!enrollment && enrollment.status !== "cancelled";

/** Every action and what it is asked about. */
export interface Subjects {
	/** See a course and its outline: published, or one the viewer manages. */
	"course.view": Course;
	/**
	 * See a course one follows as a learner: what `course.view` allows, plus an archived course
	 * for a learner with an active enrollment (archiving closes it to new learners only).
	 */
	"course.follow": { course: Course; enrollment: Enrollment | null };
	/** Edit, delete, restructure a course; see its answer keys, roster and analytics. */
	"course.manage": Course;
	/** Create a course. */
	"course.create": null;
	/** Enroll in a course (payment and capacity are the operation's rules). */
	"course.enroll": Course;
	/** Open a lesson's content: managers, free previews of published courses, enrolled learners. */
	"lesson.open": {
		course: Course;
		lesson: Lesson;
		enrollment: Enrollment | null;
	};
	/** Study in a course (complete lessons, save positions, submit quizzes): an active enrollment of one's own. */
	"lesson.study": { course: Course; enrollment: Enrollment | null };
	/** See quiz answer keys and explanations of a course's quizzes. */
	"quiz.answers": Course;
	/** Read or cancel an enrollment: one's own only. */
	"enrollment.own": Enrollment;
	/** Read, change or delete a note: its author only (not instructors, not admins). */
	"note.own": Note;
	/** Read a course's roster (learners, emails, scores). */
	"roster.read": Course;
	/** Read a course's analytics. */
	"analytics.read": Course;
	/**
	 * Write a review of a course: an active (or completed) enrollment of one's own in a course one
	 * may follow. How far along the learner must be is the operation's rule (`reviewMinProgress`).
	 */
	"review.write": { course: Course; enrollment: Enrollment | null };
	/** Edit or delete a review: its author. */
	"review.own": Review;
	/** Reply to and hide reviews of a course: its managers. */
	"review.moderate": Course;
	/** Pacing (#19): enroll others in a course (bulk enrollment): its managers. */
	"course.bulkEnroll": Course;
	/** Pacing (#19): enroll past capacity and prerequisites: admins only, and only when asked. */
	"enrollment.override": null;
	/** Open the instructor dashboard. */
	"instructor.dashboard": null;
	/** See every course in the dashboard, not only one's own. */
	"courses.all": null;
}

export type Action = keyof Subjects;

/** The one authorization decision. Pure: no I/O, so it is tested as a table. */
export function can<A extends Action>(
	viewer: Viewer | null,
	action: A,
	subject: Subjects[A],
): boolean {
	const manages = (course: Course) =>
		!!viewer &&
		(viewer.isAdmin ||
			(viewer.isInstructor && course.instructorId === viewer.id));
	switch (action) {
		case "course.view": {
			const course = subject as Course;
			return course.status === "published" || manages(course);
		}
		case "course.follow": {
			const { course, enrollment } = subject as Subjects["course.follow"];
			return (
				can(viewer, "course.view", course) ||
				(course.status === "archived" &&
					can(viewer, "lesson.study", { course, enrollment }))
			);
		}
		case "course.manage":
		case "course.bulkEnroll":
		case "review.moderate":
		case "quiz.answers":
		case "roster.read":
		case "analytics.read":
			return manages(subject as Course);
		case "course.create":
		case "instructor.dashboard":
			return !!viewer?.isInstructor;
		case "courses.all":
		case "enrollment.override":
			return !!viewer?.isAdmin;
		case "course.enroll":
			return !!viewer && (subject as Course).status === "published";
		case "lesson.open": {
			const { course, lesson, enrollment } = subject as Subjects["lesson.open"];
			if (!can(viewer, "course.follow", { course, enrollment })) return false;
			if (manages(course)) return true;
			if (lesson.isFreePreview && course.status === "published") return true;
			return can(viewer, "lesson.study", { course, enrollment });
		}
		case "lesson.study": {
			const { course, enrollment } = subject as Subjects["lesson.study"];
			return (
				!!viewer &&
				isActive(enrollment) &&
				enrollment?.userId === viewer.id &&
				enrollment.courseId === course.id
			);
		}
		case "enrollment.own":
			return !!viewer && (subject as Enrollment).userId === viewer.id;
		case "note.own":
			return !!viewer && (subject as Note).userId === viewer.id;
		case "review.write": {
			const { course, enrollment } = subject as Subjects["review.write"];
			return (
				can(viewer, "course.follow", { course, enrollment }) &&
				can(viewer, "lesson.study", { course, enrollment })
			);
		}
		case "review.own":
			return !!viewer && (subject as Review).userId === viewer.id;
		default:
			return false;
	}
}

/** The viewer, or 401. */
export function requireViewer(
	viewer: Viewer | null,
	message = "Sign in to continue",
): Viewer {
	if (!viewer) throw new SchoolError(401, message);
	return viewer;
}

/** An instructor (or admin) viewer: 401 without identity, 403 for learners. */
export function requireInstructor(viewer: Viewer | null): Viewer {
	const signedIn = requireViewer(viewer);
	if (!can(signedIn, "course.create", null))
		throw new SchoolError(403, "Only instructors can do this");
	return signedIn;
}

/** 403 unless the viewer manages the course. */
export function assertManages(viewer: Viewer, course: Course): void {
	if (!can(viewer, "course.manage", course))
		throw new SchoolError(403, "You can only manage your own courses");
}

/** A course the viewer manages: 401, 403 (not an instructor), 404, 403 (someone else's). */
export async function loadManagedCourse(
	db: Db,
	viewer: Viewer | null,
	courseId: string,
): Promise<{ viewer: Viewer; course: Course }> {
	const manager = requireInstructor(viewer);
	const course = await getCourseById(db, courseId);
	if (!course) throw new SchoolError(404, "Course not found");
	assertManages(manager, course);
	return { viewer: manager, course };
}

/** A section of a course the viewer manages (identity checked before the lookup). */
export async function loadManagedSection(
	db: Db,
	viewer: Viewer | null,
	sectionId: string,
): Promise<{ viewer: Viewer; course: Course; section: Section }> {
	requireInstructor(viewer);
	const section = await getSectionById(db, sectionId);
	if (!section) throw new SchoolError(404, "Section not found");
	return {
		...(await loadManagedCourse(db, viewer, section.courseId)),
		section,
	};
}

/** A lesson of a course the viewer manages (identity checked before the lookup). */
export async function loadManagedLesson(
	db: Db,
	viewer: Viewer | null,
	lessonId: string,
): Promise<{ viewer: Viewer; course: Course; lesson: Lesson }> {
	requireInstructor(viewer);
	const lesson = await getLessonById(db, lessonId);
	if (!lesson) throw new SchoolError(404, "Lesson not found");
	return { ...(await loadManagedCourse(db, viewer, lesson.courseId)), lesson };
}

/**
 * A lesson to read. Public (free previews are open to everyone), so a missing or hidden lesson
 * is 404 for anyone; then 401 without identity, 403 without an active enrollment, then 403 from
 * the course's pacing at `now` (`expired`, `prerequisites_missing`, `not_yet_open`, `sequential`).
 */
export async function loadLesson(
	db: Db,
	viewer: Viewer | null,
	lessonId: string,
	now: Date = new Date(),
	aggregates?: SchoolAggregates,
): Promise<{ lesson: Lesson; course: Course; manager: boolean }> {
	// A signed-in reader of a paid lesson needs their enrollment (unless they manage the
	// course, which is rarer than learning in it), so it is read beside the course.
	const context = await getLessonContext(
		db,
		lessonId,
		{ userId: viewer?.id ?? null, paidOnly: true },
		aggregates,
	);
	const { lesson, course, section } = context;
	// An archived course stays open to its enrolled learners, free previews included.
	const enrollment =
		context.enrollment !== undefined
			? context.enrollment
			: viewer && course.status === "archived"
				? await getEnrollment(db, course.id, viewer.id)
				: null;
	if (!can(viewer, "course.follow", { course, enrollment }))
		throw new SchoolError(404, "Lesson not found");
	const manager = can(viewer, "course.manage", course);
	const open = (enrollment: Enrollment | null) =>
		can(viewer, "lesson.open", { course, lesson, enrollment });
	if (open(null)) return { lesson, course, manager };
	requireViewer(viewer, "Sign in and enroll to open this lesson");
	if (!enrollment || !open(enrollment))
		throw new SchoolError(403, "Enroll in this course to continue");
	await assertLessonOpen(db, course, lesson, enrollment, now, {
		section,
		aggregates,
	});
	return { lesson, course, manager };
}

/**
 * A lesson the viewer studies (complete, save a position, submit a quiz): 401 first, then 404,
 * then 403 without an active enrollment of their own, then 403 from pacing at `now`.
 */
export async function loadStudyLesson(
	db: Db,
	viewer: Viewer | null,
	lessonId: string,
	now: Date = new Date(),
	aggregates?: SchoolAggregates,
): Promise<{
	viewer: Viewer;
	lesson: Lesson;
	course: Course;
	enrollment: Enrollment;
}> {
	const learner = requireViewer(viewer);
	const { lesson, course, enrollment, section } = await getLessonContext(
		db,
		lessonId,
		{ userId: learner.id, paidOnly: false },
		aggregates,
	);
	if (!enrollment || !can(learner, "lesson.study", { course, enrollment }))
		throw new SchoolError(403, "Enroll in this course to continue");
	await assertLessonOpen(db, course, lesson, enrollment, now, {
		section,
		aggregates,
	});
	return { viewer: learner, lesson, course, enrollment };
}

/** One's own enrollment: 401 first; someone else's is "not found" (its existence is private). */
export async function loadOwnEnrollment(
	db: Db,
	viewer: Viewer | null,
	enrollmentId: string,
): Promise<{ viewer: Viewer; enrollment: Enrollment }> {
	const learner = requireViewer(viewer);
	const enrollment = await getEnrollmentById(db, enrollmentId);
	if (!enrollment || !can(learner, "enrollment.own", enrollment))
		throw new SchoolError(404, "Enrollment not found");
	return { viewer: learner, enrollment };
}

/**
 * A course the viewer may see as a learner, with the viewer's enrollment when it was read:
 * published or managed, or archived with an active enrollment of theirs; 404 otherwise.
 */
export async function loadFollowedCourse(
	db: Db,
	viewer: Viewer | null,
	course: Course | null,
): Promise<{ course: Course; enrollment: Enrollment | null | undefined }> {
	if (course && can(viewer, "course.view", course))
		return { course, enrollment: undefined };
	const enrollment =
		course && viewer && course.status === "archived"
			? await getEnrollment(db, course.id, viewer.id)
			: null;
	if (!course || !can(viewer, "course.follow", { course, enrollment }))
		throw new SchoolError(404, "Course not found");
	return { course, enrollment };
}

/** A course the viewer may see: 404 otherwise (a hidden draft's existence is private). */
export function assertVisible(
	viewer: Viewer | null,
	course: Course | null,
): Course {
	if (!course || !can(viewer, "course.view", course))
		throw new SchoolError(404, "Course not found");
	return course;
}
