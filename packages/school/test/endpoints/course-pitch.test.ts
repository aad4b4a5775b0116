import { describe, expect, it } from "vitest";
import { memoryAdapter } from "../helpers/databases";
import { makeStack } from "../helpers/fixtures";

/** The course page's selling fields (#18): written by the course's managers, read by everyone. */
describe("richer course fields", () => {
	const pitch = {
		subtitle: "Hooks, state and effects in a weekend",
		outcomes: ["Build components", "Manage state with hooks"],
		requirements: ["Basic JavaScript"],
		audience: "Developers new to React",
		promoVideoUrl: "https://youtu.be/dQw4w9WgXcQ",
		instructorBio: "Ten years of teaching <b>React</b>",
		instructorAvatar: "/avatars/olive.png",
	};

	it("are created, shown on the course detail, and updated", async () => {
		const { call } = makeStack(memoryAdapter());
		const created = await call("owner", "POST", "/school/courses", {
			title: "React Weekend",
			status: "published",
			...pitch,
		});
		expect(created.status).toBe(201);
		expect(created.json.instructorName).toBe("Olive Owner");
		const detail = (
			await call("anonymous", "GET", "/school/courses/react-weekend")
		).json;
		expect(detail).toMatchObject({
			...pitch,
			rating: { average: null, count: 0 },
		});
		const updated = await call(
			"owner",
			"PATCH",
			`/school/courses/${created.json.id}`,
			{
				outcomes: ["Only one"],
				instructorName: "Dr. Olive",
				subtitle: null,
			},
		);
		expect(updated.status).toBe(200);
		const after = (
			await call("anonymous", "GET", "/school/courses/react-weekend")
		).json;
		expect(after.outcomes).toEqual(["Only one"]);
		expect(after.requirements).toEqual(pitch.requirements);
		expect(after.instructorName).toBe("Dr. Olive");
		expect(after.subtitle).toBeNull();
	});

	it("refuses script URLs and oversized lists", async () => {
		const { call } = makeStack(memoryAdapter());
		for (const bad of [
			{ promoVideoUrl: "javascript:alert(1)" },
			{ instructorAvatar: "//evil.example/a.png" },
			{ outcomes: Array.from({ length: 21 }, (_, i) => `o${i}`) },
			{ outcomes: [""] },
			{ subtitle: "x".repeat(161) },
		]) {
			const res = await call("owner", "POST", "/school/courses", {
				title: "Bad",
				...bad,
			});
			expect(res.status, JSON.stringify(bad).slice(0, 50)).toBe(400);
		}
	});
});
