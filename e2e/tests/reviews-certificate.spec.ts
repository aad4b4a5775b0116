import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import type { Browser, Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import {
	type SeedCourse,
	seedCourses,
} from "../../examples/nextjs/lib/seed-content";
import { demo, expect, signIn, test } from "./fixtures";

/**
 * Reviews and certificates (#18) as people use them: a learner completes a lesson and reviews,
 * another learner's review moves the average, the instructor replies and hides a review; then the
 * learner finishes the course, and the certificate's QR code and PDF are read back.
 */

const SLUG = "html-css-foundations";
const course = seedCourses.find((c) => c.slug === SLUG) as SeedCourse;
const API = "/api/data/school";

async function signUp(page: Page, name: string) {
	await page.goto("/sign-up");
	await page.getByLabel("Name").fill(name);
	await page
		.getByLabel("Email")
		.fill(`${name.replace(/\W/g, "").toLowerCase()}@example.com`);
	await page.getByLabel("Password").fill("correct-horse-battery");
	await page.getByTestId("sign-up-submit").click();
	await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
}

async function learner(browser: Browser, name: string) {
	const page = await (await browser.newContext()).newPage();
	await signUp(page, name);
	return page;
}

/** The course's lessons in order, from the API (ids are made by the seed). */
async function lessons(page: Page) {
	const detail = await (
		await page.request.get(`${API}/courses/${SLUG}`)
	).json();
	const all = [
		...detail.sections.flatMap((s: { lessons: unknown[] }) => s.lessons),
		...detail.unsectionedLessons,
	] as { id: string; title: string; type: string }[];
	return { id: detail.id as string, lessons: all };
}

/** The text a PDF draws: content streams inflated, hex and literal strings decoded. */
function pdfText(bytes: Buffer): string {
	const raw = bytes.toString("latin1");
	const out: string[] = [];
	const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
	for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
		let body = m[1] ?? "";
		try {
			body = inflateSync(Buffer.from(body, "latin1")).toString("latin1");
		} catch {}
		for (const hex of body.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
			out.push(Buffer.from(hex[1] ?? "", "hex").toString("latin1"));
	}
	return out.join("\n");
}

test("learners review, the instructor replies and hides, the certificate's QR and PDF check out", async ({
	page,
	browser,
}) => {
	test.setTimeout(240_000);
	const stamp = Date.now();
	const lena = `Lena Reviewer ${stamp}`;

	// Lena enrolls, completes the first lesson and reviews (4 stars).
	await signUp(page, lena);
	await page.goto(`/pages/learn/${SLUG}`);
	await page.getByTestId("enroll-button").click();
	await expect(page.getByTestId("school-lesson-page")).toBeVisible();
	await page.getByTestId("mark-complete").click();
	await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);
	await page.goto(`/pages/learn/${SLUG}`);
	const form = page.getByTestId("review-form");
	await form.getByText("★").nth(3).click();
	await form.getByTestId("review-body").fill("Clear and kind <b>teaching</b>");
	await form.getByTestId("review-submit").click();
	await expect(page.getByTestId("review-text").first()).toHaveText(
		"Clear and kind <b>teaching</b>",
	);
	await expect(page.getByTestId("course-rating-average").first()).toHaveText(
		"4",
	);

	// Another learner's 2 stars move the average to 3.
	const omar = await learner(browser, `Omar Critic ${stamp}`);
	const { id: courseId, lessons: list } = await lessons(omar);
	expect(
		(await omar.request.post(`${API}/courses/${courseId}/enroll`)).status(),
	).toBe(201);
	const first = list.find((l) => l.type !== "quiz");
	await omar.request.post(`${API}/lessons/${first?.id}/complete`);
	expect(
		(
			await omar.request.post(`${API}/courses/${courseId}/reviews`, {
				data: { rating: 2, body: "Too basic" },
			})
		).status(),
	).toBe(201);
	await page.reload();
	await expect(page.getByTestId("course-rating-average").first()).toHaveText(
		"3",
	);

	// The instructor replies to Lena and hides Omar's review: the average is Lena's 4 again.
	const teacher = await (await browser.newContext()).newPage();
	await signIn(teacher, demo.instructor);
	await teacher.goto(`/pages/learn/${SLUG}`);
	const lenaReview = teacher
		.getByTestId("review-item")
		.filter({ hasText: lena });
	await lenaReview.getByTestId("review-reply-open").click();
	await lenaReview.getByTestId("review-reply-body").fill("Thank you, Lena!");
	await lenaReview.getByTestId("review-reply-send").click();
	await expect(lenaReview.getByTestId("review-reply")).toContainText(
		"Thank you, Lena!",
	);
	const omarReview = teacher
		.getByTestId("review-item")
		.filter({ hasText: "Too basic" });
	await omarReview.getByTestId("review-hide").click();
	await expect(omarReview).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId("course-rating-average").first()).toHaveText(
		"4",
	);
	await expect(page.getByTestId("review-reply")).toContainText(
		"Thank you, Lena!",
	);

	// Lena finishes the course through the API; the certificate page's QR and PDF are read back.
	const quizzes = course.sections
		.flatMap((s) => s.lessons)
		.filter((l) => l.quiz);
	for (const lesson of list) {
		if (lesson.type !== "quiz") {
			await page.request.post(`${API}/lessons/${lesson.id}/complete`);
			continue;
		}
		const quiz = quizzes.find((q) => q.title === lesson.title)?.quiz;
		const answers = (quiz?.questions ?? []).map((q) => ({
			questionId: q.id,
			answer:
				q.type === "short_text"
					? q.accepted[0]
					: q.type === "single"
						? q.correct[0]
						: q.correct,
		}));
		await page.request.post(`${API}/lessons/${lesson.id}/attempts`, {
			data: { answers },
		});
	}
	const enrollment = await (
		await page.request.get(`${API}/courses/${courseId}/enrollment`)
	).json();
	expect(enrollment.certificateId).toBeTruthy();
	await page.goto(`/pages/learn/certificates/${enrollment.certificateId}`);
	// The printed URL is absolute once the page knows its origin (the demo sets no siteURL).
	await expect(page.getByTestId("certificate-url")).toHaveText(/^http/);
	const url = await page.getByTestId("certificate-url").textContent();
	expect(url).toMatch(
		new RegExp(`/pages/learn/certificates/${enrollment.certificateId}$`),
	);
	const decoded = async () => {
		const src =
			(await page.getByTestId("certificate-qr").getAttribute("src")) ?? "";
		const png = PNG.sync.read(Buffer.from(src.split(",")[1] ?? "", "base64"));
		return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
	};
	await expect.poll(decoded).toBe(url);
	const [download] = await Promise.all([
		page.waitForEvent("download"),
		page.getByTestId("download-pdf").click(),
	]);
	const pdf = await readFile((await download.path()) ?? "");
	const text = pdfText(pdf);
	expect(text).toContain(lena);
	expect(text).toContain(course.title);
});
