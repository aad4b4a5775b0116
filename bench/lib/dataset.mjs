// @ts-check
/**
 * The benchmark's dataset, bulk-loaded with `generate_series` in a few INSERT … SELECT
 * statements (set-up, not what is measured). At scale 1: 100 published courses × 20 lessons in
 * 4 sections, 10,000 students, 50,000 enrollments, 1,000,000 lesson-progress rows (every learner
 * has opened every lesson of their courses; a share of them completed), ~110,000 quiz attempts,
 * and as many blog posts as there are courses. `scale` multiplies every count; the shape of a
 * course (20 lessons) and of a learner (up to 5 courses) stays the same.
 *
 * Rows are written straight into the tables the demo app created (better-auth's and the
 * plugin's), with the same key formats the plugin writes (`enrollKey`, `progressKey`,
 * `attemptKey`), and the denormalised course counters recounted from them at the end.
 */

import { loadWithoutIndexes } from "./bulk-indexes.mjs";

export const LESSONS_PER_COURSE = 20;
export const LESSONS_PER_SECTION = 5;
export const COURSES_PER_STUDENT = 5;

const CATEGORIES = [
	"Web Development",
	"Data Science",
	"Design",
	"Business",
	"Writing",
	"Photography",
	"Music",
	"Languages",
];
const TOPICS = [
	"python",
	"typescript",
	"statistics",
	"typography",
	"marketing",
	"storytelling",
	"lighting",
	"harmony",
	"spanish",
	"sql",
	"accessibility",
	"leadership",
];
/** A word found in the titles of one course in twelve: the benchmark's catalog search. */
export const SEARCH_WORD = "python";
export const FILTER_CATEGORY = "Data Science";
export const FILTER_DIFFICULTY = "intermediate";

/**
 * The counts of one run.
 * @param {number} scale
 */
export function datasetSize(scale) {
	const courses = Math.max(1, Math.round(100 * scale));
	const students = Math.max(1, Math.round(10_000 * scale));
	const perStudent = Math.min(COURSES_PER_STUDENT, courses);
	return {
		scale,
		courses,
		instructors: Math.max(1, Math.round(10 * scale)),
		students,
		enrollments: students * perStudent,
		perStudent,
		lessonProgress: students * perStudent * LESSONS_PER_COURSE,
		posts: courses,
	};
}

/** @typedef {ReturnType<typeof datasetSize>} DatasetSize */
/** @typedef {(sql: string) => Promise<unknown>} Exec */
/** @typedef {<T>(sql: string, params?: unknown[]) => Promise<T[]>} Query */

/** @param {string} s */
const lit = (s) => `'${s.replaceAll("'", "''")}'`;

/** @param {readonly string[]} items */
const textArray = (items) => `array[${items.map(lit).join(",")}]`;

const LESSON_TEXT = lit(
	`## Reading\n\n${"This lesson walks through the idea step by step, with an example you can run and a short summary at the end. ".repeat(12)}\n\n- Key point one\n- Key point two\n- Key point three\n`,
);

const QUIZ = lit(
	JSON.stringify({
		passMark: 70,
		showAnswers: "after_submit",
		questions: [
			{
				id: "q1",
				type: "single",
				prompt: "Which option is right?",
				options: [
					{ id: "a", text: "This one" },
					{ id: "b", text: "That one" },
					{ id: "c", text: "Neither" },
				],
				correct: ["a"],
			},
			{
				id: "q2",
				type: "true_false",
				prompt: "The lesson said so.",
				correct: true,
			},
			{
				id: "q3",
				type: "short_text",
				prompt: "Name the idea (one word).",
				accepted: ["practice"],
			},
		],
	}),
);

/**
 * Loads the school's share of the dataset: users, courses, curriculum, enrollments, progress
 * and quiz attempts. The demo's own seed (4 accounts, a few courses) is already there.
 * @param {Exec} exec
 * @param {Query} query
 * @param {DatasetSize} size
 */
export async function loadSchool(exec, query, size) {
	// The big tables are loaded with their indexes dropped and rebuilt after (bulk-indexes.mjs).
	const timing = await loadWithoutIndexes(
		exec,
		query,
		["enrollment", "lessonProgress", "quizAttempt"],
		() => insertSchool(exec, query, size),
	);
	return {
		dropSeconds: timing.dropSeconds,
		loadSeconds: timing.loadSeconds,
		indexSeconds: timing.indexSeconds,
	};
}

/**
 * @param {Exec} exec
 * @param {Query} query
 * @param {DatasetSize} size
 */
