// Starts the built demo (examples/nextjs) of a workspace and checks what a visitor and a
// signed-in learner get over HTTP: the catalog, a course page, sign-in through better-auth,
// enrollment and a lesson (API and page). Used by the v3 job on its scratch copy.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

const COURSE_SLUG = "html-css-foundations"; // a free seeded course (lib/seed-content.ts)
// Seeded demo accounts (lib/seed-content.ts).
const STUDENT = "student@example.com";
const ADMIN = "admin@example.com";
const PASSWORD = "password1234";

/** A TCP port nobody listens on right now (other helpers may run servers on 3000). */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** How a title appears in server-rendered HTML (React escapes these characters). */
function escapeHtml(text) {
	return text
		.replaceAll("&", "&amp;")
		.replaceAll("<", "&lt;")
		.replaceAll(">", "&gt;")
		.replaceAll('"', "&quot;")
		.replaceAll("'", "&#x27;");
}

/**
 * `node examples/nextjs/scripts/start.mjs` in its own process group, so stopping it stops
 * `next start` too. On a fresh PGlite database in the copy's .data (DATABASE_URL is dropped).
 */
export function startDemo(
	workDir,
	port,
	{ stdio = "pipe", blog = false } = {},
) {
	const env = { ...process.env, PORT: String(port) };
	if (blog) env.SCHOOL_DEMO_BLOG = "1";
	delete env.DATABASE_URL;
	delete env.BETTER_AUTH_URL;
	delete env.SITE_URL;
	const child = spawn(
		process.execPath,
		[join(workDir, "examples/nextjs/scripts/start.mjs")],
		{ cwd: join(workDir, "examples/nextjs"), env, stdio, detached: true },
	);
	let output = "";
	if (stdio === "pipe") {
		child.stdout.on("data", (d) => {
			output += d;
		});
		child.stderr.on("data", (d) => {
			output += d;
		});
	}
	return {
		child,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once("exit", () => resolve());
				try {
					process.kill(-child.pid, "SIGTERM");
				} catch {
					resolve();
				}
				setTimeout(() => {
					try {
						process.kill(-child.pid, "SIGKILL");
					} catch {}
				}, 10_000).unref();
			}),
	};
}

/** Waits until the API answers (its first call migrates and seeds the database). */
export async function waitReady(base, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			const res = await fetch(`${base}/api/data/school/courses`, {
				signal: AbortSignal.timeout(60_000),
			});
			if (res.ok) return true;
		} catch {}
		await new Promise((r) => setTimeout(r, 1000));
	}
	return false;
}

/**
 * Runs the checks in order; each is one counted test. A check that needs an earlier one's
 * result fails (with that reason) when the earlier one did. `blog`: the demo was started with
 * BTST's blog plugin beside the school, so its hooks are checked too.
 * @returns {Promise<{ name: string, ok: boolean, detail: string }[]>}
 */
