import type { Page } from "@playwright/test";
import {
	demo,
	expect,
	expectAccessible,
	pageExpecting404s,
	signIn,
	test,
} from "./fixtures";
import {
	buildCourse,
	fakeVideoHosts,
	instructorApi,
	nextSavedPosition,
} from "./learner-helpers";

/**
 * The learner's loop in ordinary use (issue #14): embedded players that resume, save and
 * complete, "up next", the course completed when its last open lesson is deleted, archived
 * and left courses, and missing pages answering 404.
 */

type FakeYT = {
	time: number;
	duration: number;
	rate: number;
	seeks: number[];
	events: unknown;
	ready(): void;
	state(n: number): void;
};
const yt = (page: Page) =>
	page.waitForFunction(
		() => !!(window as unknown as { __yt?: FakeYT }).__yt?.events,
	);
const drive = (page: Page, fn: (fake: FakeYT) => void) =>
	page.evaluate(`(${fn.toString()})(window.__yt)`) as Promise<unknown>;

const vimeoFrame = async (page: Page) => {
	await expect
		.poll(() => page.frames().some((f) => f.url().includes("player.vimeo.com")))
		.toBe(true);
	const frame = page.frames().find((f) => f.url().includes("player.vimeo.com"));
	if (!frame) throw new Error("no Vimeo frame");
	return frame;
};

async function enroll(page: Page, courseId: string) {
	const res = await page.request.post(
		`/api/data/school/courses/${courseId}/enroll`,
		{ data: {} },
	);
	expect([200, 201]).toContain(res.status());
}

test("YouTube and Vimeo lessons resume, save, complete and lead on", async ({
	page,
	browser,
}) => {
	test.setTimeout(120_000);
	const instructor = await instructorApi(browser);
	const course = await buildCourse(
		instructor.request,
		`Video loop ${Date.now()}`,
		[
			{
				title: "Tube lesson",
				type: "video",
				videoUrl: "https://www.youtube.com/watch?v=abc123XYZ_0",
			},
			{
				title: "Vimeo lesson",
				type: "video",
				videoUrl: "https://vimeo.com/76979871",
			},
			{
				title: "Reading",
				type: "text",
				content: "# Reading\n\nWords worth reading.",
			},
		],
	);
	await instructor.close();
	const [tube, vimeo, reading] = course.lessons;
	if (!tube || !vimeo || !reading) throw new Error("lessons missing");
	await fakeVideoHosts(page);
	await signIn(page, demo.student);
	await enroll(page, course.id);

	// YouTube: play, jump ahead (saved on the seek), pause (saved), reload (resumed).
	await page.goto(`/pages/learn/${course.slug}/lessons/${tube.id}`);
	await yt(page);
	await drive(page, (f) => {
		f.duration = 100;
		f.ready();
		f.time = 5;
		f.state(1);
	});
	const onSeek = nextSavedPosition(page);
	await drive(page, (f) => {
		f.time = 40;
	});
	expect(await onSeek).toBe(40);
	const onPause = nextSavedPosition(page);
	await drive(page, (f) => {
		f.time = 42;
		f.state(2);
	});
	expect(await onPause).toBe(42);
	// The playback speed is remembered on this device.
	await page.getByTestId("playback-speed").selectOption("1.5");
	await page.reload();
	await yt(page);
	await drive(page, (f) => {
		f.duration = 100;
		f.ready();
	});
	expect(await drive(page, (f) => f.seeks)).toEqual([42]);
	expect(await drive(page, (f) => f.rate)).toBe(1.5);

	// Watching past 90 % completes the lesson; the playhead stays where it is.
	const completed = page.waitForResponse(
		(r) =>
			r.url().endsWith(`/lessons/${tube.id}/complete`) &&
			r.request().method() === "POST",
	);
	await drive(page, (f) => {
		f.state(1);
		f.time = 91;
	});
	expect((await completed).status()).toBe(200);
	await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);
	await expect(page.getByTestId("next-step")).toContainText("Vimeo lesson");
	expect(await drive(page, (f) => f.seeks)).toEqual([42]);
	expect(await drive(page, (f) => f.time)).toBe(91);

	// The end: "up next" counts down; "Play now" opens the next lesson.
	await drive(page, (f) => {
		f.time = 100;
		f.state(0);
	});
	await expect(page.getByTestId("up-next")).toContainText("Vimeo lesson");
	await page.getByTestId("up-next-play").click();
	await expect(page.getByTestId("lesson-title")).toHaveText("Vimeo lesson");

	// Vimeo over postMessage: events asked for, speed applied, positions saved, completion.
	let frame = await vimeoFrame(page);
	await expect
		.poll(() =>
			frame.evaluate(() =>
				(
					window as unknown as {
						received: { method: string; value: unknown }[];
					}
				).received.some(
					(m) => m.method === "setPlaybackRate" && m.value === 1.5,
				),
			),
		)
		.toBe(true);
	const vimeoPause = nextSavedPosition(page);
	await frame.evaluate(() => {
		const w = window as unknown as {
			emit(e: string, d: object): void;
		};
		w.emit("timeupdate", { seconds: 30, duration: 120 });
		w.emit("pause", { seconds: 30.4 });
	});
	expect(await vimeoPause).toBe(30);
	const vimeoDone = page.waitForResponse((r) =>
		r.url().endsWith(`/lessons/${vimeo.id}/complete`),
	);
	await frame.evaluate(() =>
		(window as unknown as { emit(e: string, d: object): void }).emit(
			"timeupdate",
			{ seconds: 110, duration: 120 },
		),
	);
	expect((await vimeoDone).status()).toBe(200);
	await page.reload();
	frame = await vimeoFrame(page);
	await expect
		.poll(() =>
			frame.evaluate(() =>
				(
					window as unknown as {
						received: { method: string; value: unknown }[];
					}
				).received
					.filter((m) => m.method === "setCurrentTime")
					.map((m) => m.value),
			),
		)
		.toEqual([110]);

	// The reading lesson shows its title once.
	await page
		.getByRole("navigation", { name: "Course content" })
		.getByRole("link", { name: /Reading/ })
		.click();
	await expect(page.getByText("Words worth reading.")).toBeVisible();
	await expect(page.getByRole("heading", { name: "Reading" })).toHaveCount(1);
	await expectAccessible(page);
});

