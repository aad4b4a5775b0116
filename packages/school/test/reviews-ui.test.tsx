import {
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CoursePitch } from "../src/client/components/course/course-pitch";
import { CourseReviews } from "../src/client/components/course/course-reviews";
import { courseJsonLd } from "../src/client/components/pages/course-json-ld";
import type { ReviewView } from "../src/types";
import {
	makeCourseDetail,
	renderWithSchool,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const review = (over: Partial<ReviewView> = {}): ReviewView => ({
	id: "r1",
	courseId: "c1",
	userId: "u2",
	rating: 4,
	body: "<img src=x onerror=alert(1)> Great\ncourse",
	authorName: "Oscar",
	hidden: false,
	reply: null,
	repliedAt: null,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
	...over,
});

const rated = makeCourseDetail({ rating: { average: 4, count: 1 } });
const list = {
	items: [review()],
	total: 1,
	limit: 10,
	offset: 0,
	rating: { average: 4, count: 1 },
};

describe("CourseReviews", () => {
	it("shows the rating and reviews as plain text, with no request before there are ratings", async () => {
		const calls = stubFetch({});
		renderWithSchool(
			<CourseReviews
				course={makeCourseDetail()}
				studying={false}
				canManage={false}
			/>,
		);
		expect(screen.getByText("No reviews yet.")).toBeTruthy();
		expect(calls).toEqual([]);
	});

	it("renders review text safely and the rating's label", async () => {
		stubFetch({ "GET /school/courses/c1/reviews": { body: list } });
		const { container } = renderWithSchool(
			<CourseReviews course={rated} studying={false} canManage={false} />,
		);
		const text = await screen.findByTestId("review-text");
		expect(text.textContent).toContain("<img src=x onerror=alert(1)>");
		expect(container.querySelector("img")).toBeNull();
		expect(
			screen.getAllByRole("img", { name: "Rated 4.0 out of 5 from 1 review" })
				.length,
		).toBeGreaterThan(0);
		expect(screen.queryByTestId("review-hide")).toBeNull();
	});

	it("lets an eligible learner rate and post; the request carries rating and text", async () => {
		const calls = stubFetch({
			"GET /school/courses/c1/reviews": { body: list },
			"GET /school/courses/c1/reviews/mine": {
				body: { review: null, eligible: true },
			},
			"POST /school/courses/c1/reviews": {
				status: 201,
				body: review({ id: "r2", userId: "me" }),
			},
		});
		renderWithSchool(
			<CourseReviews course={rated} studying canManage={false} />,
		);
		fireEvent.click(await screen.findByLabelText("5 stars"));
		fireEvent.change(screen.getByTestId("review-body"), {
			target: { value: " Loved it " },
		});
		fireEvent.click(screen.getByTestId("review-submit"));
		await waitFor(() =>
			expect(calls.some((c) => c.method === "POST")).toBe(true),
		);
		expect(calls.find((c) => c.method === "POST")?.body).toEqual({
			rating: 5,
			body: "Loved it",
		});
	});

	it("tells a learner below the threshold why there is no form", async () => {
		stubFetch({
			"GET /school/courses/c1/reviews": { body: list },
			"GET /school/courses/c1/reviews/mine": {
				body: { review: null, eligible: false },
			},
		});
		renderWithSchool(
			<CourseReviews course={rated} studying canManage={false} />,
		);
		expect(await screen.findByTestId("review-not-yet")).toBeTruthy();
		expect(screen.queryByTestId("review-form")).toBeNull();
	});

	it("gives managers reply and hide", async () => {
		const calls = stubFetch({
			"GET /school/courses/c1/reviews": { body: list },
			"POST /school/reviews/r1/reply": { body: review({ reply: "Thanks" }) },
			"POST /school/reviews/r1/hide": { body: review({ hidden: true }) },
		});
		renderWithSchool(
			<CourseReviews course={rated} studying={false} canManage />,
		);
		const item = await screen.findByTestId("review-item");
		fireEvent.click(within(item).getByTestId("review-reply-open"));
		fireEvent.change(within(item).getByTestId("review-reply-body"), {
			target: { value: "Thanks" },
		});
		fireEvent.click(within(item).getByTestId("review-reply-send"));
		fireEvent.click(within(item).getByTestId("review-hide"));
		await waitFor(() =>
			expect(
				calls.filter((c) => c.method === "POST").map((c) => [c.path, c.body]),
			).toEqual([
				["/school/reviews/r1/reply", { reply: "Thanks" }],
				["/school/reviews/r1/hide", { hidden: true }],
			]),
		);
	});
});

describe("CoursePitch", () => {
	it("lists outcomes and requirements and says who it is for", () => {
		renderWithSchool(
			<CoursePitch
				course={makeCourseDetail({
					outcomes: ["Hooks"],
					requirements: ["JS"],
					audience: "Beginners",
				})}
			/>,
		);
		expect(
			screen.getByRole("heading", { name: "What you'll learn" }),
		).toBeTruthy();
		expect(
			within(screen.getByTestId("course-outcomes")).getByText("Hooks"),
		).toBeTruthy();
		expect(
			within(screen.getByTestId("course-requirements")).getByText("JS"),
		).toBeTruthy();
		expect(screen.getByText("Beginners")).toBeTruthy();
	});
});

describe("course JSON-LD", () => {
	it("has absolute url and image, the school as Organization, the instructor as Person, the rating", () => {
		const data = JSON.parse(
			courseJsonLd(
				makeCourseDetail({
					coverImage: "/covers/a.png",
					rating: { average: 4.5, count: 12 },
				}),
				{
					courseUrl: "https://school.example/pages/learn/intro",
					siteURL: "https://school.example",
					schoolName: "Acme School",
				},
			),
		);
		expect(data.url).toBe("https://school.example/pages/learn/intro");
		expect(data.image).toBe("https://school.example/covers/a.png");
		expect(data.provider).toEqual({
			"@type": "Organization",
			name: "Acme School",
			url: "https://school.example",
		});
		expect(data.instructor).toMatchObject({
			"@type": "Person",
			name: "Ivy Teacher",
		});
		expect(data.aggregateRating).toMatchObject({
			ratingValue: 4.5,
			ratingCount: 12,
			bestRating: 5,
		});
	});
});

describe("CoursePitchSection (course editor)", () => {
	it("saves the course page's fields on their own: lists by line, empty text cleared", async () => {
		const { CoursePitchSection } = await import(
			"../src/client/components/instructor/course-pitch-section"
		);
		const calls = stubFetch({
			"PATCH /school/courses/c1": { body: makeCourseDetail() },
		});
		renderWithSchool(
			<CoursePitchSection
				course={makeCourseDetail({ subtitle: "Old", outcomes: ["A"] })}
			/>,
		);
		expect(
			(screen.getByTestId("pitch-outcomes") as HTMLTextAreaElement).value,
		).toBe("A");
		fireEvent.change(screen.getByTestId("pitch-outcomes"), {
			target: { value: " Hooks \n\nState " },
		});
		fireEvent.change(screen.getByTestId("pitch-subtitle"), {
			target: { value: " " },
		});
		fireEvent.click(screen.getByTestId("pitch-save"));
		await screen.findByText("Course page saved");
		expect(calls[0]?.body).toMatchObject({
			subtitle: null,
			outcomes: ["Hooks", "State"],
			requirements: [],
			instructorName: "Ivy Teacher",
		});
	});
});
