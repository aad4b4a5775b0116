import type { Course, Enrollment, Lesson, Section } from "../../types.js";
import type { SchoolAggregates } from "../aggregates.js";
import type { Db } from "../db-types.js";
import { SchoolError } from "../errors.js";
import { gateSectionId } from "../pacing-gate.js";
import { getCourseById, getLessonById, getSectionById } from "./catalog.js";
import { getEnrollment } from "./learner.js";

/**
 * A lesson and its course, with what may come next: `learner.userId`'s enrollment (through the
 * adapter only for lessons that are not free previews when `paidOnly`) and, for a signed-in
 * learner, the section the pacing gate checks (`gateSectionId`). One query with
 * `aggregates.lessonContext`; otherwise the lesson, then the others side by side. `undefined`
 * means "not read".
 */
export async function getLessonContext(
	db: Db,
	lessonId: string,
	learner: { userId: string | null; paidOnly: boolean },
	aggregates: SchoolAggregates | undefined,
): Promise<{
	lesson: Lesson;
	course: Course;
	enrollment: Enrollment | null | undefined;
	section: Section | null | undefined;
}> {
	if (aggregates?.lessonContext) {
		// One join more costs next to nothing: the enrollment comes whenever there is a user.
		const found = await aggregates.lessonContext({
			lessonId,
			userId: learner.userId,
		});
		if (!found?.course) throw new SchoolError(404, "Lesson not found");
		return found as typeof found & { course: Course };
	}
	const lesson = await getLessonById(db, lessonId);
	if (!lesson) throw new SchoolError(404, "Lesson not found");
	const userId =
		learner.paidOnly && lesson.isFreePreview ? null : learner.userId;
	// Nobody signed in never reaches the gate (a paid lesson is 401 for them).
	const sectionId = learner.userId ? gateSectionId(lesson) : null;
	const [course, enrollment, section] = await Promise.all([
		getCourseById(db, lesson.courseId),
		userId ? getEnrollment(db, lesson.courseId, userId) : undefined,
		sectionId ? getSectionById(db, sectionId) : undefined,
	]);
	if (!course) throw new SchoolError(404, "Lesson not found");
	return { lesson, course, enrollment, section };
}
