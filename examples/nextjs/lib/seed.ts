import {
	createCourse,
	createLesson,
	createSection,
	getCourseBySlug,
	updateCourse,
} from "btst-school/api";
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

	const created = await createCourse(
		adapter,
		{
			title: course.title,
			slug: course.slug,
			description: course.description,
			coverImage: `/covers/${course.slug}.svg`,
			category: course.category,
			tags: course.tags,
			difficulty: course.difficulty,
			durationMins:
				course.durationMins ??
				course.sections
					.flatMap((s) => s.lessons)
					.reduce((sum, l) => sum + (l.durationMins ?? 0), 0),
			price: course.price ?? 0,
			currency: course.currency ?? "USD",
			maxStudents: course.maxStudents ?? null,
		},
		{ id: instructor.id, name: instructor.name },
	);

	let lessonOrder = 0;
	for (const [sectionIndex, section] of course.sections.entries()) {
		const createdSection = await createSection(adapter, created.id, {
			title: section.title,
			order: sectionIndex,
		});
		for (const lesson of section.lessons) {
			await createLesson(adapter, created.id, {
				title: lesson.title,
				type: lesson.type,
				sectionId: createdSection.id,
				content: lesson.quiz
					? JSON.stringify(lesson.quiz)
					: (lesson.content ?? null),
				videoUrl: lesson.videoUrl ?? null,
				captionsUrl: lesson.captionsUrl ?? null,
				durationMins: lesson.durationMins ?? null,
				order: lessonOrder++,
				isFreePreview: lesson.isFreePreview ?? false,
				resources: lesson.resources ?? [],
			});
		}
	}

	if (course.status === "published") {
		await updateCourse(adapter, created, { status: "published" });
	}
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
