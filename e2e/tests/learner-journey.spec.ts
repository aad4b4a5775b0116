import type { Page } from "@playwright/test";
import {
	type SeedCourse,
	seedCourses,
} from "../../examples/nextjs/lib/seed-content";
import { expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * A new learner's whole journey through the demo school, as a person would do it: sign up,
 * find a course, preview, enroll, watch and resume a video, read, fail then pass the quiz,
 * finish the course and have the certificate verified by someone signed out.
 */

const FREE_SLUG = "html-css-foundations";
const PAID_SLUG = "react-from-scratch";

const seed = (slug: string) =>
	seedCourses.find((c) => c.slug === slug) as SeedCourse;
const lessonsOf = (course: SeedCourse) =>
	course.sections.flatMap((s) => s.lessons);

async function signUp(page: Page, name: string, email: string) {
	await page.goto("/sign-up");
	await page.getByLabel("Name").fill(name);
	await page.getByLabel("Email").fill(email);
	await page.getByLabel("Password").fill("correct-horse-battery");
	await page.getByTestId("sign-up-submit").click();
	await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
	await expect(page.getByTestId("current-user")).toContainText(name);
}

/** Answers every question of the seeded quiz on the quiz page, right or wrong. */
async function answerQuiz(page: Page, course: SeedCourse, right: boolean) {
	const quiz = lessonsOf(course).find((l) => l.type === "quiz")?.quiz;
	if (!quiz) throw new Error("the seeded course has no quiz");
	for (const q of quiz.questions) {
		const field = page.locator(`[data-question-id="${q.id}"]`);
		if (q.type === "single" || q.type === "multiple") {
			const chosen = right
				? q.correct
				: q.options
						.filter((o) => !q.correct.includes(o.id))
						.slice(0, 1)
						.map((o) => o.id);
			for (const id of chosen) {
				const text = q.options.find((o) => o.id === id)?.text ?? id;
				await field.getByLabel(text, { exact: true }).check();
			}
		} else if (q.type === "true_false") {
			const answer = right ? q.correct : !q.correct;
			await field
				.getByLabel(answer ? "True" : "False", { exact: true })
				.check();
		} else if (q.type === "short_text") {
			await field
				.getByRole("textbox")
				.fill(right ? (q.accepted[0] ?? "") : "definitely wrong");
		}
	}
	await page.getByTestId("submit-quiz").click();
}

test("a new learner finishes a free course and gets a verified certificate", async ({
	page,
	browser,
}) => {
	test.setTimeout(180_000);
	const course = seed(FREE_SLUG);
	const name = `Lena Learner ${Date.now()}`;
	await signUp(page, name, `lena+${Date.now()}@example.com`);

	// Filter the catalog; the filters live in the URL and survive a reload.
	await page.goto("/pages/learn");
	await page.getByTestId("filter-difficulty").selectOption("beginner");
	await page.getByTestId("filter-category").selectOption(course.category);
	await expect(page).toHaveURL(/difficulty=beginner/);
	await expect(
		page.getByTestId("course-card").filter({ hasText: course.title }),
	).toBeVisible();
	await expectAccessible(page);
	await page.reload();
	await expect(page.getByTestId("filter-difficulty")).toHaveValue("beginner");
	await expect(
		page.getByTestId("course-card").filter({ hasText: "Advanced" }),
	).toHaveCount(0);
	await page.getByRole("link", { name: course.title }).click();

	// The course page, and a preview lesson opened without enrolling.
	await expect(page.getByTestId("course-title")).toHaveText(course.title);
	await expect(page.getByTestId("enroll-button")).toBeVisible();
	await expectAccessible(page);
	const lessons = lessonsOf(course);
	const video = lessons.find((l) => l.type === "video" && l.isFreePreview);
	if (!video) throw new Error("no preview video in the seed");
	await page
		.getByRole("link", { name: new RegExp(video.title) })
		.first()
		.click();
	await expect(page.getByTestId("lesson-video")).toBeVisible();
	await expect(page.getByTestId("mark-complete")).toHaveCount(0);
	await expectAccessible(page);

	// Enroll: the first lesson opens.
	await page.goto(`/pages/learn/${FREE_SLUG}`);
	await page.getByTestId("enroll-button").click();
	await expect(page.getByTestId("school-lesson-page")).toBeVisible();
	await expect(page.getByTestId("course-progress")).toHaveText(/0% complete/);

	// Play the video from ~12 s and pause; the position is saved (while playing, and on pause).
	const player = page.getByTestId("lesson-video");
	const saved = page.waitForResponse(
		(r) => r.url().includes("/position") && r.request().method() === "PUT",
	);
	await player.evaluate(async (el: HTMLVideoElement) => {
		el.muted = true;
		if (el.readyState < 1)
			await new Promise((r) =>
				el.addEventListener("loadedmetadata", r, { once: true }),
			);
		el.currentTime = 12;
		await el.play();
	});
	expect((await saved).status()).toBe(200);
	const paused = page.waitForResponse(
		(r) => r.url().includes("/position") && r.request().method() === "PUT",
	);
	await player.evaluate(async (el: HTMLVideoElement) => {
		await new Promise((r) => setTimeout(r, 1200));
		el.pause();
	});
	expect((await paused).status()).toBe(200);
	await page.reload();
	await expect
		.poll(
			() =>
				page
					.getByTestId("lesson-video")
					.evaluate((el: HTMLVideoElement) => Math.floor(el.currentTime)),
			{ timeout: 15_000 },
		)
		.toBeGreaterThanOrEqual(12);
	await page.getByTestId("mark-complete").click();
	await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);

	// Read and complete the other lessons (text lessons are marked complete by hand).
	for (const lesson of lessons.filter(
		(l) => l.type !== "quiz" && l !== video,
	)) {
		await page
			.getByRole("navigation", { name: "Course content" })
			.getByRole("link", { name: new RegExp(lesson.title) })
			.click();
		await expect(page.getByTestId("lesson-title")).toHaveText(lesson.title);
		await page.getByTestId("mark-complete").click();
		await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);
	}
	await expectAccessible(page);

	// The quiz: fail, see the feedback, try again and pass; passing finishes the course.
	const quizLesson = lessons.find((l) => l.type === "quiz");
	await page
		.getByRole("navigation", { name: "Course content" })
		.getByRole("link", { name: new RegExp(quizLesson?.title ?? "quiz") })
		.click();
	await expect(page.getByTestId("school-quiz-page")).toBeVisible();
	await expectAccessible(page);
	await answerQuiz(page, course, false);
	await expect(page.getByTestId("quiz-result")).toHaveAttribute(
		"data-passed",
		"false",
	);
	await expect(page.getByTestId("question-feedback").first()).toBeVisible();
	await page.getByTestId("quiz-try-again").click();
	await answerQuiz(page, course, true);
	await expect(page.getByTestId("quiz-result")).toHaveAttribute(
		"data-passed",
		"true",
	);
	await expect(page.getByTestId("course-complete")).toBeVisible();
	const certificateHref = await page
		.getByTestId("certificate-link")
		.getAttribute("href");
	expect(certificateHref).toMatch(/\/pages\/learn\/certificates\/.+/);

	// Someone signed out verifies the certificate.
	const visitorContext = await browser.newContext();
	const visitor = await visitorContext.newPage();
	await visitor.goto(certificateHref as string);
	await expect(visitor.getByTestId("certificate-verified")).toBeVisible();
	await expect(visitor.getByTestId("certificate-learner")).toHaveText(name);
	await expect(visitor.getByTestId("certificate-course")).toHaveText(
		course.title,
	);
	await expectAccessible(visitor);
	await visitorContext.close();

	// The portal lists the course as completed, with the certificate.
	await page.goto("/pages/learn/me");
	const entry = page
		.getByTestId("portal-entry")
		.filter({ hasText: course.title });
	await expect(entry).toHaveAttribute("data-status", "completed");
	await expect(entry.getByTestId("portal-certificate")).toBeVisible();
	await expectAccessible(page);
});

