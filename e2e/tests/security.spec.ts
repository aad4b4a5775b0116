import type { Page } from "@playwright/test";
import { demo, expect, pageExpecting404s, signIn, test } from "./fixtures";

/**
 * The demo's edges (issue #12): redirects after sign-in stay on the site, every page and API
 * answer carries the security headers, the CSP lets the app's own pages (and the lesson
 * player) work, and the checkout refuses posts from other origins with its styled page.
 * Fixtures fail any test on a console error, which includes Chromium's CSP violation reports.
 */

const FREE_SLUG = "html-css-foundations";
const PAID_SLUG = "unit-economics";

/** The app's origin and port, from the configured baseURL. */
function appUrl(baseURL: string | undefined) {
	const url = new URL(baseURL ?? "http://localhost:3100");
	return { origin: url.origin, port: url.port };
}

/** Fails the test if the page ever asks another host for anything. */
function watchForeignRequests(page: Page, own: string[]) {
	const foreign: string[] = [];
	page.on("request", (request) => {
		const { origin } = new URL(request.url());
		if (!own.includes(origin)) foreign.push(request.url());
	});
	return foreign;
}

const OPEN_REDIRECTS = [
	"/%09/evil.example/x",
	"/%0a/evil.example/x",
	"/%0d%0a/x",
	"//evil.example/x",
	"/%5Cevil.example/x",
	"/%2F%2Fevil.example/x",
	"/.//evil.example/x",
	"https://evil.example/x",
];

test.describe("redirects after sign-in", () => {
	test("a signed-in visitor is never sent off the site (and never gets a 500)", async ({
		page,
		baseURL,
	}) => {
		const { origin } = appUrl(baseURL);
		const foreign = watchForeignRequests(page, [origin]);
		await signIn(page, demo.student);
		for (const next of OPEN_REDIRECTS) {
			const response = await page.goto(`/sign-in?next=${next}`);
			expect(response?.status(), next).toBe(200);
			expect(page.url(), next).toBe(`${origin}/pages/learn`);
		}
		await page.goto(`/sign-in?next=/pages/learn/${FREE_SLUG}`);
		expect(page.url()).toBe(`${origin}/pages/learn/${FREE_SLUG}`);
		expect(foreign).toEqual([]);
	});

	test("signing in through the form with a hostile next lands on the catalog", async ({
		page,
		baseURL,
	}) => {
		const { origin } = appUrl(baseURL);
		const foreign = watchForeignRequests(page, [origin]);
		await page.goto("/sign-in?next=/%09/evil.example/x");
		await signIn(page, demo.student, { onSignInPage: true });
		await page.waitForLoadState("load");
		expect(page.url()).toBe(`${origin}/pages/learn`);
		expect(foreign).toEqual([]);
	});
});

