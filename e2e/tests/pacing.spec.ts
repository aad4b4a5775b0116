import { demo, expect, signIn, test } from "./fixtures";
import { buildCourse, instructorApi } from "./learner-helpers";

/**
 * A sequential, drip-fed course (#19) in the browser: the outline shows each lock with its
 * reason (the previous lesson, an opening date in the learner's locale), completing a lesson
 * opens the next, and the server refuses the dripped lesson early.
 */
test("sequential and drip-fed course", async ({ page, browser }) => {
	const instructor = await instructorApi(browser);
	const course = await buildCourse(instructor.request, `Paced ${Date.now()}`, [
		{ title: "Step one", type: "text", content: "First things first." },
		{ title: "Step two", type: "text", content: "Then this." },
		{ title: "Step three", type: "text", content: "Later." },
	]);
	const [one, two, three] = course.lessons;
	if (!one || !two || !three) throw new Error("lessons missing");
	expect(
		(
			await instructor.request.patch(`/api/data/school/courses/${course.id}`, {
				data: { sequential: true },
			})
		).status(),
	).toBe(200);
	expect(
		(
			await instructor.request.patch(`/api/data/school/lessons/${three.id}`, {
				data: { dripDays: 3 },
			})
		).status(),
	).toBe(200);
	await instructor.close();

	await signIn(page, demo.student);
	await page.goto(`/pages/learn/${course.slug}`);
	await page.getByTestId("enroll-button").click();
	const row = (id: string) =>
		page.locator(`[data-testid="curriculum-lesson"][data-lesson-id="${id}"]`);
	await expect(row(two.id).getByTestId("lesson-lock-reason")).toHaveAttribute(
		"data-reason",
		"sequential",
	);
	await expect(row(two.id)).toContainText("Complete the previous lesson first");
	await expect(row(three.id).getByTestId("lesson-lock-reason")).toHaveAttribute(
		"data-reason",
		"not_yet_open",
	);
	await expect(row(three.id)).toContainText(/Opens \w+ \d+, \d{4}/);

	await row(one.id).getByRole("link").click();
	await page.getByTestId("mark-complete").click();
	await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);
	await page.goto(`/pages/learn/${course.slug}`);
	await expect(row(two.id).getByRole("link")).toBeVisible();
	await expect(row(two.id).getByTestId("lesson-lock-reason")).toHaveCount(0);

	const early = await page.request.get(`/api/data/school/lessons/${three.id}`);
	expect(early.status()).toBe(403);
	expect((await early.json()).code).toBe("not_yet_open");
});
