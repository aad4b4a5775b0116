"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

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
	return (
		<SchoolRoute
			name="lessonEditor"
			path={routePaths.lessonEditor(courseId, lessonId)}
			Page={Page}
			props={{ courseId, lessonId, sectionId }}
		/>
	);
}
