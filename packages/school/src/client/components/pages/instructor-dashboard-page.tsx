"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("../instructor/dashboard-page.internal.js").then((m) => ({
		default: m.InstructorDashboardPage,
	})),
);

/** The instructorDashboard route (client-rendered, instructors and admins only). */
export function InstructorDashboardPageComponent(
	_props: Record<string, never> = {},
) {
	return (
		<SchoolRoute
			name="instructorDashboard"
			path={routePaths.instructor()}
			Page={Page}
			props={{}}
		/>
	);
}
