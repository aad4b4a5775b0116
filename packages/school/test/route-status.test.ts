import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { schoolClientPlugin } from "../src/client/plugin";
import type { SchoolRouteExtra } from "../src/client/route-status";
import type { CourseDetail } from "../src/types";

/** The school routes' `extra()` tells the host app to answer 404, after the server loader ran. */

const course = {
	id: "c1",
	slug: "intro",
	title: "Intro",
	status: "published",
	sections: [],
	unsectionedLessons: [
		{ id: "l1", title: "Welcome", type: "video" },
		{ id: "l2", title: "Check", type: "quiz" },
	],
	lessonOrder: ["l1", "l2"],
} as unknown as CourseDetail;

function stubApi(answers: Record<string, { status: number; body: unknown }>) {
	vi.stubGlobal("fetch", async (url: string) => {
		const answer = answers[new URL(url).pathname] ?? {
			status: 404,
			body: { message: "Not found", code: "not_found" },
		};
		return new Response(JSON.stringify(answer.body), {
			status: answer.status,
			headers: { "content-type": "application/json" },
		});
	});
}

type Resolved = {
	loader?: () => Promise<void>;
	extra?: () => SchoolRouteExtra;
};

async function extraOf(
	key: "course" | "lesson" | "quiz" | "certificate",
	params: Record<string, string>,
) {
	const queryClient = new QueryClient({
		defaultOptions: { queries: { retry: false } },
	});
	const routes = schoolClientPlugin({
		apiBaseURL: "http://api.test",
		apiBasePath: "/api/data",
		siteBaseURL: "https://school.test",
		siteBasePath: "/pages",
		queryClient,
	}).routes() as Record<string, unknown>;
	const route = (routes[key] as (c: { params: typeof params }) => Resolved)({
		params,
	});
	await route.loader?.();
	return route.extra?.();
}

afterEach(() => vi.unstubAllGlobals());

describe("routes signal not-found after their loader", () => {
	const found = {
		"/api/data/school/courses/intro": { status: 200, body: course },
	};

	it("an unknown course, lesson, quiz or certificate is notFound", async () => {
		stubApi(found);
		expect(await extraOf("course", { slug: "nope" })).toEqual({
			notFound: true,
		});
		expect(
			await extraOf("lesson", { slug: "intro", lessonId: "gone" }),
		).toEqual({ notFound: true });
		// A video lesson is not a quiz.
		expect(await extraOf("quiz", { slug: "intro", lessonId: "l1" })).toEqual({
			notFound: true,
		});
		expect(await extraOf("certificate", { certificateId: "missing" })).toEqual({
			notFound: true,
		});
	});

	it("existing pages are found", async () => {
		stubApi(found);
		expect(await extraOf("course", { slug: "intro" })).toEqual({
			notFound: false,
		});
		expect(await extraOf("lesson", { slug: "intro", lessonId: "l1" })).toEqual({
			notFound: false,
		});
		expect(await extraOf("quiz", { slug: "intro", lessonId: "l2" })).toEqual({
			notFound: false,
		});
	});

	it("a failing API is not a 404: the page renders and retries", async () => {
		stubApi({
			"/api/data/school/courses/intro": {
				status: 500,
				body: { message: "boom" },
			},
		});
		vi.spyOn(console, "error").mockImplementation(() => {});
		expect(await extraOf("course", { slug: "intro" })).toEqual({
			notFound: false,
		});
		expect(await extraOf("lesson", { slug: "intro", lessonId: "l1" })).toEqual({
			notFound: false,
		});
	});
});
