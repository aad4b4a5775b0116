"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import type { LessonEditorPageProps } from "../instructor/lesson-editor-page.internal.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("../instructor/lesson-editor-page.internal.js").then((m) => ({
		default: m.LessonEditorPage,
	})),
);

/** The lessonEditor route (client-rendered, instructors and admins only). */
export function LessonEditorPageComponent(props: LessonEditorPageProps) {
	return (
		<SchoolRoute
			name="lessonEditor"
			path={routePaths.lessonEditor(props.courseId, props.lessonId)}
			Page={Page}
			props={props}
		/>
	);
}
