import type { z } from "zod";
import {
	createCourseSchema,
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	RESERVED_SLUGS,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../schemas";
import type {
	Course,
	Enrollment,
	Lesson,
	LessonProgress,
	QuizAttempt,
	SchoolUser,
	Section,
} from "../types";
import { slugify } from "../slug";
import { type Db, eq, findAll, inList } from "./db-types";
import { isUniqueViolation, SchoolError } from "./errors";
import {
	enrollKeyOf,
	getCurriculum,
	getEnrollment,
	progressKeyOf,
} from "./getters";

/**
 * Pure write functions. Authorization is the caller's job (the endpoints do it); hooks run in
 * the endpoints only. Inputs are validated here too, so server-side callers get the same rules.
 */

type Adapter = Db & {
	transaction: <R>(fn: (trx: Db) => Promise<R>) => Promise<R>;
};

/** A free slug for `title`: the slugified title, or with -2, -3, ... when taken or reserved. */
async function freeSlug(db: Db, base: string): Promise<string> {
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

const searchTextOf = (title: string, description?: string | null) =>
	`${title}\n${description ?? ""}`.toLowerCase();

export async function createCourse(
	db: Db,
	rawInput: z.input<typeof createCourseSchema>,
	instructor: { id: string; name?: string | null },
): Promise<Course> {
	const input = createCourseSchema.parse(rawInput);
	const slug = input.slug ?? (await freeSlug(db, slugify(input.title)));
	if (input.slug) await assertSlugFree(db, slug);
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
					instructorName: instructor.name ?? null,
					category: input.category ?? null,
					tags: JSON.stringify(input.tags ?? []),
					difficulty: input.difficulty ?? "beginner",
					durationMins: input.durationMins ?? null,
					price: input.price ?? 0,
					currency: input.currency ?? "USD",
					status: input.status ?? "draft",
					maxStudents: input.maxStudents ?? null,
					searchText: searchTextOf(input.title, input.description),
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
	const { tags, ...rest } = input;
	const update: Record<string, unknown> = { ...rest, updatedAt: new Date() };
	if (tags) update.tags = JSON.stringify(tags);
	if (input.title !== undefined || input.description !== undefined) {
		update.searchText = searchTextOf(
			input.title ?? course.title,
			input.description !== undefined ? input.description : course.description,
		);
	}
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
export async function deleteCourse(db: Adapter, course: Course): Promise<void> {
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

async function nextOrder(
	db: Db,
	model: "section" | "lesson",
	courseId: string,
): Promise<number> {
	const last = await db.findMany<{ order: number }>({
		model,
		where: [eq("courseId", courseId)],
		sortBy: { field: "order", direction: "desc" },
		limit: 1,
	});
	return (last[0]?.order ?? -1) + 1;
}

export async function createSection(
	db: Db,
	courseId: string,
	rawInput: z.input<typeof createSectionSchema>,
): Promise<Section> {
	const input = createSectionSchema.parse(rawInput);
	return db.create<Omit<Section, "id">, Section>({
		model: "section",
		data: {
			courseId,
			title: input.title,
			order: input.order ?? (await nextOrder(db, "section", courseId)),
		},
	});
}

export async function updateSection(
	db: Db,
	section: Section,
	rawInput: z.input<typeof updateSectionSchema>,
): Promise<Section> {
	const input = updateSectionSchema.parse(rawInput);
	const updated = await db.update<Section>({
		model: "section",
		where: [eq("id", section.id)],
		update: input,
	});
	if (!updated) throw new SchoolError(404, "Section not found");
	return updated;
}

/** Deletes a section; its lessons are kept and become lessons without a section. */
export async function deleteSection(
	db: Adapter,
	section: Section,
): Promise<void> {
	await db.transaction(async (trx) => {
		await trx.updateMany({
			model: "lesson",
			where: [eq("sectionId", section.id)],
			update: { sectionId: null },
		});
		await trx.delete({ model: "section", where: [eq("id", section.id)] });
	});
}

async function assertSectionOfCourse(
	db: Db,
	sectionId: string | null | undefined,
	courseId: string,
) {
	if (!sectionId) return;
	const section = await db.findOne<Section>({
		model: "section",
		where: [eq("id", sectionId)],
	});
	if (!section || section.courseId !== courseId) {
		throw new SchoolError(
			400,
			"sectionId: the section does not belong to this course",
		);
	}
}

/**
 * Recounts the course's lesson counters and every learner's progress after lessons were added
 * or removed. Reads all learners of the course once and writes one `updateMany` per distinct
 * percentage (at most 101), so it never issues a query per learner.
 */
export async function refreshCourseProgress(
	db: Db,
	courseId: string,
): Promise<void> {
	const [lessons, enrollments, done] = await Promise.all([
		findAll<Lesson>(db, { model: "lesson", where: [eq("courseId", courseId)] }),
		findAll<Enrollment>(db, {
			model: "enrollment",
			where: [eq("courseId", courseId)],
		}),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [eq("courseId", courseId), eq("completed", true)],
		}),
	]);
	await db.update({
		model: "course",
		where: [eq("id", courseId)],
		update: {
			lessonCount: lessons.length,
			lessonDurationMins: lessons.reduce(
				(sum, l) => sum + (l.durationMins ?? 0),
				0,
			),
		},
	});
	const doneBy = new Map<string, number>();
	for (const p of done)
		doneBy.set(p.enrollmentId, (doneBy.get(p.enrollmentId) ?? 0) + 1);
	const byPct = new Map<number, string[]>();
	for (const e of enrollments) {
		const pct = progressPct(doneBy.get(e.id) ?? 0, lessons.length);
		if (pct !== e.progressPct)
			byPct.set(pct, [...(byPct.get(pct) ?? []), e.id]);
	}
	for (const [pct, ids] of byPct) {
		await db.updateMany({
			model: "enrollment",
			where: [inList("id", ids)],
			update: { progressPct: pct },
		});
	}
}

/** completed / current lessons as an integer 0-100, never above 100. */
export function progressPct(completed: number, total: number): number {
	if (total <= 0) return 0;
	return Math.min(100, Math.floor((completed / total) * 100));
}

export async function createLesson(
	db: Db,
	courseId: string,
	rawInput: z.input<typeof createLessonSchema>,
): Promise<Lesson> {
	const input = createLessonSchema.parse(rawInput);
	await assertSectionOfCourse(db, input.sectionId, courseId);
	const now = new Date();
	const lesson = await db.create<Omit<Lesson, "id">, Lesson>({
		model: "lesson",
		data: {
			courseId,
			sectionId: input.sectionId ?? null,
			title: input.title,
			type: input.type,
			content: input.content ?? null,
			videoUrl: input.videoUrl ?? null,
			captionsUrl: input.captionsUrl ?? null,
			durationMins: input.durationMins ?? null,
			order: input.order ?? (await nextOrder(db, "lesson", courseId)),
			isFreePreview: input.isFreePreview ?? false,
			resources: JSON.stringify(input.resources ?? []),
			createdAt: now,
			updatedAt: now,
		},
	});
	await refreshCourseProgress(db, courseId);
	return lesson;
}

export async function updateLesson(
	db: Db,
	lesson: Lesson,
	rawInput: z.input<typeof updateLessonSchema>,
): Promise<Lesson> {
	const input = updateLessonSchema.parse(rawInput);
	// The type or content may change separately: validate the quiz as it will be stored.
	const merged = {
		type: input.type ?? lesson.type,
		content: input.content !== undefined ? input.content : lesson.content,
	};
	if (input.type !== undefined || input.content !== undefined) {
		const check = createLessonSchema.safeParse({
			title: lesson.title,
			...merged,
		});
		const issue = check.success ? null : check.error.issues[0];
		if (issue)
			throw new SchoolError(400, `${issue.path.join(".")}: ${issue.message}`);
	}
	if (input.sectionId !== undefined)
		await assertSectionOfCourse(db, input.sectionId, lesson.courseId);
	const { resources, ...rest } = input;
	const update: Record<string, unknown> = { ...rest, updatedAt: new Date() };
	if (resources) update.resources = JSON.stringify(resources);
	const updated = await db.update<Lesson>({
		model: "lesson",
		where: [eq("id", lesson.id)],
		update,
	});
	if (!updated) throw new SchoolError(404, "Lesson not found");
	if (input.durationMins !== undefined)
		await refreshCourseProgress(db, lesson.courseId);
	return updated;
}

/** Deletes a lesson with its progress rows and attempts, then recounts everyone's progress. */
export async function deleteLesson(db: Adapter, lesson: Lesson): Promise<void> {
	await db.transaction(async (trx) => {
		await trx.deleteMany({
			model: "lessonProgress",
			where: [eq("lessonId", lesson.id)],
		});
		await trx.deleteMany({
			model: "quizAttempt",
			where: [eq("lessonId", lesson.id)],
		});
		await trx.updateMany({
			model: "enrollment",
			where: [eq("courseId", lesson.courseId), eq("lastLessonId", lesson.id)],
			update: { lastLessonId: null },
		});
		await trx.delete({ model: "lesson", where: [eq("id", lesson.id)] });
		await refreshCourseProgress(trx, lesson.courseId);
	});
}

/**
 * Sets the order of sections and lessons, and which section each lesson is in, in one call.
 * The input must name every section and every lesson of the course exactly once.
 */
export async function setCurriculum(
	db: Adapter,
	courseId: string,
	rawInput: z.input<typeof curriculumSchema>,
): Promise<void> {
	const input = curriculumSchema.parse(rawInput);
	const { sections, lessons } = await getCurriculum(db, courseId);
	const givenSections = input.sections.map((s) => s.id);
	const givenLessons = [
		...input.sections.flatMap((s) => s.lessonIds),
		...input.unsectionedLessonIds,
	];
	const sameSet = (given: string[], existing: string[]) =>
		given.length === existing.length &&
		new Set(given).size === given.length &&
		existing.every((id) => given.includes(id));
	if (
		!sameSet(
			givenSections,
			sections.map((s) => s.id),
		)
	) {
		throw new SchoolError(
			400,
			"sections: list every section of the course exactly once",
		);
	}
	if (
		!sameSet(
			givenLessons,
			lessons.map((l) => l.id),
		)
	) {
		throw new SchoolError(
			400,
			"lessons: list every lesson of the course exactly once",
		);
	}
	const sectionOrder = new Map(sections.map((s) => [s.id, s.order]));
	const lessonState = new Map(
		lessons.map((l) => [
			l.id,
			{ order: l.order, sectionId: l.sectionId ?? null },
		]),
	);
	await db.transaction(async (trx) => {
		for (const [i, s] of input.sections.entries()) {
			if (sectionOrder.get(s.id) !== i) {
				await trx.update({
					model: "section",
					where: [eq("id", s.id)],
					update: { order: i },
				});
			}
		}
		const placements = [
			...input.sections.flatMap((s) =>
				s.lessonIds.map((id) => ({ id, sectionId: s.id as string | null })),
			),
			...input.unsectionedLessonIds.map((id) => ({ id, sectionId: null })),
		];
		for (const [order, p] of placements.entries()) {
			const before = lessonState.get(p.id);
			if (before?.order !== order || before.sectionId !== p.sectionId) {
				await trx.update({
					model: "lesson",
					where: [eq("id", p.id)],
					update: { order, sectionId: p.sectionId, updatedAt: new Date() },
				});
			}
		}
	});
}

/** Re-counts a course's enrollment counters (recount, not increment: safe under races). */
export async function recountEnrollments(
	db: Db,
	courseId: string,
): Promise<void> {
	// Two requests can count, then write in the opposite order, leaving the older (lower) count.
	// So each request checks the stored counters after writing and writes again until they match
	// the rows: whichever request checks last sees every committed row and leaves them right.
	for (let round = 0; round < 10; round++) {
		const [active, completed, course] = await Promise.all([
			db.count({
				model: "enrollment",
				where: [
					eq("courseId", courseId),
					inList("status", ["enrolled", "completed"]),
				],
			}),
			db.count({
				model: "enrollment",
				where: [eq("courseId", courseId), eq("status", "completed")],
			}),
			db.findOne<Course>({ model: "course", where: [eq("id", courseId)] }),
		]);
		if (
			!course ||
			(course.enrollmentCount === active &&
				course.completionCount === completed)
		) {
			return;
		}
		await db.update({
			model: "course",
			where: [eq("id", courseId)],
			update: { enrollmentCount: active, completionCount: completed },
		});
	}
}

/** Picks a free seat number for a capped course, or null when it is full. */
async function freeSeat(db: Db, course: Course): Promise<string | null> {
	const max = course.maxStudents ?? 0;
	// Seats are held by active enrollments only (cancelling frees the seat). Filtered on status
	// rather than with `starts_with` on the nullable seatKey, which the memory adapter cannot do.
	const held = await findAll<Enrollment>(db, {
		model: "enrollment",
		where: [
			eq("courseId", course.id),
			inList("status", ["enrolled", "completed"]),
		],
	});
	const taken = new Set(
		held.map((e) => e.seatKey).filter((key): key is string => !!key),
	);
	const free: number[] = [];
	for (let n = 1; n <= max; n++)
		if (!taken.has(`${course.id}:${n}`)) free.push(n);
	if (free.length === 0) return null;
	// A random free seat: concurrent enrollers rarely pick the same one, so retries are few.
	const n = free[Math.floor(Math.random() * free.length)];
	return `${course.id}:${n}`;
}

export interface EnrollResult {
	enrollment: Enrollment;
	/** false when an active enrollment already existed (idempotent enroll). */
	created: boolean;
}

const MAX_SEAT_TRIES = 50;

/**
 * Enrolls a user. Idempotent: an active enrollment is returned as it is. A cancelled one is
 * reactivated. Capacity and duplicates are held by unique keys (`enrollKey`, `seatKey`), so
 * concurrent requests and several app instances cannot overfill a course or enroll twice.
 * Payment checks are the caller's (the endpoint runs `onBeforeEnroll`).
 */
export async function enroll(
	db: Db,
	course: Course,
	user: SchoolUser,
	options: {
		paymentRef?: string | null;
		/** The user's enrollment as the caller just read it (saves the first read). */
		current?: Enrollment | null;
	} = {},
): Promise<EnrollResult> {
	const enrollKey = enrollKeyOf(course.id, user.id);
	for (let attempt = 0; attempt < MAX_SEAT_TRIES; attempt++) {
		// Every retry reads again: a race lost on a unique key means the row has changed.
		const existing =
			attempt === 0 && options.current !== undefined
				? options.current
				: await getEnrollment(db, course.id, user.id);
		if (existing && existing.status !== "cancelled")
			return { enrollment: existing, created: false };
		const seatKey = course.maxStudents ? await freeSeat(db, course) : null;
		if (course.maxStudents && !seatKey) {
			throw new SchoolError(409, "This course is full", "course_full");
		}
		const now = new Date();
		try {
			const enrollment = existing
				? await db.update<Enrollment>({
						model: "enrollment",
						// Only a still-cancelled row is reactivated: a concurrent reactivation wins once.
						where: [eq("id", existing.id), eq("status", "cancelled")],
						update: {
							status: "enrolled",
							seatKey,
							paymentRef: options.paymentRef ?? existing.paymentRef ?? null,
							enrolledAt: now,
							lastActivityAt: now,
						},
					})
				: await db.create<Omit<Enrollment, "id">, Enrollment>({
						model: "enrollment",
						data: {
							courseId: course.id,
							userId: user.id,
							enrollKey,
							seatKey,
							status: "enrolled",
							progressPct: 0,
							lastLessonId: null,
							certificateId: null,
							paymentRef: options.paymentRef ?? null,
							learnerName: user.name ?? null,
							learnerEmail: user.email ?? null,
							enrolledAt: now,
							completedAt: null,
							lastActivityAt: now,
						},
					});
			if (!enrollment) continue; // lost a reactivation race: read again
			await recountEnrollments(db, course.id);
			return { enrollment, created: true };
		} catch (error) {
			// A duplicate enrollKey (another request enrolled this user) or a seat taken meanwhile:
			// read again, which returns the other request's enrollment or picks another seat.
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new SchoolError(409, "The course is busy, please try again", "busy");
}

/** Takes back an enrollment just written (used when `onAfterEnroll` fails). */
export async function undoEnroll(
	db: Db,
	enrollment: Enrollment,
	previous: Enrollment | null,
): Promise<void> {
	if (previous) {
		await db.update({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: {
				status: previous.status,
				seatKey: null,
				enrolledAt: previous.enrolledAt,
			},
		});
	} else {
		await db.delete({ model: "enrollment", where: [eq("id", enrollment.id)] });
	}
	await recountEnrollments(db, enrollment.courseId);
}

export async function cancelEnrollment(
	db: Db,
	enrollment: Enrollment,
): Promise<Enrollment> {
	if (enrollment.status === "completed") {
		throw new SchoolError(
			409,
			"A completed course cannot be cancelled",
			"completed",
		);
	}
	if (enrollment.status === "cancelled") return enrollment;
	const updated = await db.update<Enrollment>({
		model: "enrollment",
		where: [eq("id", enrollment.id)],
		update: { status: "cancelled", seatKey: null },
	});
	await recountEnrollments(db, enrollment.courseId);
	return updated ?? { ...enrollment, status: "cancelled", seatKey: null };
}

/** Creates or updates the progress row of one lesson (unique `progressKey`). */
async function upsertProgress(
	db: Db,
	enrollment: Enrollment,
	lessonId: string,
	update: Partial<
		Pick<LessonProgress, "completed" | "completedAt" | "positionSecs">
	>,
): Promise<void> {
	const progressKey = progressKeyOf(enrollment.id, lessonId);
	const updated = await db.update<LessonProgress>({
		model: "lessonProgress",
		where: [eq("progressKey", progressKey)],
		update,
	});
	if (updated) return;
	try {
		await db.create<Omit<LessonProgress, "id">, LessonProgress>({
			model: "lessonProgress",
			data: {
				enrollmentId: enrollment.id,
				lessonId,
				courseId: enrollment.courseId,
				progressKey,
				completed: false,
				completedAt: null,
				positionSecs: 0,
				...update,
			},
		});
	} catch (error) {
		if (!isUniqueViolation(error)) throw error;
		// Created by a concurrent request: apply ours on top.
		await db.update({
			model: "lessonProgress",
			where: [eq("progressKey", progressKey)],
			update,
		});
	}
}

/** The video resume heartbeat: position and last lesson (two writes, no reads). */
export async function savePosition(
	db: Db,
	enrollment: Enrollment,
	lessonId: string,
	positionSecs: number,
): Promise<void> {
	await upsertProgress(db, enrollment, lessonId, {
		positionSecs: Math.floor(positionSecs),
	});
	await db.update({
		model: "enrollment",
		where: [eq("id", enrollment.id)],
		update: { lastLessonId: lessonId, lastActivityAt: new Date() },
	});
}

export interface CompletionOptions {
	/**
	 * Called once, by the request that completed the course, to issue the certificate id.
	 * Returning null issues none. Throwing undoes the completion, so it can be retried.
	 */
	issueCertificate?: (enrollment: Enrollment) => Promise<string | null>;
}

export interface LessonCompletion {
	enrollment: Enrollment;
	completedLessons: number;
	totalLessons: number;
	courseCompleted: boolean;
}

/**
 * Marks a lesson complete and recomputes progress from the lessons that exist now. When every
 * lesson is done, the enrollment is claimed with a conditional update (status must still be
 * `enrolled`), so exactly one request completes the course even when two race.
 */
export async function completeLesson(
	db: Db,
	enrollment: Enrollment,
	lesson: Lesson,
	options: CompletionOptions = {},
): Promise<LessonCompletion> {
	const now = new Date();
	await upsertProgress(db, enrollment, lesson.id, {
		completed: true,
		completedAt: now,
	});
	const [completedLessons, totalLessons] = await Promise.all([
		db.count({
			model: "lessonProgress",
			where: [eq("enrollmentId", enrollment.id), eq("completed", true)],
		}),
		db.count({ model: "lesson", where: [eq("courseId", enrollment.courseId)] }),
	]);
	const pct = progressPct(completedLessons, totalLessons);
	let current =
		(await db.update<Enrollment>({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: {
				progressPct: pct,
				lastLessonId: lesson.id,
				lastActivityAt: now,
			},
		})) ?? enrollment;
	if (
		current.status !== "enrolled" ||
		totalLessons === 0 ||
		completedLessons < totalLessons
	) {
		return {
			enrollment: current,
			completedLessons,
			totalLessons,
			courseCompleted: false,
		};
	}
	const claimed = await db.update<Enrollment>({
		model: "enrollment",
		where: [eq("id", enrollment.id), eq("status", "enrolled")],
		update: { status: "completed", completedAt: now },
	});
	if (claimed?.status !== "completed") {
		return {
			enrollment: current,
			completedLessons,
			totalLessons,
			courseCompleted: false,
		};
	}
	current = claimed;
	try {
		const certificateId = options.issueCertificate
			? await options.issueCertificate(claimed)
			: null;
		if (certificateId) {
			current = (await db.update<Enrollment>({
				model: "enrollment",
				where: [eq("id", enrollment.id)],
				update: { certificateId },
			})) ?? { ...claimed, certificateId };
		}
	} catch (error) {
		// Nothing half-written: the course is not completed until its certificate exists.
		await db.update({
			model: "enrollment",
			where: [eq("id", enrollment.id)],
			update: { status: "enrolled", completedAt: null },
		});
		throw error;
	}
	await recountEnrollments(db, enrollment.courseId);
	return {
		enrollment: current,
		completedLessons,
		totalLessons,
		courseCompleted: true,
	};
}

/**
 * Records a graded attempt as attempt number n (unique `attemptKey`), refusing attempts past
 * `maxAttempts` even when submissions race.
 */
export async function recordAttempt(
	db: Db,
	input: {
		lessonId: string;
		userId: string;
		answers: unknown;
		score: number;
		passed: boolean;
		maxAttempts: number;
	},
): Promise<QuizAttempt> {
	for (let tries = 0; tries < 20; tries++) {
		const used = await db.count({
			model: "quizAttempt",
			where: [eq("lessonId", input.lessonId), eq("userId", input.userId)],
		});
		if (input.maxAttempts > 0 && used >= input.maxAttempts) {
			throw new SchoolError(
				409,
				"No attempts left for this quiz",
				"attempt_limit",
			);
		}
		try {
			return await db.create<Omit<QuizAttempt, "id">, QuizAttempt>({
				model: "quizAttempt",
				data: {
					lessonId: input.lessonId,
					userId: input.userId,
					attemptKey: `${input.lessonId}:${input.userId}:${used + 1}`,
					answers: JSON.stringify(input.answers),
					score: input.score,
					passed: input.passed,
					attemptedAt: new Date(),
				},
			});
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new SchoolError(
		409,
		"Too many simultaneous attempts, please try again",
		"busy",
	);
}
