import type { z } from "zod";
import { catalogQuerySchema, pageQuerySchema } from "../schemas";
import type {
	Certificate,
	Course,
	CourseAnalytics,
	CourseDetail,
	CourseFacets,
	CourseList,
	Enrollment,
	EnrollmentDetail,
	FacetCount,
	InstructorCourseStats,
	Lesson,
	LessonProgress,
	PortalEntry,
	QuizAttempt,
	Roster,
	Section,
	SectionOutline,
} from "../types";
import {
	type GroupTotal,
	groupTotals,
	type SchoolAggregates,
} from "./aggregates";
import { type Db, eq, findAll, inList, type Where } from "./db-types";
import {
	iso,
	isoOrNull,
	parseTags,
	serializeCourse,
	serializeEnrollment,
	serializeLessonOutline,
	serializeLessonProgress,
} from "./serializers";

/**
 * Pure read functions. Authorization is the caller's job: the endpoints check who is asking;
 * server-side callers (`createSchoolApi`) bypass those checks and the hooks.
 *
 * None of them issues a query per row: each list is read with a bounded number of calls,
 * whatever the number of students.
 */

const ACTIVE = ["enrolled", "completed"];

export const enrollKeyOf = (courseId: string, userId: string) =>
	`${courseId}:${userId}`;
export const progressKeyOf = (enrollmentId: string, lessonId: string) =>
	`${enrollmentId}:${lessonId}`;

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

	const [rows, total] = await Promise.all([
		db.findMany<Course>({
			model: "course",
			where,
			limit: query.limit,
			offset: query.offset,
			sortBy: { ...sortFor[query.sort] },
		}),
		db.count({ model: "course", where }),
	]);
	return {
		items: rows.map(serializeCourse),
		total,
		limit: query.limit,
		offset: query.offset,
	};
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

export function getEnrollment(
	db: Db,
	courseId: string,
	userId: string,
): Promise<Enrollment | null> {
	return db.findOne<Enrollment>({
		model: "enrollment",
		where: [eq("enrollKey", enrollKeyOf(courseId, userId))],
	});
}

export function getEnrollmentById(
	db: Db,
	id: string,
): Promise<Enrollment | null> {
	return db.findOne<Enrollment>({ model: "enrollment", where: [eq("id", id)] });
}

/** An enrollment with per-lesson progress and where to resume (two queries). */
export async function getEnrollmentDetail(
	db: Db,
	enrollment: Enrollment,
	course: Course,
): Promise<EnrollmentDetail> {
	const progress = await findAll<LessonProgress>(db, {
		model: "lessonProgress",
		where: [eq("enrollmentId", enrollment.id)],
	});
	const completedLessons = progress.filter((p) => p.completed).length;
	const last = enrollment.lastLessonId
		? progress.find((p) => p.lessonId === enrollment.lastLessonId)
		: undefined;
	return {
		...serializeEnrollment(enrollment),
		lessons: progress.map(serializeLessonProgress),
		completedLessons,
		totalLessons: course.lessonCount,
		resume: enrollment.lastLessonId
			? {
					lessonId: enrollment.lastLessonId,
					positionSecs: last?.positionSecs ?? 0,
				}
			: null,
	};
}

