"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("./lesson-page.internal.js").then((m) => ({ default: m.LessonPage })),
);

/** The lesson route: the page inside Suspense and an error boundary, loaded lazily. */
export function LessonPageComponent({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	return (
		<SchoolRoute
			name="lesson"
			path={routePaths.lesson(slug, lessonId)}
			Page={Page}
			props={{ slug, lessonId }}
		/>
	);
}
