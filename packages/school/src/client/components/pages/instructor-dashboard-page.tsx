"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("../instructor/dashboard-page.internal.js").then((m) => ({
		default: m.InstructorDashboardPage,
	})),
);

/** The instructorDashboard route (client-rendered, instructors and admins only). */
export function InstructorDashboardPageComponent(
	_props: Record<string, never> = {},
) {
	const { onRouteError } = useSchool();
	const path = routePaths.instructor();
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{}}
			onError={(error) =>
				onRouteError?.("instructorDashboard", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
