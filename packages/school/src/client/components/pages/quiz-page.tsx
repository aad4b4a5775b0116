"use client";
import { lazy } from "react";
import { lessonRouteComponent } from "./school-route.js";

const Page = lazy(() =>
	import("./quiz-page.internal.js").then((m) => ({ default: m.QuizPage })),
);

/** The quiz route: the page inside Suspense and an error boundary, loaded lazily. */
export const QuizPageComponent = lessonRouteComponent("quiz", Page);
