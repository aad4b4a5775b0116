import type { z } from "zod";
import {
	createCourseSchema,
	RESERVED_SLUGS,
	updateCourseSchema,
} from "../../schemas.js";
import { slugify } from "../../slug.js";
import type { Course } from "../../types.js";
import { type Db, eq, findAll, type TxDb } from "../db-types.js";
import { isUniqueViolation, SchoolError } from "../errors.js";
import { courseSearchText } from "../search-index.js";
import { parseTags } from "../serializers.js";

/**
 * Course writes. Pure: authorization and hooks are the caller's (`operations/`). Inputs are
 * validated here too, so every caller gets the same rules.
 */

/** A free slug for `title`: the slugified title, or with -2, -3, ... when taken or reserved. */
export async function freeSlug(db: Db, base: string): Promise<string> {
	const root = base || "course";
	const taken = new Set(
		(
			await findAll<Course>(db, {
				model: "course",
				where: [{ field: "slug", value: root, operator: "starts_with" }],
			})
		).map((c) => c.slug),
	);
	const reserved = new Set<string>(RESERVED_SLUGS);
	if (!taken.has(root) && !reserved.has(root)) return root;
	for (let n = 2; ; n++) {
		const candidate = `${root}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}

async function assertSlugFree(db: Db, slug: string, exceptId?: string) {
	const existing = await db.findOne<Course>({
		model: "course",
		where: [eq("slug", slug)],
	});
	if (existing && existing.id !== exceptId) {
		throw new SchoolError(
			409,
			`The slug "${slug}" is already used by another course`,
			"slug_taken",
		);
	}
}

/** Turns a unique-key race on `slug` into the same 409 the pre-check gives. */
async function slugSafe<T>(write: () => Promise<T>, slug: string): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isUniqueViolation(error)) {
			throw new SchoolError(
				409,
				`The slug "${slug}" is already used by another course`,
				"slug_taken",
			);
		}
		throw error;
	}
}

/**
 * Pacing (#19): prerequisites must be other existing courses (400 otherwise), so the course
 * page can link each one and no course requires itself.
 */
async function assertPrerequisites(
	db: Db,
	ids: string[] | undefined,
	selfId?: string,
): Promise<void> {
	if (!ids || ids.length === 0) return;
	const found = await findAll<Course>(db, {
		model: "course",
		where: [{ field: "id", value: ids, operator: "in" }],
	});
	const bad = ids.filter(
		(id) => id === selfId || !found.some((c) => c.id === id),
	);
	if (bad.length > 0)
		throw new SchoolError(
			400,
			"Prerequisites must be other existing courses",
			"VALIDATION_ERROR",
			[
				{
					path: ["prerequisites"],
					message: `Unknown course: ${bad.join(", ")}`,
				},
			],
		);
}

export async function createCourse(
	db: Db,
	rawInput: z.input<typeof createCourseSchema>,
	instructor: { id: string; name?: string | null },
): Promise<Course> {
	const input = createCourseSchema.parse(rawInput);
	const slug = input.slug ?? (await freeSlug(db, slugify(input.title)));
	if (input.slug) await assertSlugFree(db, slug);
	await assertPrerequisites(db, input.prerequisites);
	const now = new Date();
	return slugSafe(
		() =>
			db.create<Omit<Course, "id">, Course>({
				model: "course",
				data: {
					title: input.title,
					slug,
					description: input.description ?? null,
					coverImage: input.coverImage ?? null,
					instructorId: instructor.id,
					instructorName: input.instructorName ?? instructor.name ?? null,
					subtitle: input.subtitle ?? null,
					outcomes: JSON.stringify(input.outcomes ?? []),
					requirements: JSON.stringify(input.requirements ?? []),
					audience: input.audience ?? null,
					promoVideoUrl: input.promoVideoUrl ?? null,
					instructorBio: input.instructorBio ?? null,
					instructorAvatar: input.instructorAvatar ?? null,
					category: input.category ?? null,
					tags: JSON.stringify(input.tags ?? []),
					difficulty: input.difficulty ?? "beginner",
					durationMins: input.durationMins ?? null,
					price: input.price ?? 0,
					currency: input.currency ?? "USD",
					status: input.status ?? "draft",
					maxStudents: input.maxStudents ?? null,
					prerequisites: JSON.stringify([
						...new Set(input.prerequisites ?? []),
					]),
					prerequisiteMode: input.prerequisiteMode ?? "enroll",
					sequential: input.sequential ?? false,
					accessDays: input.accessDays ?? null,
					searchText: courseSearchText({
						...input,
						instructorName: input.instructorName ?? instructor.name,
						tags: input.tags ?? [],
					}),
					lessonCount: 0,
					lessonDurationMins: 0,
					enrollmentCount: 0,
					completionCount: 0,
					createdAt: now,
					updatedAt: now,
				},
			}),
		slug,
	);
}

export async function updateCourse(
	db: Db,
	course: Course,
	rawInput: z.input<typeof updateCourseSchema>,
): Promise<Course> {
	const input = updateCourseSchema.parse(rawInput);
	if (input.slug && input.slug !== course.slug)
		await assertSlugFree(db, input.slug, course.id);
	await assertPrerequisites(db, input.prerequisites, course.id);
	const { tags, prerequisites, outcomes, requirements, ...rest } = input;
	const update: Record<string, unknown> = { ...rest, updatedAt: new Date() };
	if (tags) update.tags = JSON.stringify(tags);
	if (prerequisites)
		update.prerequisites = JSON.stringify([...new Set(prerequisites)]);
	if (outcomes) update.outcomes = JSON.stringify(outcomes);
	if (requirements) update.requirements = JSON.stringify(requirements);
	// Every searchable field may have changed: rebuild the catalog's search index from the result.
	const merged = (key: "description" | "category") =>
		input[key] !== undefined ? input[key] : course[key];
	update.searchText = courseSearchText({
		title: input.title ?? course.title,
		description: merged("description"),
		category: merged("category"),
		instructorName:
			input.instructorName !== undefined
				? input.instructorName
				: course.instructorName,
		tags: tags ?? parseTags(course.tags),
	});
	const updated = await slugSafe(
		() =>
			db.update<Course>({
				model: "course",
				where: [eq("id", course.id)],
				update,
			}),
		input.slug ?? course.slug,
	);
	if (!updated) throw new SchoolError(404, "Course not found");
	return updated;
}

/**
 * Deletes a course with its sections and lessons. A course that has ever had learners is
 * refused (409): their progress, attempts and certificates must stay verifiable, so archive it.
 */
export async function deleteCourse(db: TxDb, course: Course): Promise<void> {
	const learners = await db.count({
		model: "enrollment",
		where: [eq("courseId", course.id)],
	});
	if (learners > 0) {
		throw new SchoolError(
			409,
			"This course has learners, so it cannot be deleted. Archive it instead: it leaves the catalog and certificates stay valid.",
			"has_learners",
		);
	}
	await db.transaction(async (trx) => {
		await trx.deleteMany({
			model: "lesson",
			where: [eq("courseId", course.id)],
		});
		await trx.deleteMany({
			model: "section",
			where: [eq("courseId", course.id)],
		});
		await trx.delete({ model: "course", where: [eq("id", course.id)] });
	});
}
