"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("../instructor/course-editor-page.internal.js").then((m) => ({
		default: m.CourseEditorPage,
	})),
);

/** The courseEditor route (client-rendered, instructors and admins only). */
export function CourseEditorPageComponent({ courseId }: { courseId: string }) {
	const { onRouteError } = useSchool();
	const path = routePaths.courseEditor(courseId);
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ courseId }}
			onError={(error) =>
				onRouteError?.("courseEditor", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
