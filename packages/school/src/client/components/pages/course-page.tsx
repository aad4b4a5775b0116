"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school";
import { routePaths } from "../../paths";
import { PageError, PageSkeleton } from "../shared/states";

const Page = lazy(() =>
	import("./course-page.internal").then((m) => ({ default: m.CoursePage })),
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
