import { describe, expect, it } from "vitest";
import {
	changedFields,
	courseToForm,
	emptyCourseForm,
	formToCreateInput,
	minorToPrice,
	priceToMinor,
	serverFieldErrors,
	slugify,
	validateCourseForm,
} from "../src/client/components/instructor/course-form-model";
import { SchoolApiError } from "../src/client/fetcher";
import { createCourseSchema, slugSchema } from "../src/schemas";
import type { CourseSummary } from "../src/types";

const messages = {
	titleRequired: "title!",
	invalidPrice: "price!",
	invalidNumber: "number!",
};

const course: CourseSummary = {
	id: "c1",
	title: "Intro",
	slug: "intro",
	description: null,
	coverImage: null,
	instructorId: "i1",
	instructorName: null,
	category: "Web",
	tags: ["react", "js"],
	difficulty: "beginner",
	durationMins: 90,
	price: 4900,
	currency: "EUR",
	status: "draft",
	maxStudents: null,
	lessonCount: 0,
	totalDurationMins: 0,
	enrollmentCount: 0,
	rating: { average: null, count: 0 },
	subtitle: null,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
};

describe("slugify", () => {
	it("makes slugs the API accepts", () => {
		expect(slugify("Intro to React & Next.js!")).toBe(
			"intro-to-react-and-next-js",
		);
		expect(slugify("  Crème brûlée 101 ")).toBe("creme-brulee-101");
		expect(slugify("---")).toBe("");
		const long = slugify("word ".repeat(40));
		expect(long.length).toBeLessThanOrEqual(80);
		expect(slugSchema.safeParse(long).success).toBe(true);
	});
});

describe("prices", () => {
	it("turns currency units into cents", () => {
		expect(priceToMinor("49.00", "USD")).toBe(4900);
		expect(priceToMinor("49", "USD")).toBe(4900);
		expect(priceToMinor("49.5", "USD")).toBe(4950);
		expect(priceToMinor("0.99", "USD")).toBe(99);
		expect(priceToMinor("19,99", "USD")).toBe(1999);
		expect(priceToMinor(" 1 000.10 ", "USD")).toBe(100010);
		expect(priceToMinor("", "USD")).toBe(0);
	});

	it("refuses what is not a price", () => {
		for (const bad of ["abc", "-5", "1.234", "1.2.3", "$5", "1e3"]) {
			expect(priceToMinor(bad, "USD"), bad).toBeNull();
		}
	});

	it("uses each currency's own minor unit: JPY 0 digits, KWD 3", () => {
		expect(priceToMinor("4900", "JPY")).toBe(4900);
		expect(priceToMinor("49.5", "JPY")).toBeNull();
		expect(priceToMinor("1.234", "KWD")).toBe(1234);
		expect(priceToMinor("1.5", "KWD")).toBe(1500);
		expect(priceToMinor("1.2345", "KWD")).toBeNull();
		expect(minorToPrice(4900, "JPY")).toBe("4900");
		expect(minorToPrice(1234, "KWD")).toBe("1.234");
		// A KWD course keeps its price through the form both ways.
		const kwd = courseToForm({ ...course, price: 12500, currency: "KWD" });
		expect(kwd.price).toBe("12.500");
		expect(formToCreateInput(kwd).price).toBe(12500);
	});

	it("shows cents as currency units", () => {
		expect(minorToPrice(4900, "USD")).toBe("49.00");
		expect(minorToPrice(1999, "USD")).toBe("19.99");
		expect(minorToPrice(0, "USD")).toBe("");
	});
});

describe("form ↔ API", () => {
	it("validates what the browser can check", () => {
		expect(validateCourseForm(emptyCourseForm, messages)).toEqual({
			title: "title!",
		});
		expect(
			validateCourseForm(
				{ ...emptyCourseForm, title: "x", price: "ten", maxStudents: "1.5" },
				messages,
			),
		).toEqual({ price: "price!", maxStudents: "number!" });
	});

	it("builds a create body the schema accepts", () => {
		const input = formToCreateInput({
			...emptyCourseForm,
			title: " Intro ",
			slug: "intro",
			tags: "react, js, react, ",
			price: "49.00",
			currency: "eur",
			durationMins: "90",
		});
		expect(input).toMatchObject({
			title: "Intro",
			slug: "intro",
			tags: ["react", "js"],
			price: 4900,
			currency: "EUR",
			durationMins: 90,
			maxStudents: null,
			coverImage: null,
		});
		expect(createCourseSchema.safeParse(input).success).toBe(true);
		expect(
			"slug" in formToCreateInput({ ...emptyCourseForm, title: "x" }),
		).toBe(false);
	});

	it("sends only changed fields on update", () => {
		const initial = courseToForm(course);
		expect(initial.price).toBe("49.00");
		expect(initial.tags).toBe("react, js");
		expect(changedFields(initial, initial)).toEqual({});
		expect(
			changedFields(initial, { ...initial, price: "10", category: "" }),
		).toEqual({ price: 1000, category: null });
	});
});

describe("serverFieldErrors", () => {
	// Was read from better-call's "[body.slug] …; [body.currency] …" message text; the server
	// now sends the same problems as `issues`, which is what is read.
	it("reads the server's validation issues", () => {
		const error = new SchoolApiError(400, "Invalid body", "VALIDATION_ERROR", [
			{ path: ["slug"], message: "Use lower-case letters" },
			{ path: ["currency"], message: "Use a 3-letter currency code" },
		]);
		expect(serverFieldErrors(error)).toEqual({
			fields: {
				slug: "Use lower-case letters",
				currency: "Use a 3-letter currency code",
			},
			form: null,
		});
	});

	it("reads zod issues and the slug conflict", () => {
		expect(
			serverFieldErrors(
				new SchoolApiError(
					400,
					"title: Title is required",
					"VALIDATION_ERROR",
					[{ path: ["title"], message: "Title is required" }],
				),
			).fields,
		).toEqual({ title: "Title is required" });
		expect(
			serverFieldErrors(
				new SchoolApiError(409, 'The slug "x" is already used', "slug_taken"),
			).fields,
		).toEqual({ slug: 'The slug "x" is already used' });
	});

	it("keeps other errors for the form", () => {
		expect(
			serverFieldErrors(
				new SchoolApiError(403, "Only instructors can do this"),
			),
		).toEqual({ fields: {}, form: "Only instructors can do this" });
	});
});
