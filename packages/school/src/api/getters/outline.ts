import type { LessonProgress } from "../../types.js";
import type {
	CourseOutline,
	CourseOutlineQuery,
	SchoolAggregates,
} from "../aggregates.js";
import { type Db, eq, findAll, inList } from "../db-types.js";
import { findSectionsAndLessons } from "./catalog.js";

/**
 * Courses' sections and lessons in order (no bodies needed) and the lessons some enrollments
 * completed: where the student portal finds each learner's "continue". One round trip through
 * `aggregates.courseOutline` when the app provides it; otherwise three adapter reads of whole
 * rows, with the same result.
 */
export async function courseOutline(
	db: Db,
	aggregates: SchoolAggregates | undefined,
	query: CourseOutlineQuery,
): Promise<CourseOutline> {
	if (aggregates?.courseOutline) {
		const outline = await aggregates.courseOutline(query);
		// Numbers may arrive as strings from some drivers; the order must compare as numbers.
		return {
			sections: outline.sections.map((s) => ({ ...s, order: Number(s.order) })),
			lessons: outline.lessons.map((l) => ({
				...l,
				sectionId: l.sectionId ?? null,
				order: Number(l.order),
			})),
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
		sections: sections.map(({ id, courseId, order }) => ({
			id,
			courseId,
			order,
		})),
		lessons: lessons.map(({ id, courseId, sectionId, order, title, type }) => ({
			id,
			courseId,
			sectionId: sectionId ?? null,
			order,
			title,
			type,
		})),
		completed: completed.map(({ enrollmentId, lessonId }) => ({
			enrollmentId,
			lessonId,
		})),
	};
}
