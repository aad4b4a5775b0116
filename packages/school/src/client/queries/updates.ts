import type { QueryClient } from "@tanstack/react-query";
import { SCHOOL_QUERY_KEYS as keys } from "../../api/query-key-defs.js";
import type { CourseDetail, CourseSummary, LessonDetail } from "../../types.js";

/**
 * What each write changes in the cache, in one place. Every rule names the keys it touches
 * (no blanket `["school"]`), so a save refetches only the views that show what was saved.
 * Invalidating a key nobody watches costs nothing: it is just marked stale.
 */

/** The cached public course details (by slug) that show course `courseId`. */
function invalidateCourseViews(
	qc: QueryClient,
	courseId: string,
	slug?: string,
) {
	return Promise.all([
		// A rename changes the slug: the old slug's entry is found by the course id it holds.
		qc.invalidateQueries({
			queryKey: keys.courses(),
			predicate: (q) =>
				(q.state.data as CourseSummary | null | undefined)?.id === courseId,
		}),
		slug
			? qc.invalidateQueries({ queryKey: keys.course(slug) })
			: Promise.resolve(),
	]);
}

/** Course summaries appear in the catalog, its facets and the instructor's list. */
function invalidateCourseLists(qc: QueryClient) {
	return Promise.all([
		qc.invalidateQueries({ queryKey: keys.catalogs() }),
		qc.invalidateQueries({ queryKey: keys.facets() }),
		qc.invalidateQueries({ queryKey: keys.instructorCourseLists() }),
	]);
}

export const schoolCacheUpdates = {
	/** Enrolling, cancelling, completing a lesson: my access to that course and my portal. */
	learnerProgressChanged: (qc: QueryClient, courseId: string) =>
		Promise.all([
			qc.invalidateQueries({ queryKey: keys.enrollment(courseId) }),
			qc.invalidateQueries({ queryKey: keys.myEnrollments() }),
		]),

	/** A quiz attempt also adds to that lesson's attempts. */
	quizSubmitted: (qc: QueryClient, courseId: string, lessonId: string) =>
		Promise.all([
			schoolCacheUpdates.learnerProgressChanged(qc, courseId),
			qc.invalidateQueries({ queryKey: keys.attempts(lessonId) }),
		]),

	courseCreated: (qc: QueryClient) => invalidateCourseLists(qc),

	/**
	 * Course details (title, slug, status, price, …) show in its editor, its public page, the
	 * lists, and the learner portal's entries.
	 */
	courseUpdated: (qc: QueryClient, course: CourseSummary) =>
		Promise.all([
			qc.invalidateQueries({ queryKey: keys.instructorCourse(course.id) }),
			invalidateCourseViews(qc, course.id, course.slug),
			invalidateCourseLists(qc),
			qc.invalidateQueries({ queryKey: keys.myEnrollments() }),
		]),

	/** A deleted course's own queries go; the views that listed it refetch. */
	courseDeleted: async (qc: QueryClient, courseId: string) => {
		const views = qc
			.getQueriesData<CourseSummary | null>({ queryKey: keys.courses() })
			.filter(([, data]) => data?.id === courseId);
		for (const key of [
			keys.instructorCourse(courseId),
			keys.rosters(courseId),
			keys.analytics(courseId),
			keys.enrollment(courseId),
			...views.map(([key]) => key),
		])
			qc.removeQueries({ queryKey: key });
		await Promise.all([
			invalidateCourseLists(qc),
			qc.invalidateQueries({ queryKey: keys.myEnrollments() }),
		]);
	},

	/**
	 * Sections and lessons change the course outline (editor and public page). Adding or removing
	 * a lesson, or changing a duration, also changes the lesson count and total time that the
	 * lists show: pass `countsChanged`.
	 */
	curriculumChanged: (
		qc: QueryClient,
		courseId: string,
		{ countsChanged = false } = {},
	) =>
		Promise.all([
			qc.invalidateQueries({ queryKey: keys.instructorCourse(courseId) }),
			invalidateCourseViews(qc, courseId),
			countsChanged ? invalidateCourseLists(qc) : Promise.resolve(),
		]),

	/**
	 * The server answers with the saved outline: it goes into the editor's data at once (the
	 * baseline for "unsaved changes"). The editor's full lessons (their section and order moved)
	 * and the public outline are then refetched.
	 */
	curriculumSaved: (qc: QueryClient, saved: CourseDetail) => {
		qc.setQueryData(keys.instructorCourse(saved.id), (prev) =>
			prev ? { ...prev, ...saved } : prev,
		);
		return Promise.all([
			qc.invalidateQueries({ queryKey: keys.instructorCourse(saved.id) }),
			invalidateCourseViews(qc, saved.id, saved.slug),
		]);
	},

	/**
	 * A saved lesson is answered in the form its editor reads (the managers' view, with answer
	 * keys), so it replaces the cached lesson; the outline shows its title, type and duration.
	 */
	lessonSaved: (
		qc: QueryClient,
		lesson: LessonDetail,
		{ countsChanged = false } = {},
	) => {
		qc.setQueryData(keys.lesson(lesson.id), lesson);
		return schoolCacheUpdates.curriculumChanged(qc, lesson.courseId, {
			countsChanged,
		});
	},

	lessonDeleted: (qc: QueryClient, courseId: string, lessonId: string) => {
		qc.removeQueries({ queryKey: keys.lesson(lessonId) });
		qc.removeQueries({ queryKey: keys.attempts(lessonId) });
		return schoolCacheUpdates.curriculumChanged(qc, courseId, {
			countsChanged: true,
		});
	},
};
