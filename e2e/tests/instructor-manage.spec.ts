import type { Locator, Page } from "@playwright/test";
import {
	demo,
	expect,
	expectNoAxeViolations,
	signIn,
	signOut,
	test,
} from "./fixtures";

/**
 * The managing side (issue #17) at desktop and phone sizes: an admin makes a new user an
 * instructor; the new instructor lands on their dashboard, creates a course, publishes it,
 * unpublishes, archives and restores it through the consequence dialogs, and sees the manager
 * banner on the course page; the demo instructor finds a seeded learner by search and opens
 * their detail. Every instructor and admin page is checked with axe (no violation of any
 * impact) in light and dark. Screenshots go to docs/screenshots/.
 */

const shots = new URL("../../docs/screenshots/", import.meta.url).pathname;

async function bothThemes(page: Page, label: string) {
	for (const scheme of ["light", "dark"] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `${label} (${scheme})`);
	}
	await page.emulateMedia({ colorScheme: "light" });
}

/** Signs out and waits until the signed-out header is there (the next navigation must not race it). */
async function leave(page: Page) {
	await signOut(page);
	await expect(page.getByTestId("sign-in-link")).toBeVisible();
}

/**
 * Drags `from` (a drag handle) to the lower part of `to` with a finger (Chromium's touch input
 * through CDP, which is what a phone's touch screen produces: touch, then pointer events) or,
 * without touch, with the mouse.
 */
async function dragTo(page: Page, from: Locator, to: Locator, touch: boolean) {
	await from.scrollIntoViewIfNeeded();
	const a = await from.boundingBox();
	const b = await to.boundingBox();
	if (!a || !b) throw new Error("drag: element not laid out");
	const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
	const end = { x: b.x + b.width / 2, y: b.y + b.height * 0.8 };
	const at = (i: number, steps: number) => ({
		x: start.x + ((end.x - start.x) * i) / steps,
		y: start.y + ((end.y - start.y) * i) / steps,
	});
	if (!touch) {
		await page.mouse.move(start.x, start.y);
		await page.mouse.down();
		await page.mouse.move(end.x, end.y, { steps: 8 });
		await page.mouse.up();
		return;
	}
	const cdp = await page.context().newCDPSession(page);
	const send = (
		type: "touchStart" | "touchMove" | "touchEnd",
		points: { x: number; y: number }[],
	) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
	await send("touchStart", [start]);
	for (let i = 1; i <= 8; i++) await send("touchMove", [at(i, 8)]);
	await send("touchEnd", []);
	await cdp.detach();
}

const sizes = [
	{ name: "desktop", viewport: { width: 1280, height: 900 }, touch: false },
	{ name: "phone", viewport: { width: 390, height: 844 }, touch: true },
] as const;

