"use client";
import { lazy } from "react";
import { lessonRouteComponent } from "./school-route.js";

const Page = lazy(() =>
	import("./lesson-page.internal.js").then((m) => ({ default: m.LessonPage })),
);

/** The lesson route: the page inside Suspense and an error boundary, loaded lazily. */
export const LessonPageComponent = lessonRouteComponent("lesson", Page);
