import { z } from "zod";
import {
	createCourseSchema,
	createLessonSchema,
	createSectionSchema,
	slugSchema,
	updateCourseSchema,
	updateLessonSchema,
	updateSectionSchema,
} from "../../schemas.js";
import { slugify } from "../../slug.js";
import type { Course, Lesson, Section } from "../../types.js";
import { loadManagedCourse, requireInstructor } from "../access.js";
import { findAll, inList, type TxDb } from "../db-types.js";
import {
	SchoolError,
	type SchoolErrorIssue,
	validationError,
} from "../errors.js";
import {
	getCourseById,
	getCurriculum,
	orderLessons,
} from "../getters/catalog.js";
import { freeSlug } from "../mutations/courses.js";
import * as mutations from "../mutations/index.js";
import { prerequisiteIds } from "../pacing.js";
import type { Actor, OperationDeps } from "./context.js";
import { courseChanged } from "./course-changes.js";

/**
 * Course export/import (#19) as versioned JSON. The file holds every field the create schemas
 * accept, taken from the stored rows, so fields other features add to the schemas travel too;
 * prerequisites travel by slug. Import validates the whole file with the same schemas first
 * (every problem reported with its path in the file), then writes everything in one
 * transaction: a bad file leaves nothing behind. Learners never travel.
 */

export const COURSE_EXPORT_FORMAT = "btst-school/course";
export const COURSE_EXPORT_VERSION = 1;

type Fields = Record<string, unknown>;

export interface CourseExportSection extends Fields {
	title: string;
	lessons: Fields[];
}

/** A course as a file: `format`, `version`, the course, its sections with lessons, then lessons without a section. */
export interface CourseExport {
	format: typeof COURSE_EXPORT_FORMAT;
	version: typeof COURSE_EXPORT_VERSION;
	course: Fields;
	sections: CourseExportSection[];
	lessons: Fields[];
}

const exportFileSchema = z.object({
	format: z.literal(COURSE_EXPORT_FORMAT, {
		error: `Not a course export (format must be "${COURSE_EXPORT_FORMAT}")`,
	}),
	version: z.literal(COURSE_EXPORT_VERSION, {
		error: `Unsupported version (this server reads version ${COURSE_EXPORT_VERSION})`,
	}),
	course: z.record(z.string(), z.unknown()),
	sections: z
		.array(
			z
				.object({
					lessons: z.array(z.record(z.string(), z.unknown())).max(1000),
				})
				.catchall(z.unknown()),
		)
		.max(200),
	lessons: z.array(z.record(z.string(), z.unknown())).max(1000),
});

/** Fields the file never carries: ownership, order (the file's order is the order), status. */
const SKIP = new Set(["status", "sectionId", "order", "prerequisites"]);

/**
 * A stored value as the create schema accepts it: as stored when valid (quiz JSON stays a
 * string), parsed when the column holds a JSON array or object (tags, resources), ISO for dates.
 */
function exportValue(field: z.ZodType, value: unknown): unknown {
	if (value === undefined) return undefined;
	const plain = value instanceof Date ? value.toISOString() : value;
	if (field.safeParse(plain).success) return plain;
	if (typeof plain === "string") {
		try {
			const parsed: unknown = JSON.parse(plain);
			if (field.safeParse(parsed).success) return parsed;
		} catch {
			// not JSON: left out below
		}
	}
	return undefined;
}

function pick(shape: Record<string, z.ZodType>, row: object): Fields {
	const out: Fields = {};
	for (const [key, field] of Object.entries(shape)) {
		if (SKIP.has(key)) continue;
		const value = exportValue(field, (row as Fields)[key]);
		if (value !== undefined) out[key] = value;
	}
	return out;
}

/** The file of a course (reads only; the caller authorizes). */
export async function buildCourseExport(
	db: TxDb,
	course: Course,
): Promise<CourseExport> {
	const { sections, lessons } = await getCurriculum(db, course.id);
	const ordered = orderLessons(sections, lessons);
	const ids = prerequisiteIds(course);
	const prerequisites =
		ids.length > 0
			? await findAll<Course>(db, {
					model: "course",
					where: [inList("id", ids)],
				})
			: [];
	const lessonShape = updateLessonSchema.shape as Record<string, z.ZodType>;
	const sectionIds = new Set(sections.map((s) => s.id));
	const lessonOf = (l: Lesson) => pick(lessonShape, l);
	return {
		format: COURSE_EXPORT_FORMAT,
		version: COURSE_EXPORT_VERSION,
		course: {
			...pick(updateCourseSchema.shape as Record<string, z.ZodType>, course),
			prerequisites: ids.flatMap((id) => {
				const found = prerequisites.find((c) => c.id === id);
				return found ? [found.slug] : [];
			}),
		},
		sections: sections.map((s: Section) => ({
			...pick(updateSectionSchema.shape as Record<string, z.ZodType>, s),
			title: s.title,
			lessons: ordered.filter((l) => l.sectionId === s.id).map(lessonOf),
		})),
		lessons: ordered
			.filter((l) => !l.sectionId || !sectionIds.has(l.sectionId))
			.map(lessonOf),
	};
}