/** The student portal: my active and completed enrollments with course summaries (four queries). */
export async function listMyEnrollments(
	db: Db,
	userId: string,
	rawPage: z.input<typeof pageQuerySchema> = {},
) {
	const page = pageQuerySchema.parse(rawPage);
	const where = [eq("userId", userId), inList("status", ACTIVE)];
	const [enrollments, total] = await Promise.all([
		db.findMany<Enrollment>({
			model: "enrollment",
			where,
			limit: page.limit,
			offset: page.offset,
			sortBy: { field: "enrolledAt", direction: "desc" },
		}),
		db.count({ model: "enrollment", where }),
	]);
	if (enrollments.length === 0)
		return { items: [], total, limit: page.limit, offset: page.offset };
	const lastLessonIds = enrollments.flatMap((e) =>
		e.lastLessonId ? [e.lastLessonId] : [],
	);
	const [courses, lastLessons, completed] = await Promise.all([
		findAll<Course>(db, {
			model: "course",
			where: [
				inList(
					"id",
					enrollments.map((e) => e.courseId),
				),
			],
		}),
		lastLessonIds.length
			? findAll<Lesson>(db, {
					model: "lesson",
					where: [inList("id", lastLessonIds)],
				})
			: Promise.resolve([]),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [
				inList(
					"enrollmentId",
					enrollments.map((e) => e.id),
				),
				eq("completed", true),
			],
		}),
	]);
	const courseById = new Map(courses.map((c) => [c.id, c]));
	const lessonTitle = new Map(lastLessons.map((l) => [l.id, l.title]));
	const items: PortalEntry[] = enrollments.flatMap((e) => {
		const course = courseById.get(e.courseId);
		if (!course) return [];
		return [
			{
				...serializeEnrollment(e),
				course: serializeCourse(course),
				lastLessonTitle: e.lastLessonId
					? (lessonTitle.get(e.lastLessonId) ?? null)
					: null,
				completedLessons: completed.filter((p) => p.enrollmentId === e.id)
					.length,
			},
		];
	});
	return { items, total, limit: page.limit, offset: page.offset };
}