for (const size of sizes) {
	test.describe(`at ${size.name} size`, () => {
		test.use({ viewport: size.viewport, hasTouch: size.touch });

		test("an admin promotes a new user; the instructor publishes, unpublishes, archives and restores a course", async ({
			page,
		}) => {
			test.setTimeout(180_000);
			const stamp = Date.now();
			const email = `new.teacher.${size.name}.${stamp}@example.com`;

			// A new user signs up: a student.
			await page.goto("/sign-up");
			await page.getByLabel("Name").fill(`Nia Teacher ${size.name}`);
			await page.getByLabel("Email").fill(email);
			await page.getByLabel("Password").fill(demo.password);
			await page.getByRole("button", { name: "Create account" }).click();
			await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
			await leave(page);

			// The admin makes them an instructor.
			await signIn(page, demo.admin);
			await page.goto("/admin");
			await expect(page.getByTestId("admin-page")).toBeVisible();
			await page.getByTestId("admin-user-search").fill(email);
			const row = page.locator(
				`[data-testid="admin-user-row"][data-email="${email}"]`,
			);
			await expect(row).toHaveAttribute("data-role", "student");
			await bothThemes(page, "admin");
			await row.getByTestId("admin-role-select").selectOption("instructor");
			await row.getByTestId("admin-save-role").click();
			await expect(page.getByTestId("admin-status")).toContainText(
				"is now instructor",
			);
			await expect(row).toHaveAttribute("data-role", "instructor");
			await page.screenshot({ path: `${shots}admin-roles-${size.name}.png` });
			await leave(page);

			// They sign in and land on their (empty) dashboard.
			await signIn(page, email);
			await expect(page).toHaveURL(/\/pages\/learn\/instructor$/);
			await expect(page.getByTestId("instructor-empty")).toBeVisible();
			await bothThemes(page, "empty dashboard");

			// Create a course with one lesson, then publish it from the dashboard.
			const title = `Field Notes ${size.name} ${stamp}`;
			await page.getByTestId("create-course").first().click();
			await page.getByLabel("Title", { exact: true }).fill(title);
			await page.getByTestId("course-save").click();
			await page.waitForURL(/\/instructor\/courses\/(?!new)[^/#?]+$/);
			await page.getByTestId("tab-curriculum").click();
			await bothThemes(page, "empty curriculum");
			await page.getByLabel("New section title").fill("Basics");
			await page.getByRole("button", { name: "Add section" }).click();
			await page.getByTestId("add-lesson").first().click();
			await page.getByTestId("quick-lesson-title").fill("Read me");
			await page.getByTestId("quick-lesson-submit").click();
			await expect(page.getByTestId("curriculum-lesson")).toHaveCount(1);
			// The quick form stays open for the next lesson.
			await page.getByTestId("quick-lesson-title").fill("Then me");
			await page.getByTestId("quick-lesson-submit").click();
			const lessons = page.getByTestId("curriculum-lesson");
			await expect(lessons).toHaveCount(2);
			await bothThemes(page, "curriculum");

			// Reorder by dragging (a finger on the phone): it saves itself, with Undo.
			const savedOrder = () =>
				page.waitForResponse(
					(r) =>
						/\/school\/courses\/[^/]+\/curriculum$/.test(r.url()) &&
						r.request().method() === "PUT",
				);
			let saved = savedOrder();
			await dragTo(
				page,
				lessons.first().getByTestId("lesson-drag-handle"),
				lessons.nth(1),
				size.touch,
			);
			expect((await saved).status()).toBe(200);
			await expect(lessons.first()).toContainText("Then me");
			const toast = page.getByTestId("toast");
			await expect(toast).toContainText("Order saved.");
			await page.screenshot({
				path: `${shots}instructor-curriculum-reorder-${size.name}.png`,
			});
			saved = savedOrder();
			await toast.getByTestId("toast-action").click();
			expect((await saved).status()).toBe(200);
			await expect(lessons.first()).toContainText("Read me");
			await page.goto("/pages/learn/instructor");
			const course = page
				.getByTestId("instructor-course-row")
				.filter({ hasText: title });
			await course.getByTestId("publish-course").click();
			await expect(course.getByTestId("course-status")).toHaveText(
				/published/i,
			);
			await expect(page.getByTestId("toast")).toContainText("is now published");

			// Unpublish: the dialog states the consequence; Cancel keeps it live.
			await course.getByTestId("unpublish-course").click();
			const dialog = page.getByTestId("confirm-dialog");
			await expect(dialog).toContainText("leaves the catalog");
			await bothThemes(page, "unpublish dialog");
			await page.screenshot({
				path: `${shots}instructor-unpublish-dialog-${size.name}.png`,
			});
			await dialog.getByTestId("confirm-cancel").click();
			await expect(course.getByTestId("course-status")).toHaveText(
				/published/i,
			);
			await course.getByTestId("unpublish-course").click();
			await dialog.getByTestId("confirm-accept").click();
			await expect(course.getByTestId("course-status")).toHaveText(/draft/i);

			// Archive (from draft it is not offered: publish, then archive), then restore.
			await course.getByTestId("publish-course").click();
			await expect(course.getByTestId("course-status")).toHaveText(
				/published/i,
			);
			await course.getByTestId("archive-course").click();
			await expect(dialog).toContainText("no one can enroll");
			await dialog.getByTestId("confirm-accept").click();
			await expect(course.getByTestId("course-status")).toHaveText(/archived/i);
			await expect(course.getByTestId("publish-course")).toHaveCount(0);
			await course.getByTestId("unpublish-course").click();
			await expect(dialog.getByRole("heading")).toHaveText(
				"Restore as a draft?",
			);
			await dialog.getByTestId("confirm-accept").click();
			await expect(course.getByTestId("course-status")).toHaveText(/draft/i);

			// Its page shows the manager banner, an edit link and no buy/enroll button.
			await course.getByTestId("edit-course").click();
			await page.waitForURL(/\/instructor\/courses\/(?!new)[^/#?]+$/);
			const slug = await page.getByLabel("Slug", { exact: true }).inputValue();
			await page.goto(`/pages/learn/${slug}`);
			const banner = page.getByTestId("manager-banner");
			await expect(banner).toContainText("Draft — only you");
			await expect(banner.getByTestId("manager-edit-course")).toBeVisible();
			await expect(page.getByTestId("enroll-button")).toHaveCount(0);
			// The shot before the theme checks: switching back to light animates colours a moment.
			await page.screenshot({
				path: `${shots}manager-banner-${size.name}.png`,
			});
			await bothThemes(page, "course page as manager");
		});

		test("the instructor finds a learner by search and opens their detail", async ({
			page,
		}) => {
			test.setTimeout(120_000);
			await signIn(page, demo.instructor);
			// Instructors land on their dashboard after signing in.
			await expect(page).toHaveURL(/\/pages\/learn\/instructor$/);
			await expect(page.getByTestId("instructor-totals")).toBeVisible();
			await bothThemes(page, "dashboard");
			await page.screenshot({
				path: `${shots}instructor-dashboard-${size.name}.png`,
				fullPage: true,
			});
			await page.getByTestId("course-search").fill("html");
			const row = page.getByTestId("instructor-course-row");
			await expect(row).toHaveCount(1);
			await row.getByTestId("edit-course").click();
			await page.getByTestId("tab-students").click();
			await expect(page.getByTestId("roster-table")).toBeVisible();
			await bothThemes(page, "students");
			await page.getByTestId("roster-search").fill("okafor");
			await expect(page.getByTestId("roster-row")).toHaveCount(1);
			await page.getByTestId("open-learner").click();
			const detail = page.getByTestId("learner-detail");
			await expect(detail).toContainText("Amara Okafor");
			await expect(detail.getByTestId("learner-lesson").first()).toBeVisible();
			await bothThemes(page, "learner detail");
			await page.screenshot({
				path: `${shots}instructor-learner-detail-${size.name}.png`,
			});
			await detail.getByTestId("learner-detail-close").click();
			await page.getByTestId("tab-analytics").click();
			await expect(page.getByTestId("quiz-best")).toBeVisible();
			await bothThemes(page, "analytics");
			await page.screenshot({
				path: `${shots}instructor-analytics-${size.name}.png`,
				fullPage: true,
			});
		});
	});
}