/** GET /school/courses/:id/export: managers only. */
export async function exportCourse(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
): Promise<CourseExport> {
	const { course } = await loadManagedCourse(deps.db, actor.viewer, courseId);
	return buildCourseExport(deps.db, course);
}

/** What `importCourse` may change about the file's course (duplication names the copy). */
export interface ImportOverrides {
	title?: string;
	/** The slug to start from (made free); else the file's slug, else one from the title. */
	slug?: string;
}

const prefixed = (
	path: (string | number)[],
	issues: readonly { path: PropertyKey[]; message: string }[],
): SchoolErrorIssue[] =>
	issues.map((i) => ({
		path: [...path, ...i.path].map(String),
		message: i.message,
	}));

/**
 * Creates a draft course owned by the actor from an export file. All or nothing: the file is
 * validated whole first (400 with every issue's path in the file), then written in one
 * transaction. The slug is kept when free, else made free (`-2`, `-3`, …).
 */
export async function importCourse(
	deps: OperationDeps,
	actor: Actor,
	file: unknown,
	overrides: ImportOverrides = {},
): Promise<Course> {
	const instructor = requireInstructor(actor.viewer);
	const envelope = exportFileSchema.safeParse(file);
	if (!envelope.success) throw validationError(envelope.error.issues);
	const data = envelope.data;
	const issues: SchoolErrorIssue[] = [];

	const slugs = z
		.array(z.string())
		.max(20)
		.safeParse(data.course.prerequisites ?? []);
	const wanted = slugs.success ? slugs.data : [];
	if (!slugs.success)
		issues.push(...prefixed(["course", "prerequisites"], slugs.error.issues));
	const found =
		wanted.length > 0
			? await findAll<Course>(deps.db, {
					model: "course",
					where: [inList("slug", wanted)],
				})
			: [];
	wanted.forEach((slug, i) => {
		if (!found.some((c) => c.slug === slug))
			issues.push({
				path: ["course", "prerequisites", String(i)],
				message: `No course has the slug "${slug}" here`,
			});
	});
	const requested =
		typeof data.course.slug === "string" ? data.course.slug : undefined;
	const courseInput = createCourseSchema.safeParse({
		...data.course,
		...(overrides.title ? { title: overrides.title } : {}),
		slug: undefined,
		status: "draft",
		prerequisites: wanted.flatMap((slug) => {
			const c = found.find((f) => f.slug === slug);
			return c ? [c.id] : [];
		}),
	});
	if (!courseInput.success)
		issues.push(...prefixed(["course"], courseInput.error.issues));
	const sectionInputs = data.sections.map((s, i) => {
		const { lessons: _lessons, ...fields } = s;
		const parsed = createSectionSchema.safeParse(fields);
		if (!parsed.success)
			issues.push(...prefixed(["sections", i], parsed.error.issues));
		return parsed.success ? parsed.data : null;
	});
	const checkLesson = (lesson: Fields, path: (string | number)[]) => {
		const parsed = createLessonSchema.safeParse(lesson);
		if (!parsed.success) issues.push(...prefixed(path, parsed.error.issues));
	};
	for (const [i, section] of data.sections.entries())
		for (const [j, lesson] of section.lessons.entries())
			checkLesson(lesson, ["sections", i, "lessons", j]);
	for (const [j, lesson] of data.lessons.entries())
		checkLesson(lesson, ["lessons", j]);
	if (issues.length > 0 || !courseInput.success)
		throw new SchoolError(
			400,
			"This file is not a valid course export",
			"VALIDATION_ERROR",
			issues,
		);

	const valid = (s: string | undefined) =>
		s && slugSchema.safeParse(s).success ? s : undefined;
	const slug = await freeSlug(
		deps.db,
		valid(overrides.slug) ??
			valid(requested) ??
			slugify(courseInput.data.title),
	);
	const course = await deps.db.transaction(async (trx) => {
		const created = await mutations.createCourse(
			trx,
			{ ...courseInput.data, slug },
			instructor,
		);
		for (const [i, section] of data.sections.entries()) {
			const input = sectionInputs[i];
			if (!input) continue;
			const row = await mutations.createSection(trx, created.id, {
				...input,
				order: i,
			});
			for (const lesson of section.lessons)
				await mutations.createLesson(trx, created.id, {
					...(lesson as z.input<typeof createLessonSchema>),
					sectionId: row.id,
				});
		}
		for (const lesson of data.lessons)
			await mutations.createLesson(trx, created.id, {
				...(lesson as z.input<typeof createLessonSchema>),
				sectionId: null,
			});
		// Re-read: the lessons above updated the course's counters.
		return (await getCourseById(trx, created.id)) ?? created;
	});
	await courseChanged(deps, actor, { type: "created", course });
	return course;
}
