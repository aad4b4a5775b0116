import type { z } from "zod";
import { catalogFacetQuerySchema, catalogQuerySchema } from "../../schemas.js";
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
import type {
	CourseOutline,
	FacetTotalsQuery,
	FacetWhere,
	SchoolAggregates,
} from "../aggregates.js";
import { type Db, eq, findAll, type Where } from "../db-types.js";
import { prerequisiteIds, prerequisiteModeOf } from "../pacing.js";
import { searchConditions } from "../search-index.js";
import {
	iso,
	parseTags,
	serializeCourse,
	serializeCoursePitch,
	serializeLessonOutline,
} from "../serializers.js";
import { courseOutline, findSectionsAndLessons } from "./outline.js";
import { findStablePage } from "./stable-page.js";

/**
 * Catalog reads: the published catalog, facets, single records, the curriculum and certificates.
 * Pure reads: authorization is the caller's job (the endpoints check who is asking through
 * `access.ts`; server-side callers of `createSchoolApi` are trusted).
 */

/**
 * LIKE wildcards in user input would match too much: search for the literal text instead.
 * (The instructor list uses it; the catalog's own search is in `search-index.ts`.)
 */
export const literal = (text: string) =>
	text
		.toLowerCase()
		.replace(/[%_\\]/g, " ")
		.trim();

/** Each sort's field; `findStablePage` adds `id` as the tie-breaker, so paging never skips or repeats. */
const sortFor = {
	newest: { field: "createdAt", direction: "desc" },
	title: { field: "title", direction: "asc" },
	popular: { field: "enrollmentCount", direction: "desc" },
	rating: { field: "ratingScore", direction: "desc" },
	price: { field: "price", direction: "asc" },
} as const;

type CatalogFilterInput = Pick<
	z.input<typeof catalogQuerySchema>,
	"q" | "category" | "tag" | "difficulty" | "price" | "minRating"
>;

/** Published courses matching the filters; category and tag ignore case (see `search-index.ts`). */
function catalogWhere(filters: CatalogFilterInput): Where[] {
	const where: Where[] = [eq("status", "published")];
	if (filters.difficulty) where.push(eq("difficulty", filters.difficulty));
	if (filters.price === "free") where.push(eq("price", 0));
	if (filters.price === "paid")
		where.push({ field: "price", value: 0, operator: "gt" });
	// ratingScore is the average × 100 in an integer column: `> n - 1` is `>= n`, and `gt` is
	// an operator the facet totals understand too.
	if (filters.minRating)
		where.push({
			field: "ratingScore",
			value: Math.round(Number(filters.minRating) * 100) - 1,
			operator: "gt",
		});
	where.push(...searchConditions(filters));
	return where;
}

/** The published catalog: filters and sort from fixed lists, bounded page size, a stable order. */
export async function listCourses(
	db: Db,
	rawQuery: z.input<typeof catalogQuerySchema> = {},
): Promise<CourseList> {
	const query = catalogQuerySchema.parse(rawQuery);
	const page = await findStablePage<Course>(
		db,
		{
			model: "course",
			where: catalogWhere(query),
			sortBy: { ...sortFor[query.sort] },
		},
		query,
		// Newest and title rarely tie: a page without ties is the page and its total. On the
		// other sorts (free courses, no enrollments, no rating) tied runs at the page's edges
		// are re-read as before.
		{ peek: true },
	);
	return { ...page, items: page.items.map(serializeCourse) };
}

/** Counts by lower-cased value, shown with the first spelling met. */
function countBy(values: (string | null | undefined)[]): FacetCount[] {
	const counts = new Map<string, FacetCount>();
	for (const v of values) {
		if (!v) continue;
		const key = v.toLowerCase();
		const entry = counts.get(key) ?? { value: v, count: 0 };
		entry.count += 1;
		counts.set(key, entry);
	}
	return sortFacets([...counts.values()]);
}

/** Most courses first, then by value: the same order whichever way the counts were made. */
const sortFacets = (counts: FacetCount[]) =>
	counts.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));

/** The catalog's conditions as `facetTotals` takes them (it knows eq, gt and contains). */
function toFacetWhere(where: Where[]): FacetWhere[] {
	return where.map((w) => {
		const operator = w.operator ?? "eq";
		if (operator !== "eq" && operator !== "gt" && operator !== "contains")
			throw new Error(`facetTotals: unexpected operator ${operator}`);
		return {
			field: w.field,
			operator,
			value: w.value as string | number | boolean,
		};
	});
}

const same = (a: string | null | undefined, b: string | undefined) =>
	!b || (a ?? "").toLowerCase() === b.trim().toLowerCase();

/**
 * Categories, tags and levels of the published courses, with counts that respect the other
 * active filters: each facet counts the courses matching every filter except its own, so a
 * count is what choosing that value would show.
 *
 * With `aggregates.facetTotals` (e.g. `kyselyAggregates`) these are three grouped totals in the
 * database, whatever the number of courses. Without it, search and price narrow one read (paged
 * by `findAll`) and the three facets are counted from its rows: the adapter interface cannot
 * group, least of all by the elements of the JSON tags column.
 */
