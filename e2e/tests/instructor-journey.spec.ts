import type { Page } from "@playwright/test";
import {
	demo,
	expect,
	expectAccessible,
	signIn,
	signOut,
	test,
} from "./fixtures";

/**
 * The instructor's journey as a new user of the demo would make it: build a course with two
 * sections, a video, a reading and a quiz, reorder, publish; a learner enrolls and completes a
 * lesson; the instructor sees them in the roster and the funnel and downloads the CSV.
 */

const editorUrl = /\/pages\/learn\/instructor\/courses\/(?!new)([^/#?]+)/;

async function addLessonInEditor(
	page: Page,
	sectionIndex: number,
	fill: (page: Page) => Promise<void>,
) {
	await page.getByTestId("tab-curriculum").click();
	await page
		.getByTestId("curriculum-section")
		.nth(sectionIndex)
		.getByTestId("add-lesson-editor")
		.click();
	await expect(page.getByTestId("school-lesson-editor")).toBeVisible();
	await fill(page);
	await page.getByTestId("lesson-save").click();
	// A created lesson opens in its own editor.
	await page.waitForURL(/\/lessons\/(?!new)[^/?#]+$/);
	await expect(
		page.getByRole("heading", { name: "Edit lesson" }),
	).toBeVisible();
	await expectAccessible(page);
	await page.getByTestId("lesson-back").click();
	await expect(page.getByTestId("school-course-editor")).toBeVisible();
}

test("an instructor builds and publishes a course, then follows a learner's progress", async ({
	page,
	browser,
}) => {
	test.setTimeout(240_000);
	const title = `Testing Web Apps ${Date.now()}`;
	await signIn(page, demo.instructor);
	await page.getByTestId("nav-instructor").click();
	await expect(page.getByTestId("school-instructor-dashboard")).toBeVisible();
	await expectAccessible(page);

	// Create the course.
	await page.getByTestId("create-course").click();
	await page.getByLabel("Title", { exact: true }).fill(title);
	await page.getByLabel("Category", { exact: true }).fill("Web Development");
	await page
		.getByLabel("Description", { exact: true })
		.fill("Write **tests** that catch real bugs.");
	await page.getByTestId("course-save").click();
	await page.waitForURL(editorUrl);
	const courseId = editorUrl.exec(page.url())?.[1] as string;
	await expectAccessible(page);

	// Two sections.
	await page.getByTestId("tab-curriculum").click();
	for (const name of ["Foundations", "Going further"]) {
		await page.getByTestId("new-section-title").fill(name);
		await page.getByTestId("add-section").click();
		await expect(
			page.getByTestId("curriculum-section").filter({ hasText: name }),
		).toBeVisible();
	}
	await expectAccessible(page);

	// A video lesson, a reading and a quiz, through the lesson editor.
	await addLessonInEditor(page, 0, async (p) => {
		await p.getByTestId("lesson-title").fill("Why we test");
		await p.getByTestId("lesson-type").selectOption("video");
		await p.getByTestId("lesson-video-url").fill("/media/intro.webm");
		await expect(p.getByTestId("video-preview")).toBeVisible();
		await p.getByTestId("lesson-free-preview").check();
	});
	await addLessonInEditor(page, 0, async (p) => {
		await p.getByTestId("lesson-title").fill("Arrange, act, assert");
		await p.getByTestId("lesson-type").selectOption("text");
		await p
			.getByTestId("lesson-body")
			.fill("## Three steps\n\n```ts\nexpect(sum(1, 2)).toBe(3);\n```");
	});
	await addLessonInEditor(page, 1, async (p) => {
		await p.getByTestId("lesson-title").fill("Testing quiz");
		await p.getByTestId("lesson-type").selectOption("quiz");
		await p.getByTestId("add-question-true_false").click();
		const q = p.getByTestId("quiz-question-editor").first();
		await q
			.getByTestId("question-prompt")
			.fill("A test that cannot fail is useful.");
		await q.getByTestId("true-false-false").check();
		await p.getByTestId("add-question-single").click();
		const q2 = p.getByTestId("quiz-question-editor").nth(1);
		await q2
			.getByTestId("question-prompt")
			.fill("Which step runs the code under test?");
		await q2.getByTestId("option-text").nth(0).fill("Arrange");
		await q2.getByTestId("option-text").nth(1).fill("Act");
		await q2.getByTestId("option-correct").nth(1).check();
	});

	// Reorder: the reading moves above the video; the order saves itself in one call.
	await page.getByTestId("tab-curriculum").click();
	const first = page.getByTestId("curriculum-section").first();
	await expect(first.getByTestId("curriculum-lesson")).toHaveCount(2);
	const saved = page.waitForResponse(
		(r) =>
			r.url().endsWith(`/school/courses/${courseId}/curriculum`) &&
			r.request().method() === "PUT",
	);
	await first
		.getByTestId("curriculum-lesson")
		.nth(1)
		.getByTestId("move-up")
		.click();
	await expect(first.getByTestId("curriculum-lesson").first()).toContainText(
		"Arrange, act, assert",
	);
	expect((await saved).status()).toBe(200);
	await expect(page.getByTestId("toast")).toContainText("Order saved.");

	// Publish from the dashboard; the course is in the catalog.
	await page.getByTestId("back-to-dashboard").click();
	const row = page.locator(
		`[data-testid="instructor-course-row"][data-course-id="${courseId}"]`,
	);
	await row.getByTestId("publish-course").click();
	await expect(row.getByTestId("course-status")).toContainText(/published/i);
	await page.goto(`/pages/learn?q=${encodeURIComponent(title)}`);
	await expect(
		page.getByTestId("course-card").filter({ hasText: title }),
	).toBeVisible();

	// A learner enrolls and completes the first lesson.
	const learnerContext = await browser.newContext();
	const learner = await learnerContext.newPage();
	await signIn(learner, demo.student);
	await learner.goto(
		`/pages/learn/${encodeURIComponent((await (await page.request.get(`/api/data/school/instructor/courses`)).json()).items.find((c: { id: string }) => c.id === courseId).slug)}`,
	);
	await learner.getByTestId("enroll-button").click();
	await expect(learner.getByTestId("school-lesson-page")).toBeVisible();
	await learner.getByTestId("mark-complete").click();
	await expect(learner.getByTestId("mark-complete")).toHaveText(/Completed/);

	// A student who opens the instructor pages is turned away.
	await learner.goto("/pages/learn/instructor");
	await expect(learner.getByTestId("instructor-forbidden")).toBeVisible();
	await learner.goto(`/pages/learn/instructor/courses/${courseId}`);
	await expect(learner.getByTestId("instructor-forbidden")).toBeVisible();
	await learnerContext.close();

	// The instructor sees the learner in the roster and the funnel, and downloads the CSV.
	await page.goto(`/pages/learn/instructor/courses/${courseId}`);
	await page.getByTestId("tab-students").click();
	await expect(
		page.getByTestId("roster-row").filter({ hasText: "Sam Student" }),
	).toBeVisible();
	await expectAccessible(page);
	const download = page.waitForEvent("download");
	await page.getByTestId("download-csv").click();
	const csv = await (await download).createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of csv) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString("utf8");
	expect(text.split("\r\n")[0]).toContain("name,email,status");
	expect(text).toContain("student@example.com");
	await page.getByTestId("tab-analytics").click();
	const bars = page.getByTestId("funnel-bar");
	await expect(bars).toHaveCount(3);
	await expect(page.getByTestId("analytics-funnel")).toContainText(
		"Arrange, act, assert",
	);
	await expectAccessible(page);
	await signOut(page);
});
