// @ts-check
/**
 * What is measured: every school endpoint of the issue, the catalog and course pages (static
 * and per request), the blog plugin's list/detail/update as the peer, and three floors. Requests rotate
 * through learners, lessons, courses and posts, so no result is one cached row.
 */
import { FILTER_CATEGORY, FILTER_DIFFICULTY, SEARCH_WORD } from "./dataset.mjs";
import { rotate } from "./load.mjs";

/** @typedef {import("./load.mjs").Request} Request */
/** @typedef {import("./dataset.mjs").Query} Query */

/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {string} name
 * @property {"school" | "page" | "blog" | "static"} group
 * @property {string} [peer]        the id of the closest blog endpoint
 * @property {number} [budgetMs]    the p95 the issue allows at scale 1
 * @property {string[]} [prime]     paths fetched once before the warm-up (pages a build with
 *   data would have generated ahead; the bench's build has no database)
 * @property {() => Request} next
 */

/** Learners the bench signs in (and rotates through). */
export const POOL_SIZE = 200;

/** @param {number} i */
export const benchStudentEmail = (i) => `bench-student-${i}@example.com`;

/**
 * Everything the scenarios need from the loaded data, read once before the app starts.
 * @param {Query} query
 * @param {number} poolSize
 */
export async function readContext(query, poolSize) {
	const pool = Array.from({ length: poolSize }, (_, i) => `bench-student-${i}`);
	/** @type {{ userId: string, lessonId: string }[]} */
	const incomplete = await query(
		// Interleaved by learner (rank first), so concurrent requests are different learners'.
		`select e."userId" as "userId", p."lessonId" as "lessonId"
		 from enrollment e
		 join "lessonProgress" p on p."enrollmentId" = e.id and not p.completed
		 join lesson l on l.id = p."lessonId" and l.type <> 'quiz'
		 where e."userId" = any($1) and e.status = 'enrolled'
		 order by row_number() over (partition by e."userId" order by p."lessonId"), e."userId"`,
		[pool],
	);
	/** @type {{ userId: string, lessonId: string, type: string }[]} */
	const lessons = await query(
		`select e."userId" as "userId", l.id as "lessonId", l.type as type
		 from enrollment e join lesson l on l."courseId" = e."courseId"
		 where e."userId" = any($1)
		 order by row_number() over (partition by e."userId" order by l.id), e."userId"`,
		[pool],
	);
	/** @type {{ id: string, slug: string }[]} */
	const courses = await query(
		`select id, slug from course where id like 'bench-course-%' order by id`,
	);
	/** @type {{ id: string }[]} */
	const ivyCourses = await query(
		`select c.id from course c join "user" u on u.id = c."instructorId"
		 where u.email = 'instructor@example.com' and c.id like 'bench-course-%' order by c.id`,
	);
	/** @type {{ certificateId: string }[]} */
	const certificates = await query(
		`select "certificateId" from enrollment where "certificateId" like 'bench-cert-%'
		 order by id limit 500`,
	);
	const [published] = await query(
		`select count(*)::int as n from course where status = 'published'`,
	);
	return {
		pool,
		incomplete,
		lessons,
		courses,
		ivyCourses,
		certificates: certificates.map((c) => c.certificateId),
		publishedCourses: /** @type {{ n: number }} */ (published).n,
	};
}

/** @typedef {Awaited<ReturnType<typeof readContext>>} Context */

/**
 * @param {{ base: string }} _app
 * @param {Context} ctx
 * @param {{ students: Map<string, string>, instructor: string }} cookies
 * @returns {Scenario[]}
 */
export function schoolScenarios(_app, ctx, cookies) {
	/** @param {string} userId */
	const as = (userId) => {
		const cookie = cookies.students.get(userId);
		if (!cookie) throw new Error(`No session for ${userId}`);
		return { cookie };
	};
	const api = "/api/data/school";
	const deepOffset = Math.max(0, ctx.publishedCourses - 20);
	const videos = ctx.lessons.filter((l) => l.type === "video");
	const signedIn = ctx.pool.filter((u) => cookies.students.has(u));
	return [
		{
			id: "catalog",
			name: "catalog",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({ path: `${api}/courses` }),
		},
		{
			id: "catalog-filtered",
			name: "catalog, filtered (category + difficulty)",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({
				path: `${api}/courses?category=${encodeURIComponent(FILTER_CATEGORY)}&difficulty=${FILTER_DIFFICULTY}`,
			}),
		},
		{
			id: "catalog-search",
			name: `catalog, searched (q=${SEARCH_WORD})`,
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({ path: `${api}/courses?q=${SEARCH_WORD}` }),
		},
		{
			id: "catalog-deep",
			name: `catalog, deep offset (${deepOffset})`,
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({ path: `${api}/courses?offset=${deepOffset}` }),
		},
		{
			id: "course",
			name: "course (by slug)",
			group: "school",
			peer: "blog-detail",
			budgetMs: 150,
			next: rotate(ctx.courses, (c) => ({
				path: `${api}/courses/${c.slug}`,
			})),
		},
		{
			id: "lesson",
			name: "lesson (enrolled learner)",
			group: "school",
			peer: "blog-detail",
			budgetMs: 150,
			next: rotate(ctx.lessons, (l) => ({
				path: `${api}/lessons/${l.lessonId}`,
				headers: as(l.userId),
			})),
		},
		{
			id: "complete",
			name: "mark lesson complete",
			group: "school",
			peer: "blog-update",
			budgetMs: 50,
			next: rotate(ctx.incomplete, (l) => ({
				method: "POST",
				path: `${api}/lessons/${l.lessonId}/complete`,
				headers: as(l.userId),
			})),
		},
		{
			id: "heartbeat",
			name: "position heartbeat",
			group: "school",
			peer: "blog-update",
			budgetMs: 50,
			next: rotate(videos, (l, round) => ({
				method: "PUT",
				path: `${api}/lessons/${l.lessonId}/position`,
				headers: as(l.userId),
				body: JSON.stringify({ positionSecs: 30 + (round % 500) }),
			})),
		},
		{
			id: "portal",
			name: "student portal (my courses)",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: rotate(signedIn, (userId) => ({
				path: `${api}/me/enrollments`,
				headers: as(userId),
			})),
		},
		{
			id: "dashboard",
			name: "instructor dashboard",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({
				path: `${api}/instructor/courses`,
				headers: { cookie: cookies.instructor },
			}),
		},
		{
			id: "roster",
			name: "roster (a page of learners)",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: rotate(ctx.ivyCourses, (c) => ({
				path: `${api}/instructor/courses/${c.id}/students`,
				headers: { cookie: cookies.instructor },
			})),
		},
		{
			id: "analytics",
			name: "course analytics",
			group: "school",
			peer: "blog-list",
			budgetMs: 150,
			next: rotate(ctx.ivyCourses, (c) => ({
				path: `${api}/instructor/courses/${c.id}/analytics`,
				headers: { cookie: cookies.instructor },
			})),
		},
		{
			id: "certificate",
			name: "certificate verification (public)",
			group: "school",
			peer: "blog-detail",
			budgetMs: 150,
			next: rotate(ctx.certificates, (id) => ({
				path: `${api}/certificates/${id}`,
			})),
		},
		// The pages: static (what a visitor without a session, language cookie or query gets)
		// and per request (the catch-all route everyone else is sent to, see lib/static-pages.ts).
		{
			id: "page-catalog",
			name: "page: catalog (static)",
			group: "page",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({ path: "/pages/learn" }),
		},
		{
			id: "page-catalog-live",
			name: "page: catalog (per request)",
			group: "page",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({ path: "/pages/live/learn" }),
		},
		{
			id: "page-catalog-filtered",
			name: "page: catalog, filtered (per request)",
			group: "page",
			peer: "blog-list",
			budgetMs: 150,
			next: () => ({
				path: `/pages/learn?category=${encodeURIComponent(FILTER_CATEGORY)}&difficulty=${FILTER_DIFFICULTY}`,
			}),
		},
		{
			id: "page-course",
			name: "page: course (static)",
			group: "page",
			peer: "blog-detail",
			budgetMs: 150,
			prime: ctx.courses.map((c) => `/pages/learn/${c.slug}`),
			next: rotate(ctx.courses, (c) => ({ path: `/pages/learn/${c.slug}` })),
		},
		{
			id: "page-course-live",
			name: "page: course (per request)",
			group: "page",
			peer: "blog-detail",
			budgetMs: 150,
			next: rotate(ctx.courses, (c) => ({
				path: `/pages/live/learn/${c.slug}`,
			})),
		},
	];
}

/**
 * The peer: BTST's blog plugin on the same app and database.
 * @param {{ ids: string[], admin: string, suffix?: string }} options
 * @returns {Scenario[]}
 */
export function blogScenarios({ ids, admin, suffix = "" }) {
	const tag = suffix ? ` (${suffix})` : "";
	const idSuffix = suffix ? `-${suffix.replace(/\D/g, "")}` : "";
	return [
		{
			id: `blog-list${idSuffix}`,
			name: `blog: list posts${tag}`,
			group: "blog",
			next: () => ({ path: "/api/data/posts?published=true&limit=20" }),
		},
		{
			id: `blog-detail${idSuffix}`,
			name: `blog: post by slug${tag}`,
			group: "blog",
			next: rotate(ids, (id) => ({ path: `/api/data/posts?slug=${id}` })),
		},
		{
			id: `blog-update${idSuffix}`,
			name: `blog: update post (admin)${tag}`,
			group: "blog",
			next: rotate(ids, (id, round) => ({
				method: "PUT",
				path: `/api/data/posts/${id}`,
				headers: { cookie: admin },
				body: JSON.stringify({
					id,
					slug: id,
					title: `Post ${id} (edit ${round})`,
					content: "Edited by the benchmark.",
					excerpt: "Edited.",
					published: true,
					tags: [{ name: "News" }, { name: "Guides" }],
				}),
			})),
		},
	];
}

/**
 * The floors every request stands on: a static file (Next.js serving bytes), a route handler
 * answering constant JSON (routing and the proxy), and one trivial query through the school's
 * adapter and pool (app/api/bench/[floor]/route.ts).
 * @returns {Scenario[]}
 */
export function floorScenarios() {
	return [
		{
			id: "static",
			name: "static file (/media/intro.vtt)",
			group: "static",
			next: () => ({ path: "/media/intro.vtt" }),
		},
		{
			id: "floor-json",
			name: "floor: route handler, constant JSON",
			group: "static",
			next: () => ({ path: "/api/bench/json" }),
		},
		{
			id: "floor-query",
			name: "floor: one query through the adapter",
			group: "static",
			next: () => ({ path: "/api/bench/query" }),
		},
	];
}