export async function getCourseFacets(
	db: Db,
	rawFilters: CatalogFilterInput = {},
	aggregates?: SchoolAggregates,
): Promise<CourseFacets> {
	const filters = catalogFacetQuerySchema.parse(rawFilters);
	if (aggregates?.facetTotals) {
		const totals = aggregates.facetTotals.bind(aggregates);
		const count = async (
			facet: FacetTotalsQuery["facet"],
			others: CatalogFilterInput,
		): Promise<FacetCount[]> =>
			sortFacets(
				(
					await totals({
						facet,
						where: toFacetWhere(
							catalogWhere({
								q: filters.q,
								price: filters.price,
								minRating: filters.minRating,
								...others,
							}),
						),
					})
				).map((t) => ({ value: t.label, count: Number(t.count) })),
			);
		const [categories, tags, difficulties] = await Promise.all([
			count("category", { difficulty: filters.difficulty, tag: filters.tag }),
			count("tags", {
				difficulty: filters.difficulty,
				category: filters.category,
			}),
			count("difficulty", { category: filters.category, tag: filters.tag }),
		]);
		return { categories, tags, difficulties };
	}
	const courses = await findAll<Course>(db, {
		model: "course",
		where: catalogWhere({
			q: filters.q,
			price: filters.price,
			minRating: filters.minRating,
		}),
	});
	const rows = courses.map((c) => ({ ...c, tagList: parseTags(c.tags) }));
	const hasTag = (tags: string[]) =>
		!filters.tag || tags.some((t) => same(t, filters.tag));
	return {
		categories: countBy(
			rows
				.filter(
					(c) => same(c.difficulty, filters.difficulty) && hasTag(c.tagList),
				)
				.map((c) => c.category),
		),
		tags: countBy(
			rows
				.filter(
					(c) =>
						same(c.difficulty, filters.difficulty) &&
						same(c.category, filters.category),
				)
				.flatMap((c) => c.tagList),
		),
		difficulties: countBy(
			rows
				.filter((c) => same(c.category, filters.category) && hasTag(c.tagList))
				.map((c) => c.difficulty),
		),
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
export function getCurriculum(db: Db, courseId: string) {
	return findSectionsAndLessons(db, [eq("courseId", courseId)]);
}

/** Lessons in reading order: by section order, then lessons without a section. */
export function orderLessons<L extends Pick<Lesson, "sectionId">>(
	sections: Pick<Section, "id">[],
	lessons: L[],
): L[] {
	const bySection = new Map<string | null, L[]>();
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

/** Pacing (#19): the course's prerequisites as links (one query, none without any). */
async function prerequisiteLinks(db: Db, course: Course) {
	const ids = prerequisiteIds(course);
	if (ids.length === 0) return [];
	const found = await findAll<Course>(db, {
		model: "course",
		where: [{ field: "id", value: ids, operator: "in" }],
	});
	return ids
		.map((id) => found.find((c) => c.id === id))
		.filter((c): c is Course => !!c)
		.map((c) => ({ id: c.id, title: c.title, slug: c.slug }));
}

/**
 * The course page: course, sections and the lesson outline (no bodies, URLs or quiz data). The
 * outline is one query with `aggregates.courseOutline`, two reads of whole rows without it.
 * `curriculum`: sections and lessons the caller has read already (in order), so they are not
 * read again.
 */
export async function getCourseDetail(
	db: Db,
	course: Course,
	aggregates?: SchoolAggregates,
	curriculum?: Pick<CourseOutline, "sections" | "lessons">,
): Promise<CourseDetail> {
	const [{ sections, lessons }, prerequisites] = await Promise.all([
		curriculum ??
			courseOutline(db, aggregates, {
				courseIds: [course.id],
				completedBy: [],
			}),
		prerequisiteLinks(db, course),
	]);
	const ordered = orderLessons(sections, lessons);
	const outline: SectionOutline[] = sections.map((s) => ({
		id: s.id,
		title: s.title,
		order: s.order,
		dripDays: s.dripDays,
		dripDate: s.dripDate ? new Date(s.dripDate).toISOString() : null,
		lessons: ordered
			.filter((l) => l.sectionId === s.id)
			.map(serializeLessonOutline),
	}));
	const sectionIds = new Set(sections.map((s) => s.id));
	return {
		...serializeCourse(course),
		...serializeCoursePitch(course),
		sections: outline,
		unsectionedLessons: ordered
			.filter((l) => !l.sectionId || !sectionIds.has(l.sectionId))
			.map(serializeLessonOutline),
		lessonOrder: ordered.map((l) => l.id),
		prerequisites,
		prerequisiteMode: prerequisiteModeOf(course),
		sequential: !!course.sequential,
		accessDays: course.accessDays ?? null,
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