async function insertSchool(exec, query, size) {
	const { courses: C, students: U, instructors: I, perStudent: K } = size;
	const step = Math.max(1, Math.floor(C / K));
	const [ivy] = await query(
		`select id, name from "user" where email = 'instructor@example.com'`,
	);
	const [studentAccount] = await query(
		`select a.password from account a join "user" u on u.id = a."userId"
		 where u.email = 'student@example.com' and a."providerId" = 'credential'`,
	);
	if (!ivy || !studentAccount)
		throw new Error("The demo seed is missing: start the app once first");
	const { id: ivyId, name: ivyName } =
		/** @type {{id: string, name: string}} */ (ivy);
	const { password } = /** @type {{password: string}} */ (studentAccount);

	// Instructor 0 is the demo's Ivy (so the bench signs in as her); the others exist as rows.
	await exec(`
		insert into "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
		select 'bench-instructor-' || k, 'Instructor ' || k, 'bench-instructor-' || k || '@example.com',
			true, 'instructor', now(), now()
		from generate_series(1, ${I - 1}) k;

		-- Every student can sign in with the demo password (the hash is the demo student's).
		insert into "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt")
		select 'bench-student-' || u, 'Student ' || u, 'bench-student-' || u || '@example.com',
			true, 'student', now(), now()
		from generate_series(0, ${U - 1}) u;
		insert into account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
		select 'bench-account-' || u, 'bench-student-' || u, 'credential', 'bench-student-' || u,
			${lit(password)}, now(), now()
		from generate_series(0, ${U - 1}) u;

		insert into course (id, title, slug, description, "coverImage", "instructorId", "instructorName",
			category, tags, difficulty, "durationMins", price, currency, status, "maxStudents", "searchText",
			"lessonCount", "lessonDurationMins", "enrollmentCount", "completionCount", "createdAt", "updatedAt")
		select 'bench-course-' || i, t.title, 'bench-course-' || i, t.description, null,
			case when i % ${I} = 0 then ${lit(ivyId)} else 'bench-instructor-' || (i % ${I}) end,
			case when i % ${I} = 0 then ${lit(ivyName)} else 'Instructor ' || (i % ${I}) end,
			t.category,
			'["' || t.topic || '","course-' || (i % 20) || '"]',
			(array['beginner','intermediate','advanced'])[1 + i % 3],
			200, case when i % 3 = 0 then 2900 else 0 end, 'USD', 'published', null,
			-- The plugin's search index (search-index.ts): words, then one marker per category and tag.
			lower(t.title || E'\\n' || t.description || E'\\n' || t.category || E'\\n'
				|| case when i % ${I} = 0 then ${lit(ivyName)} else 'Instructor ' || (i % ${I}) end
				|| E'\\n' || t.topic || ' course-' || (i % 20))
				|| E'\\n' || chr(1) || 'cat' || chr(2) || lower(t.category) || chr(1)
				|| chr(1) || 'tag' || chr(2) || t.topic || chr(1)
				|| chr(1) || 'tag' || chr(2) || 'course-' || (i % 20) || chr(1),
			${LESSONS_PER_COURSE}, 200, 0, 0,
			now() - i * interval '1 hour', now() - i * interval '1 hour'
		from generate_series(0, ${C - 1}) i,
		lateral (
			select topic, 'Practical ' || initcap(topic) || ' ' || i as title,
				(${textArray(CATEGORIES)})[1 + i % ${CATEGORIES.length}] as category,
				'A hands-on course on ' || topic || ': short videos, readings and quizzes, from first steps to real projects.' as description
			from (select (${textArray(TOPICS)})[1 + i % ${TOPICS.length}] as topic) x
		) t;

		insert into section (id, "courseId", title, "order")
		select 'bench-section-' || i || '-' || s, 'bench-course-' || i, 'Part ' || (s + 1), s
		from generate_series(0, ${C - 1}) i, generate_series(0, ${LESSONS_PER_COURSE / LESSONS_PER_SECTION - 1}) s;

		-- Per section: two videos, two readings, one quiz.
		insert into lesson (id, "courseId", "sectionId", title, type, content, "videoUrl", "captionsUrl",
			"durationMins", "order", "isFreePreview", resources, "createdAt", "updatedAt")
		select 'bench-lesson-' || i || '-' || n, 'bench-course-' || i,
			'bench-section-' || i || '-' || (n / ${LESSONS_PER_SECTION}),
			'Lesson ' || (n + 1), t.type,
			case t.type when 'text' then ${LESSON_TEXT} when 'quiz' then ${QUIZ} end,
			case when t.type = 'video' then '/media/intro.webm' end,
			case when t.type = 'video' then '/media/intro.vtt' end,
			10, n % ${LESSONS_PER_SECTION}, n = 0, '[]', now(), now()
		from generate_series(0, ${C - 1}) i, generate_series(0, ${LESSONS_PER_COURSE - 1}) n,
		lateral (select (array['video','video','text','text','quiz'])[1 + n % ${LESSONS_PER_SECTION}] as type) t;

		-- Student u takes ${K} courses, spread evenly; r = lessons completed in order (20 = done,
		-- about one learner in eight).
		create temporary table bench_enrollment as
		select u, k, u * ${K} + k as j, (u + k * ${step}) % ${C} as c,
			least(${LESSONS_PER_COURSE}, ((u * ${K} + k)::bigint * 2654435761) % 23)::int as r
		from generate_series(0, ${U - 1}) u, generate_series(0, ${K - 1}) k;

		insert into enrollment (id, "courseId", "userId", "enrollKey", "seatKey", status, "progressPct",
			"lastLessonId", "certificateId", "paymentRef", "learnerName", "learnerEmail",
			"learnerSearch", "learnerNameKey", "learnerEmailKey", "enrolledAt",
			"completedAt", "lastActivityAt")
		select 'bench-enrollment-' || j, 'bench-course-' || c, 'bench-student-' || u,
			'bench-course-' || c || ':bench-student-' || u, null,
			case when r = ${LESSONS_PER_COURSE} then 'completed' else 'enrolled' end,
			r * 100 / ${LESSONS_PER_COURSE},
			'bench-lesson-' || c || '-' || least(r, ${LESSONS_PER_COURSE - 1}),
			case when r = ${LESSONS_PER_COURSE} then 'bench-cert-' || j end, null,
			'Student ' || u, 'bench-student-' || u || '@example.com',
			-- The roster's folded columns (learner-search.ts): ASCII names, so lower() folds them.
			'student ' || u || ' bench-student-' || u || '@example.com',
			'student ' || u, 'bench-student-' || u || '@example.com',
			now() - (j % 365) * interval '1 day',
			case when r = ${LESSONS_PER_COURSE} then now() - (j % 30) * interval '1 day' end,
			now() - (j % 30) * interval '1 day'
		from bench_enrollment;

		insert into "lessonProgress" (id, "enrollmentId", "lessonId", "courseId", "progressKey",
			completed, "completedAt", "positionSecs")
		select 'bench-progress-' || j || '-' || n, 'bench-enrollment-' || j,
			'bench-lesson-' || c || '-' || n, 'bench-course-' || c,
			'bench-enrollment-' || j || ':bench-lesson-' || c || '-' || n,
			n < r, case when n < r then now() - (j % 30) * interval '1 day' end,
			case when n = r then 95 else 0 end
		from bench_enrollment, generate_series(0, ${LESSONS_PER_COURSE - 1}) n;

		-- Quizzes passed on the way (every third learner failed once first), and a failed try at
		-- the quiz a learner is stuck on.
		insert into "quizAttempt" (id, "lessonId", "userId", "attemptKey", answers, score, passed, "attemptedAt")
		select 'bench-attempt-' || j || '-' || n || '-' || a,
			'bench-lesson-' || c || '-' || n, 'bench-student-' || u,
			'bench-lesson-' || c || '-' || n || ':bench-student-' || u || ':' || a,
			'[]', case when passed then 100 - (j % 3) * 10 else 33 end, passed,
			now() - (j % 30) * interval '1 day'
		from (
			select e.*, n, a, (a = 2 or (n < r and j % 3 <> 0)) as passed
			from bench_enrollment e,
				generate_series(${LESSONS_PER_SECTION - 1}, ${LESSONS_PER_COURSE - 1}, ${LESSONS_PER_SECTION}) n,
				generate_series(1, 2) a
			where (n < r and (a = 1 or j % 3 = 0)) or (n = r and a = 1 and j % 2 = 0)
		) x;

		update course c set "enrollmentCount" = s.n, "completionCount" = s.done
		from (
			select "courseId", count(*)::int as n,
				count(*) filter (where status = 'completed')::int as done
			from enrollment group by "courseId"
		) s
		where s."courseId" = c.id;

		drop table bench_enrollment;
	`);
}