test.describe("security headers", () => {
	// Every page rendered per request. The static catalog and course pages (served only to
	// visitors without a session) carry no nonce: static-pages.spec.ts checks their policy.
	test("every per-request page: a nonce CSP that its own scripts carry, no framing, nosniff, referrer policy", async ({
		page,
	}) => {
		const first = await page.goto("/pages/learn?sort=newest");
		const headers = first?.headers() ?? {};
		const csp = headers["content-security-policy"] ?? "";
		const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
		expect(nonce, csp).toBeTruthy();
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(headers["x-frame-options"]).toBe("DENY");
		expect(headers["x-content-type-options"]).toBe("nosniff");
		expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

		// Every script in the server's HTML carries this request's nonce: Next.js put it on its
		// own, the app on its theme script. (Chunks the runtime adds later need none:
		// 'strict-dynamic' trusts what trusted scripts load.)
		const html = (await first?.text()) ?? "";
		const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
		expect(scriptTags.length).toBeGreaterThan(0);
		expect(
			scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
		).toEqual([]);
		// The inline theme script ran (it sets the colour scheme before paint).
		expect(
			await page.evaluate(() => document.documentElement.style.colorScheme),
		).toMatch(/light|dark/);

		// A fresh nonce per request.
		const second = await page.goto("/sign-in");
		expect(second?.headers()["content-security-policy"]).not.toContain(
			`'nonce-${nonce}'`,
		);
	});

	test("API answers: no content may load, no framing, nosniff", async ({
		request,
	}) => {
		const response = await request.get("/api/data/school/courses");
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers["content-security-policy"]).toContain("default-src 'none'");
		expect(headers["content-security-policy"]).toContain(
			"frame-ancestors 'none'",
		);
		expect(headers["x-frame-options"]).toBe("DENY");
		expect(headers["x-content-type-options"]).toBe("nosniff");
		expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
	});

	test("the CSP lets the app run: client navigation, the lesson video and its captions, video embeds", async ({
		page,
		request,
	}) => {
		await page.addInitScript(() => {
			document.addEventListener("securitypolicyviolation", (e) =>
				console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
			);
		});
		// Client-side JavaScript works: a catalog filter updates the URL.
		await page.goto("/pages/learn");
		await page.waitForLoadState("networkidle");
		await page.getByTestId("filter-difficulty").selectOption("beginner");
		await expect(page).toHaveURL(/difficulty=beginner/);

		// The preview lesson's video and captions load under `media-src`.
		const detail = await (
			await request.get(`/api/data/school/courses/${FREE_SLUG}`)
		).json();
		const lessons = [
			...detail.sections.flatMap((s: { lessons: unknown[] }) => s.lessons),
			...detail.unsectionedLessons,
		] as { id: string; type: string; isFreePreview: boolean }[];
		const video = lessons.find((l) => l.type === "video" && l.isFreePreview);
		if (!video) throw new Error("no preview video in the seed");
		await page.goto(`/pages/learn/${FREE_SLUG}/lessons/${video.id}`);
		const player = page.getByTestId("lesson-video");
		await expect(player).toBeVisible();
		const loaded = await player.evaluate(async (el: HTMLVideoElement) => {
			el.muted = true;
			if (el.readyState < 2)
				await new Promise((r) =>
					el.addEventListener("loadeddata", r, { once: true }),
				);
			const track = el.querySelector("track");
			if (track && track.readyState !== 2)
				await new Promise((r) =>
					track.addEventListener("load", r, { once: true }),
				);
			return { video: el.readyState, track: track?.readyState ?? null };
		});
		expect(loaded.video).toBeGreaterThanOrEqual(2);
		expect(loaded.track).toBe(2);

		// The embeds the player builds for YouTube and Vimeo links are allowed to load (there is
		// no internet here: the embed hosts are answered locally).
		const embedHosts = [
			"https://www.youtube-nocookie.com/embed/abc",
			"https://player.vimeo.com/video/123",
		];
		const served: string[] = [];
		await page.route(/youtube-nocookie\.com|player\.vimeo\.com/, (route) => {
			served.push(route.request().url());
			return route.fulfill({
				contentType: "text/html",
				body: "<!doctype html><title>embed</title>",
			});
		});
		for (const src of embedHosts) {
			await page.evaluate(async (url) => {
				const frame = document.createElement("iframe");
				frame.title = "embed";
				frame.src = url;
				const done = new Promise((r) => frame.addEventListener("load", r));
				document.body.append(frame);
				await done;
			}, src);
		}
		expect(served).toEqual(embedHosts);
	});

	test("the CSP is enforced: injected script, inline handlers and foreign frames are refused", async ({
		browser,
		baseURL,
	}) => {
		// Its own page, outside the fixture: the violations are expected here.
		const context = await browser.newContext({ baseURL });
		const page = await context.newPage();
		const violations: string[] = [];
		await page.exposeFunction("reportViolation", (v: string) =>
			violations.push(v),
		);
		await page.addInitScript(() => {
			document.addEventListener("securitypolicyviolation", (e) =>
				(
					window as unknown as { reportViolation: (v: string) => void }
				).reportViolation(e.effectiveDirective),
			);
		});
		await page.route("https://evil.example/**", (route) =>
			route.fulfill({ contentType: "text/html", body: "evil" }),
		);
		// A stored-XSS stand-in: the server's own HTML (and headers) with a script tag that has no
		// nonce and an inline event handler slipped in.
		// A per-request page (the filtered catalog): the static ones allow inline scripts.
		await page.route("**/pages/learn?sort=newest", async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				"</body>",
				'<script>window.__injected = true</script><img src="/x.png" onerror="window.__handler = true"></body>',
			);
			await route.fulfill({ response, body: html });
		});
		await page.goto("/pages/learn?sort=newest");
		await page.evaluate(() => {
			const frame = document.createElement("iframe");
			frame.src = "https://evil.example/frame";
			document.body.append(frame);
		});
		await expect
			.poll(() => [...new Set(violations)].sort())
			.toEqual(["frame-src", "script-src-attr", "script-src-elem"]);
		expect(
			await page.evaluate(() => {
				const w = window as { __injected?: boolean; __handler?: boolean };
				return [w.__injected, w.__handler];
			}),
		).toEqual([undefined, undefined]);
		await context.close();
	});
});

