"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("../instructor/course-editor-page.internal.js").then((m) => ({
		default: m.CourseEditorPage,
	})),
);

/** The courseEditor route (client-rendered, instructors and admins only). */
export function CourseEditorPageComponent({ courseId }: { courseId: string }) {
	return (
		<SchoolRoute
			name="courseEditor"
			path={routePaths.courseEditor(courseId)}
			Page={Page}
			props={{ courseId }}
		/>
	);
}
