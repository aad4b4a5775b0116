import type {
	APIRequestContext,
	Browser,
	BrowserContext,
	Page,
} from "@playwright/test";
import { englishDemoStrings } from "../../examples/nextjs/lib/i18n/demo-strings";
import { schoolGerman } from "../../examples/nextjs/lib/i18n/school-de";
import {
	type SeedCourse,
	seedCourses,
} from "../../examples/nextjs/lib/seed-content";
import { defaultSchoolLocalization } from "../../packages/school/src/client/localization";
import { demo, expect, signIn, test } from "./fixtures";

/**
 * Locales (issue #15): the school in German, Japanese and Arabic renders without a console error
 * (a hydration mismatch, React #418, is one), prices follow each currency's minor unit, Back
 * restores catalog filters, and the German demo shows no string of the English dictionary.
 */

const API = "/api/data/school";
const FREE_SLUG = "html-css-foundations";

async function useLanguage(context: BrowserContext, lang: string) {
	const url = new URL(test.info().project.use.baseURL as string);
	await context.addCookies([
		{ name: "lang", value: lang, domain: url.hostname, path: "/" },
	]);
}

/** A published course through the API, with one text lesson; returns its id, slug and lesson. */
async function createCourse(
	request: APIRequestContext,
	body: Record<string, unknown>,
) {
	const created = await request.post(`${API}/courses`, { data: body });
	expect(created.ok(), await created.text()).toBe(true);
	const course = (await created.json()) as { id: string; slug: string };
	const lesson = await request.post(`${API}/courses/${course.id}/lessons`, {
		data: { title: "Erste Schritte", type: "text", content: "Hallo." },
	});
	expect(lesson.ok(), await lesson.text()).toBe(true);
	const published = await request.patch(`${API}/courses/${course.id}`, {
		data: { status: "published" },
	});
	expect(published.status(), await published.text()).toBe(200);
	return { ...course, lessonId: ((await lesson.json()) as { id: string }).id };
}

/**
 * An instructor's free course with one lesson that the demo student has finished: its id, lesson
 * and the student's certificate.
 */
async function finishedCourse(browser: Browser, title: string) {
	const instructorContext = await browser.newContext();
	const instructor = await instructorContext.newPage();
	await signIn(instructor, demo.instructor);
	const course = await createCourse(instructor.request, { title, price: 0 });
	await instructorContext.close();
	const learnerContext = await browser.newContext();
	const learner = await learnerContext.newPage();
	await signIn(learner, demo.student);
	const enrolled = await learner.request.post(
		`${API}/courses/${course.id}/enroll`,
		{
			data: {},
		},
	);
	expect(enrolled.ok(), await enrolled.text()).toBe(true);
	const done = await learner.request.post(
		`${API}/lessons/${course.lessonId}/complete`,
		{ data: {} },
	);
	expect(done.ok(), await done.text()).toBe(true);
	const enrollment = await (
		await learner.request.get(`${API}/courses/${course.id}/enrollment`)
	).json();
	await learnerContext.close();
	const certificateId = (enrollment?.certificateId ??
		enrollment?.enrollment?.certificateId) as string;
	expect(certificateId).toBeTruthy();
	return { ...course, certificateId };
}

