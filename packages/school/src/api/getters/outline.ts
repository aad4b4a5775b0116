import type { Lesson, LessonProgress, Section } from "../../types.js";
import type {
	CourseOutline,
	CourseOutlineQuery,
	SchoolAggregates,
} from "../aggregates.js";
import { type Db, eq, findAll, inList, type Where } from "../db-types.js";

/** By `order`, then by `id`: the database returns equal orders in any order. */
const byOrderThenId = (
	a: { order: number; id: string },
	b: { order: number; id: string },
) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The sections matching `where` and the lessons matching `lessonWhere` (`where` by default),
 * each list by `order` then `id` compared in JavaScript (two queries), as `courseOutline`
 * returns them, so equal `order` values read the same everywhere.
 */
export async function findSectionsAndLessons(
	db: Db,
	where: Where[],
	lessonWhere: Where[] = where,
) {
	// Read in id order (findAll's default, which pages without skipping rows that tie on
	// `order`) and sorted here once.
	const [sections, lessons] = await Promise.all([
		findAll<Section>(db, { model: "section", where }),
		findAll<Lesson>(db, { model: "lesson", where: lessonWhere }),
	]);
	return {
		sections: sections.sort(byOrderThenId),
		lessons: lessons.sort(byOrderThenId),
	};
}

/**
 * Courses' sections and lessons in order (no bodies needed) and the lessons some enrollments
 * completed: the reading order of the course page, the student portal (with completions, for
 * each learner's "continue"), the player's enrollment, the pacing gate, course analytics and
 * the roster's quiz order. One round trip through `aggregates.courseOutline` when the app
 * provides it;
 * otherwise two or three adapter reads of whole rows, with the same result.
 */
export async function courseOutline(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	query: CourseOutlineQuery,
): Promise<CourseOutline> {
	if (aggregates?.courseOutline) {
		const outline = await aggregates.courseOutline(query);
		// Numbers may arrive as strings from some drivers; the order must compare as numbers.
		// Sorted here again: a database orders tied ids by its collation (en_US ignores case),
		// and the course page, the portal and the pacing gate must agree on one order.
		return {
			sections: outline.sections
				.map((s) => ({ ...s, order: Number(s.order) }))
				.sort(byOrderThenId),
			lessons: outline.lessons
				.map((l) => ({
					...l,
					sectionId: l.sectionId ?? null,
					order: Number(l.order),
				}))
				.sort(byOrderThenId),
			completed: outline.completed,
		};
	}
	const [{ sections, lessons }, completed] = await Promise.all([
		findSectionsAndLessons(db, [inList("courseId", query.courseIds)]),
		query.completedBy.length
			? findAll<LessonProgress>(db, {
					model: "lessonProgress",
					where: [
						inList("enrollmentId", query.completedBy),
						eq("completed", true),
					],
				})
			: [],
	]);
	return {
		...outlineOf(sections, lessons),
		completed: completed.map(({ enrollmentId, lessonId }) => ({
			enrollmentId,
			lessonId,
		})),
	};
}

/** Whole section and lesson rows as the outline's picks (their order kept). */
export function outlineOf(
	sections: Section[],
	lessons: Lesson[],
): Pick<CourseOutline, "sections" | "lessons"> {
	return {
		sections: sections.map((s) => ({
			id: s.id,
			courseId: s.courseId,
			order: s.order,
			title: s.title,
			dripDays: s.dripDays ?? null,
			dripDate: s.dripDate ?? null,
		})),
		lessons: lessons.map((l) => ({
			id: l.id,
			courseId: l.courseId,
			sectionId: l.sectionId ?? null,
			order: l.order,
			title: l.title,
			type: l.type,
			durationMins: l.durationMins ?? null,
			isFreePreview: l.isFreePreview,
			dripDays: l.dripDays ?? null,
			dripDate: l.dripDate ?? null,
		})),
	};
}
