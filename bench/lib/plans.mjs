// @ts-check
/**
 * The query-plan check: EXPLAIN ANALYZE of the heaviest queries of the endpoints that grew with
 * scale (course analytics, the instructor dashboard, the roster, catalog facets), on the loaded
 * data, asserting that each one reads through the index meant for it (the composite indexes of
 * `examples/nextjs/lib/school-indexes.ts`). The SQL is what `kyselyAggregates` and the Kysely
 * adapter send for the bench instructor's first course.
 *
 * At small scales PostgreSQL rightly prefers a sequential scan of a tiny table, so there the
 * check runs with `enable_seqscan = off`: it then asks "is there an index this query can use",
 * while at scale ≥ 1 it asks "does the planner choose it".
 */

/** @typedef {import("./dataset.mjs").Query} Query */

/**
 * @typedef {object} PlanCheck
 * @property {string} name
 * @property {string | null} expect   the index that should be read (null: none expected)
 * @property {boolean} ok
 * @property {string[]} indexes       every index the plan reads
 * @property {string} top             the plan's top node
 * @property {number} ms              execution time
 * @property {number} rows            rows the query returned
 * @property {boolean} forced         run with enable_seqscan = off
 */

/**
 * @param {any} node
 * @param {string[]} out
 */
function indexesIn(node, out = []) {
	if (node?.["Index Name"]) out.push(node["Index Name"]);
	for (const child of node?.Plans ?? []) indexesIn(child, out);
	return out;
}

/**
 * @param {Query} query
 * @param {{ ivyCourses: { id: string }[] }} ctx
 * @param {{ scale: number }} options
 * @returns {Promise<PlanCheck[]>}
 */
export async function checkPlans(query, ctx, { scale }) {
	const courseId = ctx.ivyCourses[0]?.id;
	if (!courseId) return [];
	const lessons = /** @type {{ id: string, type: string }[]} */ (
		await query(`select id, type from lesson where "courseId" = $1`, [courseId])
	);
	const lessonIds = lessons.map((l) => l.id);
	const quizIds = lessons.filter((l) => l.type === "quiz").map((l) => l.id);
	const ivyIds = ctx.ivyCourses.slice(0, 20).map((c) => c.id);
	const forced = scale < 1;
	/** @type {{ name: string, expect: string | null, sql: string, params: unknown[] }[]} */
	const checks = [
		{
			name: "analytics: completions per lesson",
			expect: "school_progress_lesson_completed",
			sql: `select "lessonId" as key, count(*) from "lessonProgress"
			      where "lessonId" = any($1) and completed = true group by "lessonId"`,
			params: [lessonIds],
		},
		{
			name: "analytics: each learner's best per quiz",
			expect: "school_attempt_lesson_user",
			sql: `select m.key, count(*), sum(m.best), count(*) filter (where m.flag)
			      from (select "lessonId" as key, max(score) as best, bool_or(passed) as flag
			            from "quizAttempt" where "lessonId" = any($1)
			            group by "lessonId", "userId") m group by m.key`,
			params: [quizIds.length ? quizIds : ["none"]],
		},
		{
			name: "dashboard: active learners and progress per course",
			expect: "school_enrollment_course_status",
			sql: `select "courseId" as key, count(*), coalesce(sum("progressPct"), 0)
			      from enrollment where "courseId" = any($1) and status = any($2)
			      group by "courseId"`,
			params: [ivyIds, ["enrolled", "completed"]],
		},
		{
			// What kyselyAggregates().rosterPage sends for the Students tab's first page.
			name: "roster: a page of one course's learners",
			expect: "school_enrollment_course_enrolled",
			sql: `select *, count(*) over () from enrollment where "courseId" = $1
			      order by "enrolledAt" asc nulls last, id asc limit 20`,
			params: [courseId],
		},
		{
			name: "catalog facets: categories of published courses",
			// Every published course is counted: a grouped scan of the course table, no index.
			expect: null,
			sql: `select lower(category), min(category), count(*) from course
			      where status = 'published' and category is not null and category <> ''
			      group by lower(category)`,
			params: [],
		},
	];
	/** @type {PlanCheck[]} */
	const results = [];
	for (const check of checks) {
		if (forced && check.expect) await query("set enable_seqscan = off");
		try {
			const [row] = await query(
				`explain (analyze, format json) ${check.sql}`,
				check.params,
			);
			const plan = /** @type {any} */ (row)["QUERY PLAN"][0];
			const indexes = indexesIn(plan.Plan);
			results.push({
				name: check.name,
				expect: check.expect,
				// Forced (small scales): any index serving the query; else the one meant for it.
				ok: check.expect
					? forced
						? indexes.length > 0
						: indexes.includes(check.expect)
					: true,
				indexes: [...new Set(indexes)],
				top: plan.Plan["Node Type"],
				ms: plan["Execution Time"],
				rows: plan.Plan["Actual Rows"],
				forced: forced && !!check.expect,
			});
		} finally {
			await query("reset enable_seqscan");
		}
	}
	return results;
}
