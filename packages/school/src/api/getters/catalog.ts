import type { z } from "zod";
import { catalogQuerySchema } from "../../schemas.js";
import type {
	Certificate,
	Course,
	CourseDetail,
	CourseFacets,
	CourseList,
	Enrollment,
	FacetCount,
	Lesson,
	Section,
	SectionOutline,
} from "../../types.js";
import { type Db, eq, findAll, type Where } from "../db-types.js";
import { findPage } from "../pagination.js";
import {
	iso,
	parseTags,
	serializeCourse,
	serializeLessonOutline,
} from "../serializers.js";

/**
 * Catalog reads: the published catalog, facets, single records, the curriculum and certificates.
 * Pure reads: authorization is the caller's job (the endpoints check who is asking through
 * `access.ts`; server-side callers of `createSchoolApi` are trusted).
 */

/** LIKE wildcards in user input would match too much: search for the literal text instead. */
const literal = (text: string) =>
	text
		.toLowerCase()
		.replace(/[%_\\]/g, " ")
		.trim();

const sortFor = {
	newest: { field: "createdAt", direction: "desc" },
	title: { field: "title", direction: "asc" },
	popular: { field: "enrollmentCount", direction: "desc" },
	price: { field: "price", direction: "asc" },
} as const;

/** The published catalog: filters and sort from fixed lists, bounded page size. */
export async function listCourses(
	db: Db,
	rawQuery: z.input<typeof catalogQuerySchema> = {},
): Promise<CourseList> {
	const query = catalogQuerySchema.parse(rawQuery);
	const where: Where[] = [eq("status", "published")];
	if (query.category) where.push(eq("category", query.category));
	if (query.difficulty) where.push(eq("difficulty", query.difficulty));
	if (query.price === "free") where.push(eq("price", 0));
	if (query.price === "paid")
		where.push({ field: "price", value: 0, operator: "gt" });
	// Tags are stored as a JSON array; the quoted tag matches exactly one element.
	if (query.tag) {
		where.push({
			field: "tags",
			value: JSON.stringify(query.tag.toLowerCase()),
			operator: "contains",
		});
	}
	const q = query.q ? literal(query.q) : "";
	if (q) where.push({ field: "searchText", value: q, operator: "contains" });

	const page = await findPage<Course>(
		db,
		{ model: "course", where, sortBy: { ...sortFor[query.sort] } },
		query,
	);
	return { ...page, items: page.items.map(serializeCourse) };
}

function countBy(values: (string | null | undefined)[]): FacetCount[] {
	const counts = new Map<string, number>();
	for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts]
		.map(([value, count]) => ({ value, count }))
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Categories, tags and difficulties of published courses, with counts (one query). */
export async function getCourseFacets(db: Db): Promise<CourseFacets> {
	const courses = await findAll<Course>(db, {
		model: "course",
		where: [eq("status", "published")],
	});
	return {
		categories: countBy(courses.map((c) => c.category)),
		tags: countBy(courses.flatMap((c) => parseTags(c.tags))),
		difficulties: countBy(courses.map((c) => c.difficulty)),
	};
}

export function getCourseBySlug(db: Db, slug: string): Promise<Course | null> {
	return db.findOne<Course>({ model: "course", where: [eq("slug", slug)] });
}

export function getCourseById(db: Db, id: string): Promise<Course | null> {
	return db.findOne<Course>({ model: "course", where: [eq("id", id)] });
}

export function getLessonById(db: Db, id: string): Promise<Lesson | null> {
	return db.findOne<Lesson>({ model: "lesson", where: [eq("id", id)] });
}

export function getSectionById(db: Db, id: string): Promise<Section | null> {
	return db.findOne<Section>({ model: "section", where: [eq("id", id)] });
}

/** Sections in order and lessons in order (two queries). */
export async function getCurriculum(db: Db, courseId: string) {
	const [sections, lessons] = await Promise.all([
		findAll<Section>(db, {
			model: "section",
			where: [eq("courseId", courseId)],
			sortBy: { field: "order", direction: "asc" },
		}),
		findAll<Lesson>(db, {
			model: "lesson",
			where: [eq("courseId", courseId)],
			sortBy: { field: "order", direction: "asc" },
		}),
	]);
	return { sections, lessons };
}

/** Lessons in reading order: by section order, then lessons without a section. */
export function orderLessons(sections: Section[], lessons: Lesson[]): Lesson[] {
	const bySection = new Map<string | null, Lesson[]>();
	for (const lesson of lessons) {
		const key =
			lesson.sectionId && sections.some((s) => s.id === lesson.sectionId)
				? lesson.sectionId
				: null;
		bySection.set(key, [...(bySection.get(key) ?? []), lesson]);
	}
	return [
		...sections.flatMap((s) => bySection.get(s.id) ?? []),
		...(bySection.get(null) ?? []),
	];
}

/** The course page: course, sections and the lesson outline (no bodies, URLs or quiz data). */
export async function getCourseDetail(
	db: Db,
	course: Course,
): Promise<CourseDetail> {
	const { sections, lessons } = await getCurriculum(db, course.id);
	const ordered = orderLessons(sections, lessons);
	const outline: SectionOutline[] = sections.map((s) => ({
		id: s.id,
		title: s.title,
		order: s.order,
		lessons: ordered
			.filter((l) => l.sectionId === s.id)
			.map(serializeLessonOutline),
	}));
	const sectionIds = new Set(sections.map((s) => s.id));
	return {
		...serializeCourse(course),
		sections: outline,
		unsectionedLessons: ordered
			.filter((l) => !l.sectionId || !sectionIds.has(l.sectionId))
			.map(serializeLessonOutline),
		lessonOrder: ordered.map((l) => l.id),
	};
}

/** Public certificate verification (two queries); null for unknown ids. */
export async function getCertificate(
	db: Db,
	certificateId: string,
): Promise<Certificate | null> {
	const enrollment = await db.findOne<Enrollment>({
		model: "enrollment",
		where: [eq("certificateId", certificateId)],
	});
	if (!enrollment?.completedAt) return null;
	const course = await getCourseById(db, enrollment.courseId);
	if (!course) return null;
	return {
		certificateId,
		learnerName: enrollment.learnerName || "Learner",
		courseTitle: course.title,
		courseSlug: course.slug,
		instructorName: course.instructorName ?? null,
		completedAt: iso(enrollment.completedAt),
	};
}
