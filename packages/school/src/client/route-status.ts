import type { Certificate, CourseDetail } from "../types.js";

/**
 * What a route tells the host app beyond its page: `notFound` when the server said the course,
 * lesson, quiz or certificate does not exist (for this visitor), so the app can answer HTTP 404
 * (Next.js: call `notFound()`) instead of a 200 "not found" page. Read it with
 * `route.extra?.()` after `route.loader()` has run; before that, or when the load failed for
 * another reason (the API down), it is `false`: only a definite answer becomes a 404.
 */
export interface SchoolRouteExtra {
	notFound: boolean;
}

/**
 * The course (or one of its lessons, or its quiz) as the loader left it in the cache:
 * `null` = the API answered 404, `undefined` = not loaded.
 */
export function courseRouteExtra(
	course: CourseDetail | null | undefined,
	lesson?: { id: string; quiz?: boolean },
): SchoolRouteExtra {
	if (course === undefined) return { notFound: false };
	if (course === null) return { notFound: true };
	if (!lesson) return { notFound: false };
	const outline = [
		...course.sections.flatMap((s) => s.lessons),
		...course.unsectionedLessons,
	].find((l) => l.id === lesson.id);
	return {
		notFound: !outline || (lesson.quiz === true && outline.type !== "quiz"),
	};
}

export function certificateRouteExtra(
	certificate: Certificate | null | undefined,
): SchoolRouteExtra {
	return { notFound: certificate === null };
}
