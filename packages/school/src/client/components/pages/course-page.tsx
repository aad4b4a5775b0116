"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("./course-page.internal.js").then((m) => ({ default: m.CoursePage })),
);

/** The course route: the page inside Suspense and an error boundary, loaded lazily. */
export function CoursePageComponent({ slug }: { slug: string }) {
	const { onRouteError } = useSchool();
	const path = routePaths.course(slug);
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ slug }}
			onError={(error) =>
				onRouteError?.("course", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
