"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("./quiz-page.internal.js").then((m) => ({ default: m.QuizPage })),
);

/** The quiz route: the page inside Suspense and an error boundary, loaded lazily. */
export function QuizPageComponent({
	slug,
	lessonId,
}: {
	slug: string;
	lessonId: string;
}) {
	return (
		<SchoolRoute
			name="quiz"
			path={routePaths.quiz(slug, lessonId)}
			Page={Page}
			props={{ slug, lessonId }}
		/>
	);
}
