"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

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
	const { onRouteError } = useSchool();
	const path = routePaths.lesson(slug, lessonId);
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ slug, lessonId }}
			onError={(error) =>
				onRouteError?.("lesson", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
