"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("./my-courses-page.internal.js").then((m) => ({
		default: m.MyCoursesPage,
	})),
);

/** The myCourses route: the page inside Suspense and an error boundary, loaded lazily. */
export function MyCoursesPageComponent(_props: Record<string, never> = {}) {
	return (
		<SchoolRoute
			name="myCourses"
			path={routePaths.myCourses()}
			Page={Page}
			props={{}}
		/>
	);
}
