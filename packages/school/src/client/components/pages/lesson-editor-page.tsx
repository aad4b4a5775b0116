"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("../instructor/lesson-editor-page.internal.js").then((m) => ({
		default: m.LessonEditorPage,
	})),
);

/** The lessonEditor route (client-rendered, instructors and admins only). */
export function LessonEditorPageComponent({
	courseId,
	lessonId,
	sectionId,
}: {
	courseId: string;
	lessonId: string;
	sectionId?: string;
}) {
	const { onRouteError } = useSchool();
	const path = routePaths.lessonEditor(courseId, lessonId);
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ courseId, lessonId, sectionId }}
			onError={(error) =>
				onRouteError?.("lessonEditor", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