export function listAttempts(
	db: Db,
	lessonId: string,
	userId: string,
): Promise<QuizAttempt[]> {
	return db.findMany<QuizAttempt>({
		model: "quizAttempt",
		where: [eq("lessonId", lessonId), eq("userId", userId)],
		sortBy: { field: "attemptedAt", direction: "asc" },
		limit: 200,
	});
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

/**
 * Courses of one instructor (or all, for admins) in every status, with enrollment statistics.
 * Three queries for the page with `aggregates`; without, the average progress reads one row per
 * active learner of the page's courses.
 */
export async function listInstructorCourses(
	db: Db,
	filter: { instructorId?: string },
	rawPage: z.input<typeof pageQuerySchema> = {},
	aggregates?: SchoolAggregates,
) {
	const page = pageQuerySchema.parse(rawPage);
	const where = filter.instructorId
		? [eq("instructorId", filter.instructorId)]
		: [];
	const [courses, total] = await Promise.all([
		db.findMany<Course>({
			model: "course",
			where,
			limit: page.limit,
			offset: page.offset,
			sortBy: { field: "updatedAt", direction: "desc" },
		}),
		db.count({ model: "course", where }),
	]);
	// Average progress = the mean progress of active learners (cancelled ones are not counted):
	// one grouped total for the whole page.
	const withLearners = courses
		.filter((c) => c.enrollmentCount > 0)
		.map((c) => c.id);
	const progressSum = withLearners.length
		? await groupTotals(db, aggregates, {
				model: "enrollment",
				groupBy: "courseId",
				sum: "progressPct",
				where: [
					{ field: "courseId", value: withLearners, operator: "in" },
					{ field: "status", value: ACTIVE, operator: "in" },
				],
			})
		: new Map<string, GroupTotal>();
	const items: InstructorCourseStats[] = courses.map((c) => {
		const progress = progressSum.get(c.id);
		return {
			...serializeCourse(c),
			enrollments: c.enrollmentCount,
			completions: c.completionCount,
			completionRate: c.enrollmentCount
				? Math.round((c.completionCount / c.enrollmentCount) * 100)
				: 0,
			averageProgress: progress?.count
				? Math.min(100, Math.round(progress.sum / progress.count))
				: 0,
		};
	});
	return { items, total, limit: page.limit, offset: page.offset };
}

/** The roster of one course: a page of learners with their best quiz score (four queries). */
export async function getRoster(
	db: Db,
	courseId: string,
	rawPage: z.input<typeof pageQuerySchema> = {},
): Promise<Roster> {
	const page = pageQuerySchema.parse(rawPage);
	const where = [eq("courseId", courseId)];
	const [enrollments, total, quizLessons] = await Promise.all([
		db.findMany<Enrollment>({
			model: "enrollment",
			where,
			limit: page.limit,
			offset: page.offset,
			sortBy: { field: "enrolledAt", direction: "asc" },
		}),
		db.count({ model: "enrollment", where }),
		findAll<Lesson>(db, {
			model: "lesson",
			where: [eq("courseId", courseId), eq("type", "quiz")],
		}),
	]);
	const attempts =
		enrollments.length && quizLessons.length
			? await findAll<QuizAttempt>(db, {
					model: "quizAttempt",
					where: [
						inList(
							"lessonId",
							quizLessons.map((l) => l.id),
						),
						inList(
							"userId",
							enrollments.map((e) => e.userId),
						),
					],
				})
			: [];
	const best = new Map<string, number>();
	for (const a of attempts)
		best.set(a.userId, Math.max(best.get(a.userId) ?? 0, a.score));
	return {
		items: enrollments.map((e) => ({
			enrollmentId: e.id,
			userId: e.userId,
			learnerName: e.learnerName ?? null,
			learnerEmail: e.learnerEmail ?? null,
			status: e.status,
			progressPct: e.progressPct,
			enrolledAt: iso(e.enrolledAt),
			completedAt: isoOrNull(e.completedAt),
			lastActivityAt: isoOrNull(e.lastActivityAt),
			bestQuizScore: best.get(e.userId) ?? null,
		})),
		total,
		limit: page.limit,
		offset: page.offset,
	};
}

/**
 * Per-lesson completions (the drop-off funnel) and quiz statistics. With `aggregates`: the
 * curriculum plus three grouped totals, whatever the number of learners. Without: one count per
 * lesson and every attempt of each quiz read.
 */
export async function getCourseAnalytics(
	db: Db,
	course: Course,
	aggregates?: SchoolAggregates,
): Promise<CourseAnalytics> {
	const { sections, lessons } = await getCurriculum(db, course.id);
	const ordered = orderLessons(sections, lessons);
	const quizzes = ordered.filter((l) => l.type === "quiz");
	const lessonIds = (list: Lesson[]) => ({
		field: "lessonId",
		value: list.map((l) => l.id),
		operator: "in" as const,
	});
	const none = new Map<string, GroupTotal>();
	const [completions, attempts, passes] = await Promise.all([
		ordered.length
			? groupTotals(db, aggregates, {
					model: "lessonProgress",
					groupBy: "lessonId",
					where: [
						lessonIds(ordered),
						{ field: "completed", value: true, operator: "eq" },
					],
				})
			: none,
		quizzes.length
			? groupTotals(db, aggregates, {
					model: "quizAttempt",
					groupBy: "lessonId",
					sum: "score",
					where: [lessonIds(quizzes)],
				})
			: none,
		quizzes.length
			? groupTotals(db, aggregates, {
					model: "quizAttempt",
					groupBy: "lessonId",
					where: [
						lessonIds(quizzes),
						{ field: "passed", value: true, operator: "eq" },
					],
				})
			: none,
	]);
	return {
		courseId: course.id,
		enrollments: course.enrollmentCount,
		completions: course.completionCount,
		funnel: ordered.map((l) => ({
			lessonId: l.id,
			title: l.title,
			type: l.type,
			completions: completions.get(l.id)?.count ?? 0,
		})),
		quizzes: quizzes.map((l) => {
			const tried = attempts.get(l.id) ?? { count: 0, sum: 0 };
			const passed = passes.get(l.id)?.count ?? 0;
			return {
				lessonId: l.id,
				title: l.title,
				attempts: tried.count,
				passes: passed,
				passRate: tried.count ? Math.round((passed / tried.count) * 100) : 0,
				averageScore: tried.count ? Math.round(tried.sum / tried.count) : 0,
			};
		}),
	};
}