test("a paid course is entered only after the demo checkout", async ({
	page,
	allowResponse,
}) => {
	const course = seed(PAID_SLUG);
	await signUp(page, "Paula Payer", `paula+${Date.now()}@example.com`);
	const detail = await (
		await page.request.get(`/api/data/school/courses/${PAID_SLUG}`)
	).json();

	// Not without paying: the API refuses, and locked lessons stay locked.
	allowResponse(/\/school\/courses\/[^/]+\/enroll$/, 403);
	const refused = await page.request.post(
		`/api/data/school/courses/${detail.id}/enroll`,
		{ data: {} },
	);
	expect(refused.status()).toBe(403);
	const locked = lessonsOf(course).findIndex(
		(l) => !l.isFreePreview && l.type !== "quiz",
	);
	await page.goto(
		`/pages/learn/${PAID_SLUG}/lessons/${detail.lessonOrder[locked]}`,
	);
	await expect(page.getByTestId("lesson-locked")).toBeVisible();

	// Buy through the demo checkout: back on the course page, enrolled.
	await page.goto(`/pages/learn/${PAID_SLUG}`);
	await page.getByTestId("buy-course").click();
	await expect(page.getByTestId("checkout-page")).toBeVisible();
	await expectAccessible(page);
	await page.getByTestId("checkout-pay").click();
	await page.waitForURL(new RegExp(`/pages/learn/${PAID_SLUG}$`));
	await expect(page.getByTestId("course-cta")).toHaveAttribute(
		"data-state",
		"enrolled",
	);
	await page.goto(
		`/pages/learn/${PAID_SLUG}/lessons/${detail.lessonOrder[locked]}`,
	);
	await expect(page.getByTestId("lesson-locked")).toHaveCount(0);
	await expect(page.getByTestId("mark-complete")).toBeVisible();
});

test("a signed-out visitor is asked to sign in before enrolling and comes back to the course", async ({
	page,
}) => {
	await page.goto(`/pages/learn/${FREE_SLUG}`);
	await page.getByTestId("sign-in-to-enroll").click();
	await page.waitForURL(/\/sign-in/);
	await signIn(page, "student@example.com", { onSignInPage: true });
	await expect(page).toHaveURL(new RegExp(`/pages/learn/${FREE_SLUG}`));
	await expect(page.getByTestId("course-cta")).toBeVisible();
});
