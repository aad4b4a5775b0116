import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CourseCard } from "../src/client/components/shared/course-card";
import {
	coverGradient,
	coverInitials,
} from "../src/client/components/shared/generated-cover";
import { makeCourse, renderWithSchool } from "./helpers/render";

afterEach(cleanup);

describe("generated covers", () => {
	it("takes up to two initials from any script", () => {
		expect(coverInitials("Intro to React")).toBe("IT");
		expect(coverInitials("  testing   — in practice ")).toBe("TI");
		expect(coverInitials("日本語入門")).toBe("日");
		expect(coverInitials("élan vital")).toBe("ÉV");
		expect(coverInitials("   ")).toBe("");
	});

	it("gives a title the same gradient every time, and other titles others", () => {
		expect(coverGradient("Intro to React")).toBe(
			coverGradient("intro to react "),
		);
		const many = new Set(
			["A", "B", "Testing", "Design", "SQL", "Rust"].map(coverGradient),
		);
		expect(many.size).toBeGreaterThan(4);
		expect(coverGradient("Rust")).toMatch(
			/^linear-gradient\(\d+deg, hsl\(\d+ 60% 30%\), hsl\(\d+ 65% 40%\)\)$/,
		);
	});

	it("fills a card without an image, hidden from assistive technology", () => {
		renderWithSchool(
			<CourseCard
				course={makeCourse({ title: "Data Basics", coverImage: null })}
			/>,
		);
		const cover = screen.getByTestId("generated-cover");
		expect(cover.getAttribute("aria-hidden")).toBe("true");
		expect(cover.textContent).toBe("DB");
		expect(cover.parentElement?.className).toContain("aspect-video");
		cleanup();
		renderWithSchool(
			<CourseCard
				course={makeCourse({ title: "Data Basics", coverImage: "/c.png" })}
			/>,
		);
		expect(screen.queryByTestId("generated-cover")).toBeNull();
	});
});
