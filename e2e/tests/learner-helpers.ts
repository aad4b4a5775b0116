import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { demo, expect, signIn } from "./fixtures";

/**
 * Helpers of the learner-loop specs: a course built through the API by the demo instructor,
 * and fake YouTube / Vimeo players (the network is closed here, and a test must drive time).
 */

export interface LessonSpec {
	title: string;
	type: "video" | "text" | "quiz";
	videoUrl?: string;
	content?: string;
	isFreePreview?: boolean;
}

export interface BuiltCourse {
	id: string;
	slug: string;
	lessons: { id: string; title: string; type: string }[];
}

/** A request context signed in as the demo instructor (its own browser context). */
export async function instructorApi(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, demo.instructor);
	return { request: page.request, close: () => context.close() };
}

async function ok<T>(
	response: Awaited<ReturnType<APIRequestContext["post"]>>,
): Promise<T> {
	expect(response.status(), await response.text()).toBeLessThan(300);
	return (await response.json()) as T;
}

/** Creates and publishes a free course with these lessons (in this order). */
export async function buildCourse(
	request: APIRequestContext,
	title: string,
	lessons: LessonSpec[],
): Promise<BuiltCourse> {
	const course = await ok<{ id: string; slug: string }>(
		await request.post("/api/data/school/courses", {
			data: { title, description: "A course built by a browser test." },
		}),
	);
	const built: BuiltCourse["lessons"] = [];
	for (const lesson of lessons) {
		const created = await ok<{ id: string; title: string; type: string }>(
			await request.post(`/api/data/school/courses/${course.id}/lessons`, {
				data: lesson,
			}),
		);
		built.push(created);
	}
	await ok(
		await request.patch(`/api/data/school/courses/${course.id}`, {
			data: { status: "published" },
		}),
	);
	return { id: course.id, slug: course.slug, lessons: built };
}

/**
 * A fake YouTube IFrame API, served where the real script lives. `window.__yt` exposes the
 * player's state to the test: set `time`/`duration`, fire `ready()`, `state(n)`.
 */
const FAKE_YT = `
(function () {
  var fake = { time: 0, duration: 0, rate: 1, seeks: [], events: null };
  window.__yt = fake;
  fake.ready = function () { fake.events.onReady && fake.events.onReady({}); };
  fake.state = function (n) { fake.events.onStateChange && fake.events.onStateChange({ data: n }); };
  function Player(el, opts) { fake.events = opts.events || {}; fake.element = el; }
  Player.prototype.getCurrentTime = function () { return fake.time; };
  Player.prototype.getDuration = function () { return fake.duration; };
  Player.prototype.seekTo = function (s) { fake.seeks.push(s); fake.time = s; };
  Player.prototype.getPlaybackRate = function () { return fake.rate; };
  Player.prototype.setPlaybackRate = function (r) { fake.rate = r; };
  window.YT = { Player: Player, PlayerState: { ENDED: 0, PLAYING: 1, PAUSED: 2 } };
  setTimeout(function () { window.onYouTubeIframeAPIReady && window.onYouTubeIframeAPIReady(); }, 0);
})();
`;

/**
 * A fake Vimeo player page speaking the postMessage API: it announces `ready`, answers
 * `getDuration`, records the methods it is sent, and `window.emit(event, data)` sends events.
 */
const FAKE_VIMEO = `<!doctype html><html><body style="background:#000;color:#fff">fake vimeo
<script>
  var parentOrigin = "*";
  window.received = [];
  window.duration = 120;
  window.emit = function (event, data) {
    parent.postMessage(JSON.stringify({ event: event, data: data || {} }), parentOrigin);
  };
  window.addEventListener("message", function (e) {
    var msg = typeof e.data === "string" ? JSON.parse(e.data) : e.data;
    window.received.push(msg);
    if (msg.method === "getDuration")
      parent.postMessage(JSON.stringify({ method: "getDuration", value: window.duration }), parentOrigin);
    if (msg.method === "ping") window.emit("ready");
  });
  window.emit("ready");
</script></body></html>`;

/** Routes the YouTube API script and both embeds to the fakes. */
export async function fakeVideoHosts(page: Page) {
	await page.route("https://www.youtube.com/iframe_api", (route) =>
		route.fulfill({ contentType: "text/javascript", body: FAKE_YT }),
	);
	await page.route("https://www.youtube-nocookie.com/**", (route) =>
		route.fulfill({
			contentType: "text/html",
			body: "<!doctype html><body style='background:#000'></body>",
		}),
	);
	await page.route("https://player.vimeo.com/**", (route) =>
		route.fulfill({ contentType: "text/html", body: FAKE_VIMEO }),
	);
}

/** Waits for the next PUT of a position and returns the seconds it saved. */
export async function nextSavedPosition(page: Page): Promise<number> {
	const response = await page.waitForResponse(
		(r) => r.url().includes("/position") && r.request().method() === "PUT",
	);
	expect(response.status()).toBe(200);
	return (response.request().postDataJSON() as { positionSecs: number })
		.positionSecs;
}
