import type { Course } from "../../types.js";
import { loadManagedCourse } from "../access.js";
import type { Actor, OperationDeps } from "./context.js";
import { buildCourseExport, importCourse } from "./course-transfer.js";

/**
 * Duplicates a course (#19): a deep copy of its fields, sections, lessons, quizzes and
 * resources as a new draft owned by the actor, titled "… (copy)" under a free slug. Learners,
 * progress and attempts are never copied. It is an export piped into an import, so a copy
 * carries exactly what an export file would, in one transaction.
 */
export async function duplicateCourse(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
): Promise<Course> {
	const { course } = await loadManagedCourse(deps.db, actor.viewer, courseId);
	const file = await buildCourseExport(deps.db, course);
	return importCourse(deps, actor, file, {
		title: `${course.title} (copy)`.slice(0, 200),
		slug: `${course.slug}-copy`.slice(0, 80).replace(/-+$/, ""),
	});
}
