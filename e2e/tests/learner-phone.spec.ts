import { expect, test } from "./fixtures";
import { buildCourse, instructorApi } from "./learner-helpers";

/**
 * The learner's loop on a phone: the course page's sticky action bar, the "Course content"
 * drawer under the player, and a quiz that asks before submitting unanswered questions.
 * Screenshots of the three pages go to docs/screenshots (committed, looked at).
 */

const shots = new URL("../../docs/screenshots/", import.meta.url).pathname;

test.use({
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2,
});

test("a phone learner enrolls from the sticky bar, finds the course content under the player, and is asked before a half-answered quiz", async ({
	page,
	browser,
}) => {
	test.setTimeout(120_000);
	const instructor = await instructorApi(browser);
	const course = await buildCourse(
		instructor.request,
		`Phone course ${Date.now()}`,
		[
			{
				title: "Welcome to the course",
				type: "video",
				videoUrl: "/media/intro.webm",
				content: "What you will learn, and how the course works.",
				isFreePreview: true,
			},
			{
				title: "Layouts that fit",
				type: "text",
				content: "# Layouts that fit\n\nFlexbox, grid and the box model.",
			},
			{
				title: "Check yourself",
				type: "quiz",
				content: JSON.stringify({
					passMark: 70,
					maxAttempts: 3,
					questions: [
						{
							id: "q1",
							type: "single",
							prompt: "Which property makes a flex container?",
							options: [
								{ id: "a", text: "display: flex" },
								{ id: "b", text: "position: flex" },
							],
							correct: ["a"],
						},
						{
							id: "q2",
							type: "true_false",
							prompt: "Grid and Flexbox can be combined.",
							correct: true,
						},
					],
				}),
			},
		],
	);
	await instructor.close();
	const [video, , quiz] = course.lessons;
	if (!video || !quiz) throw new Error("lessons missing");

	// A new learner, signed up on the phone.
	const stamp = Date.now();
	await page.goto("/sign-up");
	await page.getByLabel("Name").fill("Pia Phone");
	await page.getByLabel("Email").fill(`pia+${stamp}@example.com`);
	await page.getByLabel("Password").fill("correct-horse-battery");
	await page.getByTestId("sign-up-submit").click();
	await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));

	// The course page: the action is in a bar at the bottom, not under the curriculum.
	await page.goto(`/pages/learn/${course.slug}`);
	const bar = page.getByTestId("course-sticky-bar");
	await expect(bar).toBeVisible();
	await expect(bar.getByTestId("sticky-enroll")).toBeInViewport();
	await page.screenshot({ path: `${shots}phone-course.png` });
	await bar.getByTestId("sticky-enroll").click();

	// The first lesson: the player, then the course content drawer right under it.
	await expect(page.getByTestId("lesson-title")).toHaveText(
		"Welcome to the course",
	);
	const player = page.getByTestId("lesson-video");
	const toggle = page.getByTestId("course-content-toggle");
	await expect(player).toBeVisible();
	await expect(toggle).toBeInViewport();
	const playerBox = await player.boundingBox();
	const toggleBox = await toggle.boundingBox();
	expect(toggleBox?.y).toBeGreaterThan(
		(playerBox?.y ?? 0) + (playerBox?.height ?? 0) - 1,
	);
	await page.screenshot({ path: `${shots}phone-player.png` });
	await toggle.click();
	const drawer = page.getByTestId("course-content-drawer");
	await expect(drawer).toBeVisible();
	await drawer.getByRole("link", { name: /Check yourself/ }).click();

	// The quiz keeps the lesson frame; one answer of two asks before submitting.
	await expect(page.getByTestId("quiz-intro")).toContainText("2 questions");
	await page.getByLabel("display: flex", { exact: true }).check();
	await expect(page.getByTestId("quiz-answered-count")).toHaveText(
		"1 of 2 answered",
	);
	await page.getByTestId("submit-quiz").click();
	const dialog = page.getByRole("dialog", {
		name: "Submit with unanswered questions?",
	});
	await expect(dialog).toBeVisible();
	await dialog.getByRole("button", { name: "Keep answering" }).click();
	await page.getByLabel("True", { exact: true }).check();
	// The title, the quiz intro and the first question in one phone screen.
	await page
		.getByTestId("lesson-title")
		.evaluate((el) =>
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16),
		);
	await page.screenshot({ path: `${shots}phone-quiz.png` });
	await page.getByTestId("submit-quiz").click();
	const result = page.getByTestId("quiz-result");
	await expect(result).toHaveAttribute("data-passed", "true");
	await expect(result).toBeFocused();
	await expect(page.getByTestId("course-complete")).toHaveCount(0);
	await expect(page.getByTestId("quiz-passed")).toBeVisible();
	await expect(page.getByTestId("attempts-left")).toHaveCount(0);
});

test("a phone visitor opens the folded catalog filters and filters by level", async ({
	page,
}) => {
	await page.goto("/pages/learn");
	await expect(page.getByTestId("course-card").first()).toBeVisible();
	// Folded: the menus are hidden until the button opens them.
	await expect(page.getByTestId("filter-difficulty")).toBeHidden();
	const toggle = page.getByRole("button", { name: "Filters" });
	await expect(toggle).toHaveAttribute("aria-expanded", "false");
	await toggle.tap();
	await expect(toggle).toHaveAttribute("aria-expanded", "true");
	await page.getByTestId("filter-difficulty").selectOption("beginner");
	await expect(page).toHaveURL(/difficulty=beginner/);
	await expect(page.getByRole("button", { name: "Filters (1)" })).toBeVisible();
	await expect(page.getByTestId("course-card").first()).toBeVisible();
});
