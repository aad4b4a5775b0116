import { mkdirSync } from "node:fs";
import { demo, expect, signIn, test } from "./fixtures";

/**
 * Screenshots of each school page at desktop and phone widths, light and dark, kept as test
 * artifacts (test-results/screenshots) so the pages can be looked at after every run.
 */
const dir = new URL("../../test-results/screenshots/", import.meta.url)
	.pathname;
mkdirSync(dir, { recursive: true });

const viewports = [
	{ name: "desktop", width: 1280, height: 900 },
	{ name: "phone", width: 390, height: 844 },
];

test("screenshots of the instructor pages", async ({ page }) => {
	test.setTimeout(180_000);
	await signIn(page, demo.instructor);
	const mine = await (
		await page.request.get("/api/data/school/instructor/courses")
	).json();
	// A published demo course with a quiz (other specs add courses of their own first).
	let course: { id: string; slug: string } | undefined;
	let quizId: string | undefined;
	for (const c of mine.items.filter(
		(c: { status: string }) => c.status === "published",
	)) {
		const detail = await (
			await page.request.get(`/api/data/school/courses/${c.slug}`)
		).json();
		quizId = [
			...detail.sections.flatMap(
				(s: { lessons: { id: string; type: string }[] }) => s.lessons,
			),
		].find((l: { type: string }) => l.type === "quiz")?.id;
		if (quizId) {
			course = c;
			break;
		}
	}
	if (!course) throw new Error("no published demo course with a quiz");
	const pages: [string, string, string][] = [
		[
			"instructor-dashboard",
			"/pages/learn/instructor",
			"school-instructor-dashboard",
		],
		[
			"course-editor",
			`/pages/learn/instructor/courses/${course.id}`,
			"school-course-editor",
		],
		[
			"course-editor-curriculum",
			`/pages/learn/instructor/courses/${course.id}?tab=curriculum`,
			"curriculum-editor",
		],
		[
			"course-editor-analytics",
			`/pages/learn/instructor/courses/${course.id}?tab=analytics`,
			"analytics-funnel",
		],
		[
			"lesson-editor-quiz",
			`/pages/learn/instructor/courses/${course.id}/lessons/${quizId}`,
			"quiz-builder",
		],
	];
	for (const theme of ["light", "dark"] as const) {
		await page.evaluate((t) => localStorage.setItem("theme", t), theme);
		for (const vp of viewports) {
			await page.setViewportSize({ width: vp.width, height: vp.height });
			for (const [name, path, testId] of pages) {
				const [url, tab] = path.split("?tab=");
				await page.goto(url as string);
				// Editor tabs are opened the way a person does: by clicking them.
				if (tab) await page.getByTestId(`tab-${tab}`).click();
				await expect(page.getByTestId(testId)).toBeVisible();
				await page.waitForLoadState("networkidle");
				await page.screenshot({
					path: `${dir}${name}-${vp.name}-${theme}.png`,
					fullPage: vp.name === "desktop",
				});
			}
		}
	}
});

test("screenshots of the learner pages", async ({ page, request }) => {
	test.setTimeout(180_000);
	const list = await (
		await request.get("/api/data/school/courses?limit=50")
	).json();
	// A free demo course with a reading and a quiz (other specs add courses of their own first).
	let course: { slug: string } | undefined;
	// biome-ignore lint/suspicious/noExplicitAny: the course detail JSON, read loosely
	let detail: any;
	for (const c of list.items.filter((c: { price: number }) => c.price === 0)) {
		const d = await (
			await request.get(`/api/data/school/courses/${c.slug}`)
		).json();
		const all = [
			...d.sections.flatMap((s: { lessons: { type: string }[] }) => s.lessons),
			...d.unsectionedLessons,
		];
		if (
			all.some((l) => l.type === "quiz") &&
			all.some((l) => l.type === "text")
		) {
			course = c;
			detail = d;
			break;
		}
	}
	if (!course) throw new Error("no free demo course with a reading and a quiz");
	const lessons = [
		...detail.sections.flatMap((s: { lessons: unknown[] }) => s.lessons),
		...detail.unsectionedLessons,
	] as {
		id: string;
		type: string;
		isFreePreview: boolean;
	}[];
	const text = lessons.find((l) => l.type === "text") ?? lessons[0];
	const quiz = lessons.find((l) => l.type === "quiz");
	await signIn(page, demo.student);
	const pages: [string, string, string][] = [
		["catalog", "/pages/learn", "school-catalog-page"],
		["course", `/pages/learn/${course.slug}`, "school-course-page"],
		[
			"lesson",
			`/pages/learn/${course.slug}/lessons/${text?.id}`,
			"school-lesson-page",
		],
		[
			"quiz",
			`/pages/learn/${course.slug}/lessons/${quiz?.id}/quiz`,
			"school-quiz-page",
		],
		["portal", "/pages/learn/me", "school-my-courses-page"],
	];
	for (const theme of ["light", "dark"] as const) {
		await page.evaluate((t) => localStorage.setItem("theme", t), theme);
		for (const vp of viewports) {
			await page.setViewportSize({ width: vp.width, height: vp.height });
			for (const [name, path, testId] of pages) {
				await page.goto(path);
				await expect(page.getByTestId(testId)).toBeVisible();
				await page.waitForLoadState("networkidle");
				await page.screenshot({
					path: `${dir}${name}-${vp.name}-${theme}.png`,
					fullPage: vp.name === "desktop",
				});
			}
		}
	}
});