export async function runDemoChecks(base, { blog = false } = {}) {
	const results = [];
	const state = {};
	const origin = { origin: base };
	async function check(name, fn) {
		try {
			const detail = await fn();
			results.push({ name, ok: true, detail: detail ?? "" });
		} catch (error) {
			results.push({ name, ok: false, detail: error.message });
		}
	}
	async function get(path, headers = {}) {
		const res = await fetch(`${base}${path}`, {
			headers,
			redirect: "manual",
			signal: AbortSignal.timeout(60_000),
		});
		return { status: res.status, text: await res.text(), res };
	}
	function expectStatus(r, wanted, what) {
		if (!wanted.includes(r.status))
			throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
	}

	await check("course API", async () => {
		const r = await get(`/api/data/school/courses/${COURSE_SLUG}`);
		expectStatus(r, [200], `GET /api/data/school/courses/${COURSE_SLUG}`);
		state.course = JSON.parse(r.text);
		// A lesson that is not a free preview: anonymous visitors must not get it.
		const outline = [
			...(state.course.sections ?? []).flatMap((s) => s.lessons ?? []),
			...(state.course.unsectionedLessons ?? []),
		];
		state.lessonId = outline.find((l) => !l.isFreePreview)?.id;
		if (!state.lessonId)
			throw new Error("the course has no members-only lesson");
		return state.course.title;
	});
	await check("catalog page", async () => {
		const list = await get("/api/data/school/courses");
		expectStatus(list, [200], "GET /api/data/school/courses");
		const titles = (JSON.parse(list.text).items ?? []).map((c) => c.title);
		const r = await get("/pages/learn");
		expectStatus(r, [200], "GET /pages/learn");
		// The catalog's first page (its own sort and page size) names some listed courses.
		const named = titles.filter((t) => r.text.includes(escapeHtml(t)));
		if (named.length === 0)
			throw new Error(`the HTML names none of: ${titles.join(", ")}`);
		return `${named.length} course titles, e.g. "${named[0]}"`;
	});
	await check("course page", async () => {
		if (!state.course) throw new Error("needs the course API");
		const r = await get(`/pages/learn/${COURSE_SLUG}`);
		expectStatus(r, [200], `GET /pages/learn/${COURSE_SLUG}`);
		if (!r.text.includes(escapeHtml(state.course.title)))
			throw new Error(`the HTML does not name "${state.course.title}"`);
	});
	await check("lesson API without a session is 401", async () => {
		if (!state.lessonId) throw new Error("needs the course API");
		const r = await get(`/api/data/school/lessons/${state.lessonId}`);
		expectStatus(r, [401], "anonymous GET /api/data/school/lessons/:id");
	});
	/** Signs in through better-auth's email endpoint; returns the session cookie. */
	async function signIn(email) {
		const res = await fetch(`${base}/api/auth/sign-in/email`, {
			method: "POST",
			headers: { "content-type": "application/json", ...origin },
			body: JSON.stringify({ email, password: PASSWORD }),
			signal: AbortSignal.timeout(60_000),
		});
		const text = await res.text();
		if (res.status !== 200)
			throw new Error(
				`POST /api/auth/sign-in/email: HTTP ${res.status} ${text.slice(0, 200)}`,
			);
		const cookies = res.headers
			.getSetCookie()
			.map((c) => c.split(";")[0])
			.join("; ");
		if (!cookies) throw new Error("no session cookie");
		return cookies;
	}
	/** Creates a blog post as whoever `cookie` belongs to (none: anonymous). */
	async function writePost(cookie) {
		const res = await fetch(`${base}/api/data/posts`, {
			method: "POST",
			headers: {
				"content-type": "application/json",
				...origin,
				...(cookie ? { cookie } : {}),
			},
			body: JSON.stringify({
				title: "Compatibility check",
				content: "Written by the BTST 3 job.",
				excerpt: "Compatibility check",
				slug: `compat-check-${Date.now()}`,
				published: false,
			}),
			signal: AbortSignal.timeout(60_000),
		});
		return { status: res.status, text: await res.text() };
	}

	await check("sign in (better-auth)", async () => {
		state.cookie = await signIn(STUDENT);
	});
	await check("enroll", async () => {
		if (!state.cookie || !state.course) throw new Error("needs sign-in");
		const res = await fetch(
			`${base}/api/data/school/courses/${state.course.id}/enroll`,
			{
				method: "POST",
				headers: {
					cookie: state.cookie,
					"content-type": "application/json",
					...origin,
				},
				body: "{}",
				signal: AbortSignal.timeout(60_000),
			},
		);
		const text = await res.text();
		if (res.status !== 200 && res.status !== 201)
			throw new Error(`enroll: HTTP ${res.status} ${text.slice(0, 200)}`);
		return JSON.parse(text).status;
	});
	await check("lesson API signed in", async () => {
		if (!state.cookie) throw new Error("needs sign-in");
		const r = await get(`/api/data/school/lessons/${state.lessonId}`, {
			cookie: state.cookie,
		});
		expectStatus(r, [200], "GET /api/data/school/lessons/:id");
		state.lesson = JSON.parse(r.text);
		return state.lesson.title;
	});
	await check("lesson page signed in", async () => {
		if (!state.lesson) throw new Error("needs the lesson API");
		const path = `/pages/learn/${COURSE_SLUG}/lessons/${state.lessonId}`;
		const r = await get(path, { cookie: state.cookie });
		expectStatus(r, [200], `GET ${path}`);
		if (!r.text.includes(escapeHtml(state.lesson.title)))
			throw new Error(`the HTML does not name "${state.lesson.title}"`);
	});
	if (blog) {
		// BTST's own blog plugin, mounted with SCHOOL_DEMO_BLOG=1: its admin-only hooks must deny
		// the way the installed major expects (lib/btst-compat.ts) and still admit an admin.
		await check("blog: anonymous write is 403", async () => {
			expectStatus(
				await writePost(null),
				[403],
				"anonymous POST /api/data/posts",
			);
		});
		await check("blog: student write is 403", async () => {
			if (!state.cookie) throw new Error("needs sign-in");
			expectStatus(
				await writePost(state.cookie),
				[403],
				"student POST /api/data/posts",
			);
		});
		await check("blog: admin writes a post", async () => {
			const r = await writePost(await signIn(ADMIN));
			expectStatus(r, [200, 201], "admin POST /api/data/posts");
		});
	}
	return results;
}