test("deleting the last lesson a learner had open completes the course with a certificate", async ({
	page,
	browser,
}) => {
	const instructor = await instructorApi(browser);
	const course = await buildCourse(
		instructor.request,
		`Delete loop ${Date.now()}`,
		[
			{ title: "First read", type: "text", content: "One." },
			{ title: "Second read", type: "text", content: "Two." },
		],
	);
	const [first, second] = course.lessons;
	if (!first || !second) throw new Error("lessons missing");
	await signIn(page, demo.student);
	await enroll(page, course.id);
	await page.goto(`/pages/learn/${course.slug}/lessons/${first.id}`);
	await page.getByTestId("mark-complete").click();
	await expect(page.getByTestId("mark-complete")).toHaveText(/Completed/);
	await page.getByTestId("next-step").getByRole("link").click();
	await expect(page.getByTestId("lesson-title")).toHaveText("Second read");

	const deleted = await instructor.request.delete(
		`/api/data/school/lessons/${second.id}`,
	);
	expect(deleted.status()).toBe(200);
	await instructor.close();

	await page.goto(`/pages/learn/${course.slug}`);
	await expect(page.getByTestId("course-cta")).toHaveAttribute(
		"data-state",
		"completed",
	);
	await page.getByTestId("view-certificate").click();
	await expect(page.getByTestId("certificate-verified")).toBeVisible();
});

test("archived courses stay open to their learners; leaving asks first; both keep a place in My learning", async ({
	page,
	browser,
}) => {
	const instructor = await instructorApi(browser);
	const stamp = Date.now();
	const archived = await buildCourse(instructor.request, `Archived ${stamp}`, [
		{ title: "Still here", type: "text", content: "Kept." },
	]);
	const left = await buildCourse(instructor.request, `Left ${stamp}`, [
		{ title: "Soon gone", type: "text", content: "Bye." },
	]);
	await signIn(page, demo.student);
	await enroll(page, archived.id);
	await enroll(page, left.id);
	const patched = await instructor.request.patch(
		`/api/data/school/courses/${archived.id}`,
		{ data: { status: "archived" } },
	);
	expect(patched.status()).toBe(200);
	await instructor.close();

	await page.goto(`/pages/learn/${archived.slug}`);
	await expect(page.getByTestId("archived-note")).toBeVisible();
	await page.getByTestId("continue-learning").click();
	await expect(page.getByTestId("mark-complete")).toBeVisible();
	await expect(page.getByTestId("lesson-locked")).toHaveCount(0);

	await page.goto(`/pages/learn/${left.slug}`);
	await page.getByTestId("leave-course").click();
	const dialog = page.getByRole("dialog", { name: "Leave this course?" });
	await expect(dialog).toBeVisible();
	await dialog.getByRole("button", { name: "Cancel" }).click();
	await expect(dialog).toHaveCount(0);
	await page.getByTestId("leave-course").click();
	await page
		.getByRole("dialog", { name: "Leave this course?" })
		.getByRole("button", { name: "Leave course" })
		.click();
	await expect(page.getByTestId("course-cta")).toHaveAttribute(
		"data-state",
		"enroll",
	);

	await page.goto("/pages/learn/me");
	await expect(
		page.getByRole("region", { name: "No longer offered" }),
	).toContainText(`Archived ${stamp}`);
	await expect(page.getByRole("region", { name: "Left" })).toContainText(
		`Left ${stamp}`,
	);
	await expectAccessible(page);
});

test("missing course, lesson, quiz and certificate pages answer 404 with a way back", async ({
	browser,
	baseURL,
}) => {
	const { page, errors, close } = await pageExpecting404s(browser, baseURL);
	const course = await page.goto("/pages/learn/no-such-course");
	expect(course?.status()).toBe(404);
	await expect(page.getByTestId("not-found-page")).toBeVisible();

	const list = await (
		await page.request.get("/api/data/school/courses?limit=1")
	).json();
	const slug = list.items[0].slug as string;
	const lesson = await page.goto(`/pages/learn/${slug}/lessons/nope`);
	expect(lesson?.status()).toBe(404);
	await expect(page.getByTestId("not-found-back-to-course")).toHaveAttribute(
		"href",
		`/pages/learn/${slug}`,
	);
	const quiz = await page.goto(`/pages/learn/${slug}/lessons/nope/quiz`);
	expect(quiz?.status()).toBe(404);
	const certificate = await page.goto("/pages/learn/certificates/nope");
	expect(certificate?.status()).toBe(404);
	await expect(page.getByTestId("not-found-page")).toContainText(
		"No such certificate",
	);
	// A real course still answers 200.
	expect((await page.goto(`/pages/learn/${slug}`))?.status()).toBe(200);
	await page.waitForLoadState("networkidle");
	expect(errors).toEqual([]);
	await close();
});
