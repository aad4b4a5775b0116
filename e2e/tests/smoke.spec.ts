import {
	demo,
	expect,
	expectAccessible,
	signIn,
	signOut,
	test,
} from "./fixtures";

/** The school's pages as a visitor and each demo account sees them, with no errors anywhere. */

async function courseAndLessons(
	request: import("@playwright/test").APIRequestContext,
) {
	const list = await (
		await request.get("/api/data/school/courses?limit=50")
	).json();
	const course = list.items.find((c: { price: number }) => c.price === 0);
	const detail = await (
		await request.get(`/api/data/school/courses/${course.slug}`)
	).json();
	const lessons = [
		...detail.sections.flatMap((s: { lessons: unknown[] }) => s.lessons),
		...detail.unsectionedLessons,
	] as {
		id: string;
		type: string;
		isFreePreview: boolean;
	}[];
	return { course: detail, lessons };
}

test("home page explains the demo and links to the school", async ({
	page,
}) => {
	await page.goto("/");
	await expect(
		page.getByRole("link", { name: /catalog|courses/i }).first(),
	).toBeVisible();
	await expectAccessible(page);
});

test("the API serves the seeded catalog", async ({ request }) => {
	const res = await request.get("/api/data/school/courses");
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body.total).toBeGreaterThanOrEqual(4);
	expect(
		body.items.every((c: { status: string }) => c.status === "published"),
	).toBe(true);
});

for (const account of ["student", "instructor", "admin"] as const) {
	test(`${account} signs in and opens every school page`, async ({
		page,
		request,
	}) => {
		const { course, lessons } = await courseAndLessons(request);
		const preview = lessons.find((l) => l.isFreePreview && l.type !== "quiz");
		const quiz = lessons.find((l) => l.type === "quiz");
		await signIn(page, demo[account]);
		await expect(page.getByTestId("current-user")).toBeVisible();

		await page.goto("/pages/learn");
		await expect(page.getByTestId("school-catalog-page")).toBeVisible();
		await expect(page.getByTestId("course-card").first()).toBeVisible();

		await page.goto(`/pages/learn/${course.slug}`);
		await expect(page.getByTestId("course-title")).toHaveText(course.title);
		// The course's managers (its instructor, admins) get the manager banner instead of the
		// enroll/buy area; learners get the call to action.
		await expect(
			page.getByTestId(account === "student" ? "course-cta" : "manager-banner"),
		).toBeVisible();

		if (preview) {
			await page.goto(`/pages/learn/${course.slug}/lessons/${preview.id}`);
			await expect(page.getByTestId("school-lesson-page")).toBeVisible();
		}
		if (quiz) {
			await page.goto(`/pages/learn/${course.slug}/lessons/${quiz.id}/quiz`);
			await expect(page.getByTestId("school-quiz-page")).toBeVisible();
		}

		await page.goto("/pages/learn/me");
		await expect(page.getByTestId("school-my-courses-page")).toBeVisible();

		await page.goto("/pages/learn/instructor");
		await expect(
			page.getByTestId(
				account === "student"
					? "instructor-forbidden"
					: "school-instructor-dashboard",
			),
		).toBeVisible();
		if (account !== "student") {
			await page.getByTestId("edit-course").first().click();
			await expect(page.getByTestId("school-course-editor")).toBeVisible();
			await page.goto(
				`/pages/learn/instructor/courses/${course.id}/lessons/new`,
			);
			await expect(
				page
					.getByTestId("school-lesson-editor")
					.or(page.getByTestId("instructor-course-not-found"))
					.or(page.getByTestId("school-not-found")),
			).toBeVisible();
		}

		// An unknown certificate answers 404 (its page, with the browser's console noise about the
		// 404 document, is checked in learner-loop.spec.ts).
		const unknown = await page.request.get(
			"/pages/learn/certificates/not-a-real-certificate",
		);
		expect(unknown.status()).toBe(404);

		await signOut(page);
	});
}

test("a signed-out visitor sees the catalog and a course, and is sent to sign in from the portal", async ({
	page,
	request,
}) => {
	const { course } = await courseAndLessons(request);
	await page.goto("/pages/learn");
	await expect(page.getByTestId("course-card").first()).toBeVisible();
	await page.goto(`/pages/learn/${course.slug}`);
	await expect(page.getByTestId("sign-in-to-enroll")).toBeVisible();
	await page.goto("/pages/learn/me");
	await page.waitForURL(/\/sign-in/);
});
