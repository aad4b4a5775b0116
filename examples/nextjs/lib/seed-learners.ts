import type { SchoolUser } from "btst-school/api";
import { sql } from "kysely";
import { getAuth } from "./auth";
import { getDb } from "./db";
import { DEMO_PASSWORD, type SeedQuestion, seedCourses } from "./seed-content";
import { schoolApi } from "./stack";

/**
 * A believable class for the demo's rosters and charts: learners who enrolled over the last two
 * months, got through some of each course, passed or failed its quizzes, finished some courses
 * (with certificates). Everything goes through the plugin's server operations
 * (`schoolApi.enroll`, `completeLesson`, `submitQuiz`), so counts, progress and certificates
 * are what the app itself would have produced; only the dates are moved back afterwards, since
 * the operations stamp "now".
 *
 * Idempotent: a learner whose account exists is left alone. Deterministic: the same learners
 * do the same things on every fresh database.
 */

const NAMES = [
	"Amara Okafor",
	"Ben Hartley",
	"Chen Wei",
	"Dara Nolan",
	"Elif Kaya",
	"Felix Braun",
	"Grace Mensah",
	"Hiro Tanaka",
	"Isabel Duarte",
	"Jonas Lind",
	"Kavya Iyer",
	"Liam O'Connor",
	"Maya Rosen",
	"Noah Fischer",
	"Olga Petrova",
	"Pablo Ruiz",
	"Quinn Avery",
	"Rosa Jiménez",
	"Sami Haddad",
	"Tara Quinn",
	"Umar Farouk",
	"Vera Novak",
	"Wen Li",
	"Ximena Castro",
	"Yusuf Demir",
	"Zoe Martin",
	"Aisha Bello",
	"Bruno Costa",
	"Clara Weiss",
	"Diego Alves",
	"Emma Laurent",
	"Farah Khan",
];

/** The learners' accounts: `<first>.<last>@learners.example`. */
export function learnerEmail(name: string): string {
	return `${name
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[^a-z]+/g, ".")
		.replace(/^\.|\.$/g, "")}@learners.example`;
}

/** A small deterministic generator (mulberry32), so every fresh demo has the same class. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function answersFor(questions: SeedQuestion[], pass: boolean) {
	// A failing attempt gets the first half right: a believable score, under any pass mark ≥ 50.
	const right = pass ? questions.length : Math.floor(questions.length / 2);
	return questions.map((q, i) => {
		const good = i < right;
		if (q.type === "true_false")
			return { questionId: q.id, answer: good ? q.correct : !q.correct };
		if (q.type === "short_text")
			return { questionId: q.id, answer: good ? (q.accepted[0] ?? "") : "?" };
		const wrong = q.options.find((o) => !q.correct.includes(o.id))?.id ?? "";
		const answer = good ? q.correct : [wrong];
		return {
			questionId: q.id,
			answer: q.type === "single" ? (answer[0] ?? "") : answer,
		};
	});
}

async function ensureLearner(name: string): Promise<SchoolUser | null> {
	const email = learnerEmail(name);
	const db = getDb();
	const found = await db
		.selectFrom("user")
		.select("id")
		.where("email", "=", email)
		.executeTakeFirst();
	if (found) return null;
	await getAuth().api.signUpEmail({
		body: { name, email, password: DEMO_PASSWORD },
	});
	const row = (await db
		.selectFrom("user")
		.select("id")
		.where("email", "=", email)
		.executeTakeFirstOrThrow()) as { id: string };
	return { id: row.id, name, email, roles: ["student"] };
}

/** Moves a learner's school rows back by `days` (operations stamp "now"). */
async function backdate(userId: string, days: number, spreadDays: number) {
	const db = getDb();
	const back = sql`make_interval(days => ${days})`;
	const spread = sql`make_interval(days => ${spreadDays})`;
	await sql`update "enrollment" set "enrolledAt" = "enrolledAt" - ${back},
		"completedAt" = "completedAt" - ${back} + ${spread},
		"lastActivityAt" = "lastActivityAt" - ${back} + ${spread}
		where "userId" = ${userId}`.execute(db);
	await sql`update "lessonProgress" set "completedAt" = "completedAt" - ${back} + ${spread}
		where "enrollmentId" in (select "id" from "enrollment" where "userId" = ${userId})`.execute(
		db,
	);
	await sql`update "quizAttempt" set "attemptedAt" = "attemptedAt" - ${back} + ${spread}
		where "userId" = ${userId}`.execute(db);
}

export async function seedLearners(): Promise<number> {
	const published = seedCourses.filter((c) => c.status === "published");
	const courses = (
		await Promise.all(
			published.map((seed) => schoolApi.getCourseBySlug(seed.slug)),
		)
	).flatMap((row) => (row ? [row] : []));
	if (!courses.length) return 0;

	let created = 0;
	for (const [index, name] of NAMES.entries()) {
		const user = await ensureLearner(name);
		if (!user) continue;
		created++;
		const rnd = random(index + 1);
		// One to three courses each; the first courses of the catalog are the popular ones.
		const count = 1 + Math.floor(rnd() * 3);
		const picked = new Set<number>();
		while (picked.size < count)
			picked.add(Math.floor(rnd() ** 1.6 * courses.length));
		for (const i of picked) {
			const course = courses[i];
			if (!course) continue;
			await schoolApi.enroll(user, course.id, { paid: true });
			const detail = await schoolApi.getInstructorCourse(course);
			const lessons = detail.lessons;
			// How far they got: a third finish, the rest stop somewhere.
			const reach =
				rnd() < 0.33 ? lessons.length : Math.floor(rnd() * lessons.length);
			for (const lesson of lessons.slice(0, reach)) {
				if (lesson.type !== "quiz") {
					await schoolApi.completeLesson(user, lesson.id);
					continue;
				}
				// The managers' view of the lesson carries the answer key.
				const quiz = lesson.quiz as { questions: SeedQuestion[] } | null;
				if (!quiz) continue;
				// Some fail first and pass on a retry; a few fail and stop there.
				const failFirst = rnd() < 0.35;
				if (failFirst)
					await schoolApi.submitQuiz(user, lesson.id, {
						answers: answersFor(quiz.questions, false),
					});
				if (failFirst && rnd() < 0.3) break;
				await schoolApi.submitQuiz(user, lesson.id, {
					answers: answersFor(quiz.questions, true),
				});
			}
		}
		const enrolledDaysAgo = 3 + Math.floor(rnd() * 55);
		await backdate(
			user.id,
			enrolledDaysAgo,
			Math.floor(rnd() * enrolledDaysAgo),
		);
	}
	return created;
}
