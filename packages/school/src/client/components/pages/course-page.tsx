"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("./course-page.internal.js").then((m) => ({ default: m.CoursePage })),
);

/** The course route: the page inside Suspense and an error boundary, loaded lazily. */
export function CoursePageComponent({ slug }: { slug: string }) {
	return (
		<SchoolRoute
			name="course"
			path={routePaths.course(slug)}
			Page={Page}
			props={{ slug }}
		/>
	);
}
