import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { SchoolUser } from "btst-school/api";
import { sql } from "kysely";
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

/**
 * Creates the learners that do not exist yet: their user rows and credential accounts in two
 * inserts, with the password hashed once. Signing each up through better-auth hashed the same
 * demo password 32 times (scrypt is slow on purpose) and opened 32 sessions, seconds of a first
 * start on a loaded 2-core machine. The rows are what its email sign-up writes: better-auth's
 * own hash, a `credential` account whose accountId is the user id, the default role.
 */
async function ensureLearners(names: string[]): Promise<(SchoolUser | null)[]> {
	const db = getDb();
	const emails = names.map(learnerEmail);
	const existing = new Set(
		(
			await db
				.selectFrom("user")
				.select("email")
				.where("email", "in", emails)
				.execute()
		).map((row) => String(row.email)),
	);
	const users = names.map((name, i): SchoolUser | null => {
		const email = emails[i] ?? "";
		return existing.has(email)
			? null
			: { id: randomUUID(), name, email, roles: ["student"] };
	});
	const fresh = users.filter((u): u is SchoolUser => u !== null);
	if (!fresh.length) return users;
	const password = await hashPassword(DEMO_PASSWORD);
	const now = new Date();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto("user")
			.values(
				fresh.map((u) => ({
					id: u.id,
					name: u.name ?? "",
					email: u.email ?? "",
					emailVerified: false,
					role: "student",
					createdAt: now,
					updatedAt: now,
				})),
			)
			.execute();
		await trx
			.insertInto("account")
			.values(
				fresh.map((u) => ({
					id: randomUUID(),
					userId: u.id,
					accountId: u.id,
					providerId: "credential",
					password,
					createdAt: now,
					updatedAt: now,
				})),
			)
			.execute();
	});
	return users;
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

	// Each course's lessons (with answer keys) once, not once per learner who takes it.
	const details = new Map(
		await Promise.all(
			courses.map(
				async (course) =>
					[course.id, await schoolApi.getInstructorCourse(course)] as const,
			),
		),
	);
	const learners = await ensureLearners(NAMES);
	let created = 0;
	for (const [index, user] of learners.entries()) {
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
			const lessons = details.get(course.id)?.lessons ?? [];
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
