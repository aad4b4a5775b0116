"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("./my-courses-page.internal.js").then((m) => ({
		default: m.MyCoursesPage,
	})),
);

/** The myCourses route: the page inside Suspense and an error boundary, loaded lazily. */
export function MyCoursesPageComponent(_props: Record<string, never> = {}) {
	const { onRouteError } = useSchool();
	const path = routePaths.myCourses();
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{}}
			onError={(error) =>
				onRouteError?.("myCourses", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
