import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import {
	type SeedCourse,
	seedCourses,
} from "../../examples/nextjs/lib/seed-content";
import { demo, expect, expectAccessible, signIn, test } from "./fixtures";

/**
 * Learning aids (#20): the interactive transcript and timestamped notes around the lesson
 * video, and the demo's outbox showing what each school hook did.
 */

const SLUG = "html-css-foundations";
const OTHER_SLUG = "modern-javascript";
const API = "/api/data/school";

const seed = (slug: string) =>
	seedCourses.find((c) => c.slug === slug) as SeedCourse;

async function signUp(page: Page, name: string, email: string) {
	await page.goto("/sign-up");
	await page.getByLabel("Name").fill(name);
	await page.getByLabel("Email").fill(email);
	await page.getByLabel("Password").fill("correct-horse-battery");
	await page.getByTestId("sign-up-submit").click();
	await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
}

const videoTime = (page: Page) =>
	page
		.getByTestId("lesson-video")
		.evaluate((v) => (v as HTMLVideoElement).currentTime);

test("transcript and notes: play, click a cue, take a timestamped note, reload, jump back, export", async ({
	page,
}) => {
	test.setTimeout(120_000);
	await signUp(page, "Tara Transcript", `tara+${Date.now()}@example.com`);
	await page.goto(`/pages/learn/${SLUG}`);
	await page.getByTestId("enroll-button").click();
	await expect(page.getByTestId("school-lesson-page")).toBeVisible();

	// Wide screen: the transcript sits beside the video.
	const media = page.getByTestId("lesson-media");
	await expect(media).toHaveAttribute("data-layout", "wide");
	const cues = page.getByTestId("transcript-cue");
	await expect(cues.first()).toContainText("Welcome to Acme School");
	const video = page.getByTestId("lesson-video");
	await video.evaluate((v) => {
		const el = v as HTMLVideoElement;
		el.muted = true;
		return el.play();
	});

	// A click on the third cue (10 s) seeks there; that cue becomes the current one.
	const scrollBefore = await page.evaluate(() => window.scrollY);
	await cues.nth(2).click();
	await expect.poll(() => videoTime(page)).toBeGreaterThanOrEqual(10);
	await expect(cues.nth(2)).toHaveAttribute("aria-current", "true");
	// Following the video never scrolls the page.
	expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
	await video.evaluate((v) => (v as HTMLVideoElement).pause());
	const at = Math.floor(await videoTime(page));

	// Search within the transcript.
	await page.getByTestId("transcript-search").fill("sections");
	await expect(cues).toHaveCount(1);
	await expect(cues.first()).toContainText("split into sections");
	await page.getByTestId("transcript-search").fill("");

	// axe on the player with the transcript open: nothing at any impact inside the aids.
	await expectAccessible(page);
	const aids = await new AxeBuilder({ page })
		.include('[data-testid="lesson-media"]')
		.analyze();
	expect(aids.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	// A note bookmarked at the current time.
	await expect(page.getByTestId("note-bookmark")).toBeChecked();
	await page.getByTestId("note-input").fill("Sections hold lessons");
	await page.getByTestId("note-add").click();
	const clock = `0:${String(at).padStart(2, "0")}`;
	await expect(page.getByTestId("note-jump")).toHaveText(clock);

	// After a reload it is still there; jumping back seeks the video to it.
	await page.reload();
	await expect(page.getByTestId("note-body")).toHaveText(
		"Sections hold lessons",
	);
	await expect(video).toBeVisible();
	await video.evaluate(
		(v) =>
			new Promise<void>((resolve) => {
				const el = v as HTMLVideoElement;
				const go = () => {
					el.currentTime = 30;
					resolve();
				};
				if (el.readyState >= 1) go();
				else el.addEventListener("loadedmetadata", go, { once: true });
			}),
	);
	await page.getByTestId("note-jump").click();
	await expect.poll(() => videoTime(page)).toBeCloseTo(at, 0);

	// Export: the course's notes as Markdown.
	const [download] = await Promise.all([
		page.waitForEvent("download"),
		page.getByTestId("notes-export").click(),
	]);
	expect(download.suggestedFilename()).toBe(`${SLUG}-notes.md`);
	const markdown = await download.createReadStream().then(async (stream) => {
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString("utf8");
	});
	expect(markdown).toContain(`# ${seed(SLUG).title}`);
	expect(markdown).toContain(
		`- **00:${String(at).padStart(2, "0")}** Sections hold lessons`,
	);
});

/** The seeded quiz's right answers, in the API's shape. */
function rightAnswers(course: SeedCourse) {
	const quiz = course.sections
		.flatMap((s) => s.lessons)
		.find((l) => l.type === "quiz")?.quiz;
	if (!quiz) throw new Error("the seeded course has no quiz");
	return quiz.questions.map((q) => ({
		questionId: q.id,
		answer:
			q.type === "short_text"
				? (q.accepted[0] ?? "")
				: q.type === "true_false"
					? q.correct
					: q.type === "single"
						? (q.correct[0] ?? "")
						: q.correct,
	}));
}

interface Outline {
	id: string;
	sections: { lessons: { id: string; type: string }[] }[];
	unsectionedLessons: { id: string; type: string }[];
}

async function outline(api: APIRequestContext, slug: string): Promise<Outline> {
	const res = await api.get(`${API}/courses/${slug}`);
	expect(res.ok()).toBe(true);
	return res.json();
}

test("the outbox shows what each hook did: welcome, lessons, quiz, certificate, leaving", async ({
	page,
	browser,
}) => {
	test.setTimeout(120_000);
	const email = `otto+${Date.now()}@example.com`;
	await signUp(page, "Otto Outbox", email);
	const api = page.request;

	// Enroll and finish a course through the API the pages use (same session cookie).
	const course = await outline(api, SLUG);
	expect((await api.post(`${API}/courses/${course.id}/enroll`)).ok()).toBe(
		true,
	);
	const lessons = [
		...course.sections.flatMap((s) => s.lessons),
		...course.unsectionedLessons,
	];
	for (const lesson of lessons.filter((l) => l.type !== "quiz")) {
		const res = await api.post(`${API}/lessons/${lesson.id}/complete`);
		expect(res.ok(), await res.text()).toBe(true);
	}
	const quiz = lessons.find((l) => l.type === "quiz");
	if (!quiz) throw new Error("no quiz lesson");
	const attempt = await api.post(`${API}/lessons/${quiz.id}/attempts`, {
		data: { answers: rightAnswers(seed(SLUG)) },
	});
	expect(attempt.status(), await attempt.text()).toBe(201);

	// Enroll in another course and leave it.
	const other = await outline(api, OTHER_SLUG);
	const enrolled = await api.post(`${API}/courses/${other.id}/enroll`);
	const { id } = await enrolled.json();
	expect((await api.post(`${API}/enrollments/${id}/cancel`)).ok()).toBe(true);

	await page.goto("/");
	await page.getByTestId("nav-outbox").click();
	await expect(page.getByTestId("outbox-page")).toBeVisible();
	const messages = page.getByTestId("outbox-message");
	const kinds = await messages.evaluateAll((els) =>
		els.map((el) => el.getAttribute("data-kind")),
	);
	// Newest first: leaving came last, the welcome to the first course first.
	expect(kinds[0]).toBe("enrollment-cancelled");
	expect(kinds.at(-1)).toBe("welcome");
	for (const kind of [
		"welcome",
		"lesson-complete",
		"quiz-result",
		"certificate",
	])
		expect(kinds).toContain(kind);
	expect(kinds.filter((k) => k === "welcome")).toHaveLength(2);
	expect(kinds.filter((k) => k === "lesson-complete")).toHaveLength(
		lessons.length,
	);
	await expect(
		messages.filter({ hasText: `Your certificate for ${seed(SLUG).title}` }),
	).toContainText("/certificates/");
	await expect(messages.first()).toContainText(email);
	await expectAccessible(page);

	// Another learner sees none of it; an admin sees everyone's (each in a session of their own).
	for (const [who, sees] of [
		[demo.student, 0],
		[demo.admin, 1],
	] as const) {
		const context = await browser.newContext();
		const other = await context.newPage();
		await signIn(other, who);
		await other.goto("/outbox");
		await expect(other.getByTestId("outbox-page")).toBeVisible();
		const theirs = other
			.getByTestId("outbox-message")
			.filter({ hasText: email });
		if (sees) await expect(theirs.first()).toBeVisible();
		else await expect(theirs).toHaveCount(0);
		await context.close();
	}
});
