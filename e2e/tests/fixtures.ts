import AxeBuilder from "@axe-core/playwright";
import {
	type Browser,
	test as base,
	expect,
	type Page,
} from "@playwright/test";

export const demo = {
	password: "password1234",
	instructor: "instructor@example.com",
	student: "student@example.com",
	admin: "admin@example.com",
};

/**
 * Every test fails on a console error, an uncaught page error, or a failed request to the app
 * (status >= 400), unless the test declares that exact response as expected.
 */
export const test = base.extend<{
	problems: string[];
	allowResponse: (pattern: RegExp, status: number) => void;
}>({
	problems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			const allowed: { pattern: RegExp; status: number }[] = [];
			(page as Page & { __allowed?: typeof allowed }).__allowed = allowed;
			page.on("console", (msg) => {
				if (msg.type() === "error")
					problems.push(`console error: ${msg.text()}`);
			});
			// A dialog nobody expected (e.g. "leave with unsaved changes?") is a bug too.
			page.on("dialog", (dialog) => {
				if ((page as Page & { __expectDialogs?: boolean }).__expectDialogs)
					return;
				problems.push(`unexpected dialog: ${dialog.message()}`);
				void dialog.dismiss();
			});
			page.on("pageerror", (error) =>
				problems.push(`page error: ${error.message}`),
			);
			page.on("response", (response) => {
				const url = response.url();
				if (!url.startsWith("http://localhost")) return;
				if (response.status() < 400) return;
				if (
					allowed.some(
						(a) => a.pattern.test(url) && a.status === response.status(),
					)
				)
					return;
				problems.push(
					`failed request: ${response.status()} ${response.request().method()} ${url}`,
				);
			});
			page.on("requestfailed", (request) => {
				const failure = request.failure()?.errorText ?? "";
				// Navigations and media range requests are cancelled when the page moves on: not an error.
				if (failure.includes("ERR_ABORTED")) return;
				problems.push(
					`request failed: ${request.method()} ${request.url()} ${failure}`,
				);
			});
			await use(problems);
			expect(problems, "console errors or failed requests").toEqual([]);
		},
		{ auto: true },
	],
	allowResponse: async ({ page }, use) => {
		await use((pattern, status) => {
			(
				page as Page & { __allowed?: { pattern: RegExp; status: number }[] }
			).__allowed?.push({ pattern, status });
		});
	},
});

export { expect };

/** Signs in through the form; `onSignInPage` when the app already sent us there (keeps `?next=`). */
export async function signIn(
	page: Page,
	email: string,
	{ password = demo.password, onSignInPage = false } = {},
) {
	if (!onSignInPage) await page.goto("/sign-in");
	await page.getByLabel("Email").fill(email);
	await page.getByLabel("Password").fill(password);
	await page.getByRole("button", { name: /sign in/i }).click();
	await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Signs out once the page has loaded what it asks for (a request the page starts after the
 * click would go out signed out and fail with 401). */
export async function signOut(page: Page) {
	await page.waitForLoadState("networkidle");
	await page.getByTestId("sign-out").click();
	await page.waitForLoadState("networkidle");
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page) {
	// After a client-side navigation Next.js streams the new <title> in: wait for it (and fail
	// here, clearly, if a page never gets one).
	await page.waitForFunction(
		() => document.title.trim().length > 0,
		undefined,
		{ timeout: 10_000 },
	);
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter(
		(v) => v.impact === "serious" || v.impact === "critical",
	);
	expect(
		bad.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
		),
		"serious or critical accessibility violations",
	).toEqual([]);
}

/**
 * axe-core on the current page with no violation of any impact (minor and moderate included),
 * the bar of the instructor and admin pages.
 */
export async function expectNoAxeViolations(page: Page, label = "") {
	await page.waitForFunction(() => document.title.trim().length > 0);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
		),
		`accessibility violations ${label}`,
	).toEqual([]);
}

/**
 * A page of its own for tests that open 404 documents on purpose: the browser reports each one
 * as a console error, so this page collects every other console and page error in `errors`.
 */
export async function pageExpecting404s(browser: Browser, baseURL?: string) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on("console", (m) => {
		if (m.type() === "error" && !/status of 404/.test(m.text()))
			errors.push(m.text());
	});
	page.on("pageerror", (e) => errors.push(e.message));
	return { page, errors, close: () => context.close() };
}
