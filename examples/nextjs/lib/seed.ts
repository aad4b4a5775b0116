import { getCourseBySlug } from "btst-school/api";
import { getAuth } from "./auth";
import { getDb } from "./db";
import {
	DEMO_PASSWORD,
	type DemoUser,
	type DemoUserKey,
	demoUsers,
	type SeedCourse,
	seedCourses,
} from "./seed-content";
import { writeSeedCourse } from "./seed-course";
import { seedLearners } from "./seed-learners";
import { adapter } from "./stack";

/**
 * Seeds the demo: four accounts and the courses of `seed-content.ts`. Idempotent — users are
 * matched by email and courses by slug, and whatever exists is left alone — so it runs on every
 * start (from `ensureDatabase`).
 */

interface SeededUser {
	id: string;
	name: string;
}

async function findUser(email: string) {
	return getDb()
		.selectFrom("user")
		.select(["id", "name", "role"])
		.where("email", "=", email)
		.executeTakeFirst() as Promise<
		{ id: string; name: string; role: string | null } | undefined
	>;
}

async function ensureUser(user: DemoUser): Promise<SeededUser> {
	let row = await findUser(user.email);
	if (!row) {
		// Through better-auth, so the password is hashed and the account row is created the way
		// sign-in expects.
		await getAuth().api.signUpEmail({
			body: { name: user.name, email: user.email, password: DEMO_PASSWORD },
		});
		row = await findUser(user.email);
		if (!row) throw new Error(`Seeding ${user.email} failed`);
	}
	// `role` is not accepted from sign-up input (input: false), so set it directly.
	if (row.role !== user.role) {
		await getDb()
			.updateTable("user")
			.set({ role: user.role })
			.where("id", "=", row.id)
			.execute();
	}
	return { id: row.id, name: row.name };
}

async function seedCourse(
	course: SeedCourse,
	instructor: SeededUser,
): Promise<boolean> {
	if (await getCourseBySlug(adapter, course.slug)) return false;
	await writeSeedCourse(adapter, course, instructor);
	return true;
}

export async function seed(): Promise<void> {
	// Logged: the first start waits for the seed, and CI's web-server start has a time limit.
	const started = Date.now();
	const users = {} as Record<DemoUserKey, SeededUser>;
	for (const key of Object.keys(demoUsers) as DemoUserKey[]) {
		users[key] = await ensureUser(demoUsers[key]);
	}

	let created = 0;
	for (const course of seedCourses) {
		if (await seedCourse(course, users[course.instructor])) created++;
	}
	if (created > 0)
		console.log(`[school-demo] seeded ${created} demo course(s)`);
	const learners = await seedLearners();
	if (learners > 0)
		console.log(
			`[school-demo] seeded ${learners} learner(s) with their progress`,
		);
	if (created > 0 || learners > 0)
		console.log(`[school-demo] seed took ${Date.now() - started} ms`);
}