test.describe("locales", () => {
	let certificateId = "";
	test.beforeAll(async ({ browser }) => {
		certificateId = (await finishedCourse(browser, "Zertifikatskurs"))
			.certificateId;
	});

	// Prices and the certificate's date in each locale's own format and digits.
	for (const { lang, htmlLang, dir, price, date } of [
		{
			lang: "de",
			htmlLang: "de-DE",
			dir: "ltr",
			price: /\d,\d{2}\s\$|Kostenlos/,
			date: /\d{1,2}\. [A-Z][a-zä]+ \d{4}/,
		},
		{
			lang: "ja",
			htmlLang: "ja-JP",
			dir: "ltr",
			price: /\$\d|Free/,
			date: /\d{4}年\d{1,2}月\d{1,2}日/,
		},
		{
			lang: "ar",
			htmlLang: "ar",
			dir: "rtl",
			price: /./,
			date: /[\u0600-\u06ff]+ \d{4}/,
		},
	]) {
		test(`${lang}: catalog, course and certificate pages hydrate without errors`, async ({
			page,
			context,
		}) => {
			await useLanguage(context, lang);
			await page.goto("/pages/learn");
			await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
			await expect(page.locator("html")).toHaveAttribute("dir", dir);
			await expect(page.getByTestId("course-card").first()).toBeVisible();
			await expect(page.getByTestId("course-price").first()).toHaveText(price);
			await page.goto(`/pages/learn/${FREE_SLUG}`);
			await expect(page.getByTestId("school-course-page")).toBeVisible();
			await page.goto(`/pages/learn/certificates/${certificateId}`);
			await expect(page.getByTestId("certificate-verified")).toBeVisible();
			await expect(page.getByTestId("school-certificate-page")).toContainText(
				date,
			);
			// Let late hydration errors reach the console before the fixture checks it.
			await page.waitForLoadState("networkidle");
		});
	}

	test("Back and Forward restore catalog filters", async ({ page }) => {
		await page.goto("/pages/learn");
		await expect(page.getByTestId("course-card").first()).toBeVisible();
		// Server-rendered controls are visible before they are hydrated: wait for the app.
		await page.waitForLoadState("networkidle");
		await page.getByTestId("filter-difficulty").selectOption("advanced");
		await expect(page).toHaveURL(/difficulty=advanced/);
		await page.getByTestId("catalog-sort").selectOption("price");
		await expect(page).toHaveURL(/sort=price/);
		await page.goBack();
		await expect(page).not.toHaveURL(/sort=price/);
		await expect(page.getByTestId("catalog-sort")).toHaveValue("newest");
		await expect(page.getByTestId("filter-difficulty")).toHaveValue("advanced");
		await page.goBack();
		await expect(page).not.toHaveURL(/difficulty=/);
		await expect(page.getByTestId("filter-difficulty")).toHaveValue("");
		await page.goForward();
		await expect(page.getByTestId("filter-difficulty")).toHaveValue("advanced");
	});

	test("JPY and KWD prices display and validate in their own minor units", async ({
		page,
		browser,
		allowResponse,
	}) => {
		await signIn(page, demo.instructor);
		const yen = await createCourse(page.request, {
			title: "Yen course",
			price: 4900,
			currency: "JPY",
		});
		const dinar = await createCourse(page.request, {
			title: "Dinar course",
			price: 12345,
			currency: "KWD",
		});
		// The server takes integers of minor units and ISO 4217 codes only.
		allowResponse(/\/school\/courses\/[^/]+$/, 400);
		for (const bad of [{ price: 49.5 }, { currency: "ABC" }]) {
			const refused = await page.request.patch(`${API}/courses/${yen.id}`, {
				data: bad,
			});
			expect(refused.status()).toBe(400);
		}
		await page.goto("/pages/learn?q=yen");
		await expect(page.getByTestId("course-price").first()).toHaveText("¥4,900");
		await page.goto("/pages/learn?q=dinar");
		await expect(page.getByTestId("course-price").first()).toHaveText(
			/KWD\s12\.345/,
		);
		// Its instructor sees the manager banner, not a buy button: a learner sees the price.
		const learner = await (await browser.newContext()).newPage();
		await signIn(learner, demo.student);
		await learner.goto(`/pages/learn/${dinar.slug}`);
		await expect(learner.getByTestId("buy-course")).toHaveText(/KWD\s12\.345/);
		await learner.context().close();

		// The form shows and takes major units with the currency's decimals.
		await page.goto(`/pages/learn/instructor/courses/${dinar.id}`);
		const price = page.getByLabel("Price", { exact: true });
		await expect(price).toHaveValue("12.345");
		await page.waitForLoadState("networkidle");
		await price.fill("1.2345");
		await page.getByTestId("course-save").click();
		await expect(page.getByText("Enter a price such as 49.00.")).toBeVisible();
		await price.fill("7.5");
		const saved = page.waitForResponse(
			(r) =>
				r.url().endsWith(`/courses/${dinar.id}`) &&
				r.request().method() === "PATCH",
		);
		await page.getByTestId("course-save").click();
		expect((await (await saved).json()).price).toBe(7500);
	});
});

