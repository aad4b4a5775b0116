"use client";
import { useCourse, useCourseProgress } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import {
	activeEnrollment,
	neighboursOf,
	opensAll,
	outlineOf,
} from "./lesson-nav.js";

/**
 * What the lesson and quiz pages read before anything else: the course, the viewer's access to
 * it, the lesson's outline entry (only a quiz when `quizOnly`) and the next lesson for this viewer.
 */
export function useLessonRoute(
	slug: string,
	lessonId: string,
	{ quizOnly = false }: { quizOnly?: boolean } = {},
) {
	const { t, paths } = useSchool();
	const { data: course } = useCourse(slug);
	const access = useCourseProgress(course?.id);
	const enrollment = activeEnrollment(access.data);
	const openAll = opensAll(access.data);
	const outlineLesson = course
		? outlineOf(course).find(
				(l) => l.id === lessonId && (!quizOnly || l.type === "quiz"),
			)
		: undefined;
	const next = course
		? neighboursOf(course, lessonId, paths, openAll).next
		: null;
	return { t, paths, course, access, enrollment, openAll, outlineLesson, next };
}