test.describe("bad addresses and bodies", () => {
	test("a page address that is not valid UTF-8 shows the 404 page", async ({
		browser,
		baseURL,
	}) => {
		const { page, errors, close } = await pageExpecting404s(browser, baseURL);
		const response = await page.goto("/pages/learn/%E9");
		expect(response?.status()).toBe(404);
		await expect(page.getByTestId("not-found-page")).toBeVisible();
		await page.waitForLoadState("networkidle");
		expect(errors).toEqual([]);
		await close();
	});

	test("the API answers JSON errors, never an empty 500", async ({
		request,
	}) => {
		const badPath = await request.get("/api/data/school/courses/%E9");
		expect(badPath.status()).toBe(400);
		expect(await badPath.json()).toMatchObject({ code: "invalid_path" });

		const badJson = await request.post("/api/data/school/courses", {
			headers: { "content-type": "application/json" },
			data: Buffer.from("{bad"),
		});
		expect(badJson.status()).toBe(400);
		expect(await badJson.json()).toMatchObject({ code: "invalid_json" });

		const huge = await request.post("/api/data/school/courses", {
			headers: { "content-type": "text/plain" },
			data: "x".repeat(2 * 1024 * 1024),
		});
		expect(huge.status()).toBe(413);

		const nulQuery = await request.get("/api/data/school/courses?q=%00");
		expect(nulQuery.status()).toBe(400);

		const numericPassword = await request.post("/api/auth/sign-up/email", {
			data: {
				name: "N",
				email: `n${Date.now()}@example.com`,
				password: 12345678,
			},
		});
		expect(numericPassword.status()).toBe(400);
		expect(await numericPassword.json()).toMatchObject({
			code: "invalid_input",
		});

		const nulName = await request.post("/api/auth/sign-up/email", {
			data: {
				name: "A\u0000B",
				email: `z${Date.now()}@example.com`,
				password: "password1234",
			},
		});
		expect(nulName.status()).toBe(400);
		expect(await nulName.text()).not.toMatch(/insert into|22021|params/);

		const longName = await request.post("/api/auth/sign-up/email", {
			data: {
				name: "x".repeat(2000),
				email: `l${Date.now()}@example.com`,
				password: "password1234",
			},
		});
		expect(longName.status()).toBe(400);

		// The router's OpenAPI page (a third-party script on our origin) is off by default.
		expect((await request.get("/api/data/api/reference")).status()).toBe(404);
	});
});

test.describe("demo checkout", () => {
	test("a post from another origin of the same site buys nothing and shows the styled error", async ({
		page,
		baseURL,
	}) => {
		const { origin } = appUrl(baseURL);
		await signIn(page, demo.student);
		// A page on a sibling port of the same host: cookies are still sent (SameSite is per
		// site, not per port), which is exactly the CSRF the Origin check stops.
		const sibling = "http://localhost:3999";
		await page.route(`${sibling}/**`, (route) =>
			route.fulfill({
				contentType: "text/html",
				body: `<!doctype html><title>win</title><form method="post" action="${origin}/api/checkout"><input name="slug" value="${PAID_SLUG}"></form><script>document.forms[0].submit()</script>`,
			}),
		);
		await page.goto(`${sibling}/win`);
		await page.waitForURL(`${origin}/checkout/${PAID_SLUG}?error=origin`);
		await expect(page.getByTestId("checkout-page")).toBeVisible();
		await expect(page.getByTestId("checkout-error")).toContainText(
			"nothing was charged",
		);
		await expect(page.getByTestId("checkout-pay")).toBeVisible();
		await page.goto(`/pages/learn/${PAID_SLUG}`);
		await expect(page.getByTestId("course-cta")).not.toHaveAttribute(
			"data-state",
			"enrolled",
		);
	});

	test("the checkout only shows its own messages, whatever the link says", async ({
		page,
	}) => {
		await signIn(page, demo.student);
		await page.goto(
			`/checkout/${PAID_SLUG}?error=${encodeURIComponent("Call +1 555 0100 to pay")}`,
		);
		await expect(page.getByTestId("checkout-page")).toBeVisible();
		await expect(page.getByTestId("checkout-error")).toHaveCount(0);
		await expect(page.getByText("555 0100")).toHaveCount(0);
	});

	test("paying works at another configured address (127.0.0.1), staying on that host", async ({
		page,
		baseURL,
	}) => {
		const { port } = appUrl(baseURL);
		const host = `http://127.0.0.1:${port}`;
		const name = `Cleo Checkout ${Date.now()}`;
		await page.goto(`${host}/sign-up`);
		await page.getByLabel("Name").fill(name);
		await page.getByLabel("Email").fill(`cleo+${Date.now()}@example.com`);
		await page.getByLabel("Password").fill("correct-horse-battery");
		await page.getByTestId("sign-up-submit").click();
		await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
		await page.goto(`${host}/checkout/${PAID_SLUG}`);
		await page.getByTestId("checkout-pay").click();
		await page.waitForURL(`${host}/pages/learn/${PAID_SLUG}`);
		await expect(page.getByTestId("course-cta")).toHaveAttribute(
			"data-state",
			"enrolled",
		);
	});
});
