"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import type { ComponentType } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

/**
 * One school route's page inside Suspense and an error boundary (the page component is the
 * route file's lazy import); a failure is reported to `onRouteError` under the route's name.
 */
export function SchoolRoute<P extends object>({
	name,
	path,
	Page,
	props,
}: {
	name: string;
	path: string;
	Page: ComponentType<P>;
	props: P;
}) {
	const { onRouteError } = useSchool();
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={props}
			onError={(error) =>
				onRouteError?.(name, error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}

/** The props of the routes keyed by a course slug and a lesson id. */
export interface LessonRouteProps {
	slug: string;
	lessonId: string;
}

/** The route component of the lesson or the quiz page (same props, path by route name). */
export function lessonRouteComponent(
	name: "lesson" | "quiz",
	Page: ComponentType<LessonRouteProps>,
) {
	return function LessonRoute({ slug, lessonId }: LessonRouteProps) {
		return (
			<SchoolRoute
				name={name}
				path={routePaths[name](slug, lessonId)}
				Page={Page}
				props={{ slug, lessonId }}
			/>
		);
	};
}
