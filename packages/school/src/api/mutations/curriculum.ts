import type { z } from "zod";
import {
	createLessonSchema,
	createSectionSchema,
	curriculumSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../../schemas.js";
import type { Lesson, Section } from "../../types.js";
import { type Db, eq, type TxDb } from "../db-types.js";
import { SchoolError, validationError } from "../errors.js";
import { getCurriculum } from "../getters/catalog.js";
import { refreshCourseProgress } from "./progress.js";

/**
 * Curriculum writes: sections, lessons and their order. Pure: authorization and hooks are the
 * caller's (`operations/`). Inputs are validated here too.
 */

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
			dripDays: input.dripDays ?? null,
			dripDate: input.dripDate ?? null,
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
export async function deleteSection(db: TxDb, section: Section): Promise<void> {
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
		throw validationError([
			{
				path: ["sectionId"],
				message: "the section does not belong to this course",
			},
		]);
	}
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
			dripDays: input.dripDays ?? null,
			dripDate: input.dripDate ?? null,
			captions: JSON.stringify(input.captions ?? []),
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
		if (!check.success) throw validationError(check.error.issues);
	}
	if (input.sectionId !== undefined)
		await assertSectionOfCourse(db, input.sectionId, lesson.courseId);
	const { resources, captions, ...rest } = input;
	const update: Record<string, unknown> = { ...rest, updatedAt: new Date() };
	if (resources) update.resources = JSON.stringify(resources);
	if (captions) update.captions = JSON.stringify(captions);
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

/**
 * Deletes a lesson with its progress rows and attempts, then recounts everyone's progress.
 * Returns the ids of the enrollments that now have every lesson done (the deleted lesson was
 * the last one they had not finished): the caller completes their course.
 */
export async function deleteLesson(
	db: TxDb,
	lesson: Lesson,
): Promise<string[]> {
	return db.transaction(async (trx) => {
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
		return refreshCourseProgress(trx, lesson.courseId);
	});
}

/**
 * Sets the order of sections and lessons, and which section each lesson is in, in one call.
 * The input must name every section and every lesson of the course exactly once.
 */
export async function setCurriculum(
	db: TxDb,
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
		throw validationError([
			{
				path: ["sections"],
				message: "list every section of the course exactly once",
			},
		]);
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
			"VALIDATION_ERROR",
			[
				{
					path: ["sections"],
					message: "list every lesson of the course exactly once",
				},
			],
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
