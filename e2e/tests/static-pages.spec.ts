import type { APIRequestContext, APIResponse } from "@playwright/test";
import { CATALOG_PAGE_SIZE } from "../../packages/school/src/api/query-key-defs";
import { demo, expect, signIn, test } from "./fixtures";

/**
 * Static catalog and course pages (issue #16): a visitor without a session, language cookie or
 * query string gets the cached page (with the static pages' CSP); filtered URLs and signed-in
 * visitors get the per-request render; an instructor's edit shows on the static page within
 * seconds (onCourseChanged → revalidatePath).
 */

const API = "/api/data/school";

/** Served from Next.js's static cache (HIT, STALE, or MISS when it was just regenerated). */
function expectStatic(response: APIResponse | null) {
	const headers = response?.headers() ?? {};
	expect(headers["x-nextjs-cache"], JSON.stringify(headers)).toMatch(
		/HIT|STALE|MISS/,
	);
	const csp = headers["content-security-policy"] ?? "";
	expect(csp).not.toContain("'nonce-");
	expect(csp).toContain("script-src 'self' 'unsafe-inline'");
	expect(csp).not.toContain("unsafe-eval");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("frame-ancestors 'none'");
}

/** Rendered for this request: no static cache, a fresh nonce. */
function expectPerRequest(response: APIResponse | null) {
	const headers = response?.headers() ?? {};
	expect(headers["x-nextjs-cache"]).toBeUndefined();
	expect(headers["content-security-policy"]).toMatch(/'nonce-[^']+'/);
	expect(headers["cache-control"]).toContain("no-store");
}

const cards = (html: string) =>
	html.match(/data-testid="course-card"/g)?.length ?? 0;

async function publishedCourse(request: APIRequestContext, title: string) {
	const created = await request.post(`${API}/courses`, {
		data: { title, description: "Static page test." },
	});
	expect(created.ok(), await created.text()).toBe(true);
	const course = (await created.json()) as { id: string; slug: string };
	const lesson = await request.post(`${API}/courses/${course.id}/lessons`, {
		data: { title: "First steps", type: "text", content: "Hello." },
	});
	expect(lesson.ok(), await lesson.text()).toBe(true);
	const published = await request.patch(`${API}/courses/${course.id}`, {
		data: { status: "published" },
	});
	expect(published.ok(), await published.text()).toBe(true);
	return course;
}

test("the catalog and a course are static for visitors without a session; they hydrate", async ({
	page,
	request,
}) => {
	const catalog = await request.get("/pages/learn");
	expectStatic(catalog);
	const html = await catalog.text();
	expect(cards(html)).toBeGreaterThan(0);

	const list = await (await request.get(`${API}/courses?limit=1`)).json();
	const slug = list.items[0].slug as string;
	const course = await request.get(`/pages/learn/${slug}`);
	expectStatic(course);
	expect(await course.text()).toContain('data-testid="school-course-page"');

	// In the browser: the page hydrates (no console error) and client navigation works.
	await page.goto("/pages/learn");
	await expect(page.getByTestId("course-card").first()).toBeVisible();
	await page.getByTestId("filter-difficulty").selectOption("advanced");
	await expect(page).toHaveURL(/difficulty=advanced/);
	await page.goto(`/pages/learn/${slug}`);
	await expect(page.getByTestId("school-course-page")).toBeVisible();
	await page.waitForLoadState("networkidle");
});

test("a filtered catalog is right on first render (per request), and personal pages stay per request", async ({
	request,
}) => {
	const all = await (await request.get(`${API}/courses?limit=100`)).json();
	const advanced = await (
		await request.get(`${API}/courses?difficulty=advanced&limit=100`)
	).json();
	expect(advanced.total).toBeLessThan(all.total);
	const filtered = await request.get("/pages/learn?difficulty=advanced");
	expectPerRequest(filtered);
	// The server's HTML already shows only the advanced courses.
	expect(cards(await filtered.text())).toBe(
		Math.min(advanced.total, CATALOG_PAGE_SIZE),
	);

	for (const path of ["/pages/learn/me", "/pages/learn/instructor"])
		expectPerRequest(await request.get(path));
	// An unknown slug answers 404 from the static route too.
	expect((await request.get("/pages/learn/no-such-course")).status()).toBe(404);
});

test("signed-in visitors and other languages get the per-request page", async ({
	page,
	context,
}) => {
	await signIn(page, demo.student);
	const signedIn = await page.goto("/pages/learn");
	expect(signedIn?.headers()["x-nextjs-cache"]).toBeUndefined();
	expect(signedIn?.headers()["content-security-policy"]).toMatch(/'nonce-/);
	await expect(page.getByTestId("course-card").first()).toBeVisible();

	const url = new URL(test.info().project.use.baseURL as string);
	await context.clearCookies();
	await context.addCookies([
		{ name: "lang", value: "de", domain: url.hostname, path: "/" },
	]);
	const german = await page.goto("/pages/learn");
	expect(german?.headers()["x-nextjs-cache"]).toBeUndefined();
	await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
	await page.waitForLoadState("networkidle");
});

test("an instructor's edit shows on the static pages within seconds", async ({
	browser,
	baseURL,
}) => {
	const instructor = await browser.newContext({ baseURL });
	const ivy = await instructor.newPage();
	await signIn(ivy, demo.instructor);
	const stamp = Date.now().toString(36);
	const course = await publishedCourse(ivy.request, `Static ${stamp}`);

	// A visitor opens the course and the catalog: both now cached.
	const visitor = await browser.newContext({ baseURL });
	const anon = visitor.request;
	await expect
		.poll(async () => (await anon.get(`/pages/learn/${course.slug}`)).status())
		.toBe(200);
	expectStatic(await anon.get(`/pages/learn/${course.slug}`));

	const renamed = `Renamed ${stamp}`;
	const edited = await ivy.request.patch(`${API}/courses/${course.id}`, {
		data: { title: renamed },
	});
	expect(edited.ok(), await edited.text()).toBe(true);
	const started = Date.now();
	await expect
		.poll(async () => (await anon.get(`/pages/learn/${course.slug}`)).text(), {
			timeout: 10_000,
		})
		.toContain(renamed);
	await expect
		.poll(async () => (await anon.get("/pages/learn")).text(), {
			timeout: 10_000,
		})
		.toContain(renamed);
	expect(Date.now() - started).toBeLessThan(10_000);

	// Archiving takes it off the static page: the next visit answers 404.
	const archived = await ivy.request.patch(`${API}/courses/${course.id}`, {
		data: { status: "archived" },
	});
	expect(archived.ok(), await archived.text()).toBe(true);
	await expect
		.poll(
			async () => (await anon.get(`/pages/learn/${course.slug}`)).status(),
			{
				timeout: 10_000,
			},
		)
		.toBe(404);

	// And it is gone from the static catalog.
	await expect
		.poll(async () => (await anon.get("/pages/learn")).text(), {
			timeout: 10_000,
		})
		.not.toContain(renamed);
	await visitor.close();
	await instructor.close();
});
