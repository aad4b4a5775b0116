import type {
	CatalogParams,
	FacetParams,
	InstructorCoursesParams,
	RosterParams,
} from "../../api/query-key-defs.js";
import type {
	Certificate,
	CourseAccess,
	CourseAnalytics,
	CourseDetail,
	CourseFacets,
	CourseList,
	InstructorCourseDetail,
	InstructorCourseStats,
	LearnerDetail,
	LessonDetail,
	PortalEntry,
	Roster,
	SchoolViewer,
	SerializedQuizAttempt,
} from "../../types.js";
import { type ApiTarget, orNullOn404, schoolFetch } from "../fetcher.js";

/**
 * Every read of the school API, one function each. The query table (`schoolQueries`) wraps
 * them for the hooks and the route loaders; the sitemap calls `catalog` directly. Reads whose
 * 404 means "nothing there" (a course, a certificate) answer null instead of failing.
 */

type ReadOptions = { signal?: AbortSignal };

const enc = encodeURIComponent;

/** The learner portal lists at most this many enrollments (the server's largest page). */
const MY_ENROLLMENTS_LIMIT = 100;

export interface Paged<T> {
	items: T[];
	total: number;
	limit?: number;
	offset?: number;
}

export const schoolReads = {
	catalog: (t: ApiTarget, query: CatalogParams, o?: ReadOptions) =>
		schoolFetch<CourseList>(t, "/school/courses", { query, ...o }),

	facets: (t: ApiTarget, filters: FacetParams, o?: ReadOptions) =>
		schoolFetch<CourseFacets>(t, "/school/courses/facets", {
			query: filters,
			...o,
		}),

	viewer: (t: ApiTarget, o?: ReadOptions) =>
		schoolFetch<SchoolViewer>(t, "/school/me", o),

	course: (t: ApiTarget, slug: string, o?: ReadOptions) =>
		orNullOn404(
			schoolFetch<CourseDetail>(t, `/school/courses/${enc(slug)}`, o),
		),

	lesson: (t: ApiTarget, lessonId: string, o?: ReadOptions) =>
		schoolFetch<LessonDetail>(t, `/school/lessons/${enc(lessonId)}`, o),

	/** My relation to a course (signed in, enrollment with progress, may manage). */
	access: (t: ApiTarget, courseId: string, o?: ReadOptions) =>
		schoolFetch<CourseAccess>(t, `/school/courses/${enc(courseId)}/access`, o),

	myEnrollments: (t: ApiTarget, o?: ReadOptions) =>
		schoolFetch<Paged<PortalEntry>>(t, "/school/me/enrollments", {
			query: { limit: MY_ENROLLMENTS_LIMIT },
			...o,
		}),

	attempts: (t: ApiTarget, lessonId: string, o?: ReadOptions) =>
		schoolFetch<{ items: SerializedQuizAttempt[] }>(
			t,
			`/school/lessons/${enc(lessonId)}/attempts`,
			o,
		),

	certificate: (t: ApiTarget, certificateId: string, o?: ReadOptions) =>
		orNullOn404(
			schoolFetch<Certificate>(
				t,
				`/school/certificates/${enc(certificateId)}`,
				o,
			),
		),

	instructorCourses: (
		t: ApiTarget,
		page: InstructorCoursesParams,
		o?: ReadOptions,
	) =>
		schoolFetch<Paged<InstructorCourseStats>>(t, "/school/instructor/courses", {
			query: { ...page },
			...o,
		}),

	/**
	 * The course as its managers edit it: full curriculum and quiz answer keys. A 404 stays an
	 * error here: the editor treats "missing" and "not yours" (403) alike.
	 */
	instructorCourse: (t: ApiTarget, courseId: string, o?: ReadOptions) =>
		schoolFetch<InstructorCourseDetail>(
			t,
			`/school/instructor/courses/${enc(courseId)}`,
			o,
		),

	roster: (
		t: ApiTarget,
		courseId: string,
		page: RosterParams,
		o?: ReadOptions,
	) =>
		schoolFetch<Roster>(
			t,
			`/school/instructor/courses/${enc(courseId)}/students`,
			{ query: { ...page }, ...o },
		),

	learner: (t: ApiTarget, courseId: string, userId: string, o?: ReadOptions) =>
		schoolFetch<LearnerDetail>(
			t,
			`/school/instructor/courses/${enc(courseId)}/students/${enc(userId)}`,
			o,
		),

	analytics: (t: ApiTarget, courseId: string, days?: number, o?: ReadOptions) =>
		schoolFetch<CourseAnalytics>(
			t,
			`/school/instructor/courses/${enc(courseId)}/analytics`,
			{ query: { days }, ...o },
		),
};