const TAGS = ["news", "guides", "releases", "community", "tips", "events"];

/**
 * Blog posts `from`..`to - 1`, each with two tags, like the blog plugin writes them.
 * @param {Exec} exec
 * @param {number} from
 * @param {number} to
 */
export async function loadPosts(exec, from, to) {
	if (to <= from) return;
	await exec(`
		insert into tag (id, name, slug, "createdAt", "updatedAt")
		select 'bench-tag-' || t, initcap(t), t, now(), now()
		from unnest(${textArray(TAGS)}) t
		on conflict do nothing;

		insert into post (id, title, content, excerpt, slug, image, published, "publishedAt", "authorId",
			"createdAt", "updatedAt")
		select 'bench-post-' || p, 'Post number ' || p, ${LESSON_TEXT},
			'A short summary of post ' || p || '.', 'bench-post-' || p, null, true,
			now() - p * interval '1 hour', null, now() - p * interval '1 hour', now() - p * interval '1 hour'
		from generate_series(${from}, ${to - 1}) p;

		insert into "postTag" (id, "postId", "tagId")
		select 'bench-post-tag-' || p || '-' || x, 'bench-post-' || p,
			'bench-tag-' || (${textArray(TAGS)})[1 + (p + x) % ${TAGS.length}]
		from generate_series(${from}, ${to - 1}) p, generate_series(0, 1) x;
	`);
}

/**
 * Row counts as stored, for the report (and to check the load did what it says).
 * @param {Query} query
 */
export async function countRows(query) {
	const tables = [
		"course",
		"lesson",
		"user",
		"enrollment",
		"lessonProgress",
		"quizAttempt",
		"post",
	];
	const [row] = await query(
		`select ${tables.map((t) => `(select count(*)::int from "${t}") as "${t}"`).join(", ")}`,
	);
	return /** @type {Record<string, number>} */ (row);
}