/** English strings that German must not show: those German translates differently. */
function englishStrings(): string[] {
	const out = new Set<string>();
	const walk = (en: unknown, de: unknown) => {
		if (typeof en === "string") {
			if (en !== de && en.trim().length >= 3) out.add(en.trim());
			return;
		}
		if (en && typeof en === "object")
			for (const [k, v] of Object.entries(en))
				walk(v, (de as Record<string, unknown> | undefined)?.[k]);
	};
	walk(defaultSchoolLocalization, schoolGerman);
	walk(englishDemoStrings, {});
	return [...out];
}

/** Lines of the page's visible text that are, or contain, an English string. */
async function englishOn(page: Page, english: string[]) {
	await page.waitForLoadState("networkidle");
	// innerText, not textContent: what is rendered visibly (no scripts, hidden templates).
	// biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point
	const text = await page.locator("body").innerText();
	const lines = text
		.split("\n")
		.map((l) => l.trim())
		.filter(Boolean);
	const found: string[] = [];
	for (const line of lines) {
		for (const en of english) {
			// Short strings must be the whole line; long ones may sit inside a sentence.
			if (line === en || (en.length >= 16 && line.includes(en)))
				found.push(`${line}  ←  "${en}"`);
		}
	}
	return found;
}

test("German: no page of the school shows an English string", async ({
	page,
	context,
	browser,
}) => {
	const english = englishStrings();
	// The dictionary is really there (hundreds of strings), so an empty result means something.
	expect(english.length).toBeGreaterThan(300);
	const seeded = seedCourses.find((c) => c.slug === FREE_SLUG) as SeedCourse;
	expect(seeded).toBeTruthy();
	await useLanguage(context, "de");

	// An instructor's course with a lesson, and a learner who finished it (for a certificate).
	const own = await finishedCourse(browser, "Kurs zum Prüfen");
	const certificateId = own.certificateId;
	await signIn(page, demo.instructor);
	const learnerContext = await browser.newContext();
	await useLanguage(learnerContext, "de");
	const learner = await learnerContext.newPage();
	await signIn(learner, demo.student);

	const freeCourse = (await (
		await learner.request.get(`${API}/courses/${FREE_SLUG}`)
	).json()) as { id: string; lessonOrder: string[] };
	await learner.request.post(`${API}/courses/${freeCourse.id}/enroll`, {
		data: {},
	});
	const quizIndex = seeded.sections
		.flatMap((s) => s.lessons)
		.findIndex((l) => l.type === "quiz");
	const quizId = freeCourse.lessonOrder[quizIndex] as string;
	const firstLesson = freeCourse.lessonOrder[0] as string;

	const problems: string[] = [];
	const visit = async (who: Page, path: string, ready: string) => {
		await who.goto(path);
		await expect(who.getByTestId(ready).first()).toBeVisible();
		for (const line of await englishOn(who, english))
			problems.push(`${path}: ${line}`);
	};
	await visit(learner, "/pages/learn", "school-catalog-page");
	await visit(learner, `/pages/learn/${FREE_SLUG}`, "school-course-page");
	await visit(
		learner,
		`/pages/learn/${FREE_SLUG}/lessons/${firstLesson}`,
		"school-lesson-page",
	);
	await visit(
		learner,
		`/pages/learn/${FREE_SLUG}/lessons/${quizId}/quiz`,
		"school-quiz-page",
	);
	await visit(learner, "/pages/learn/me", "school-my-courses-page");
	await visit(
		learner,
		`/pages/learn/certificates/${certificateId}`,
		"school-certificate-page",
	);
	await visit(page, "/pages/learn/instructor", "school-instructor-dashboard");
	await visit(
		page,
		`/pages/learn/instructor/courses/${own.id}`,
		"school-course-editor",
	);
	for (const tab of ["curriculum", "students", "analytics"]) {
		await page.getByTestId(`tab-${tab}`).click();
		for (const line of await englishOn(page, english))
			problems.push(`editor ${tab}: ${line}`);
	}
	await visit(
		page,
		`/pages/learn/instructor/courses/${own.id}/lessons/${own.lessonId}`,
		"school-lesson-editor",
	);
	await visit(
		page,
		"/pages/learn/instructor/courses/new",
		"school-course-editor",
	);
	await learnerContext.close();
	expect(problems).toEqual([]);
});
