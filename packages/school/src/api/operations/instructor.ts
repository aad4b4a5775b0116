import type {
	CreateCourseInput,
	CreateLessonInput,
	CreateSectionInput,
	CurriculumInput,
	UpdateCourseInput,
	UpdateLessonInput,
	UpdateSectionInput,
} from "../../schemas.js";
import type { Course, CourseDetail, Lesson, Section } from "../../types.js";
import {
	loadManagedCourse,
	loadManagedLesson,
	loadManagedSection,
	requireInstructor,
} from "../access.js";
import { getCourseDetail } from "../getters/catalog.js";
import * as mutations from "../mutations/index.js";
import type { Actor, OperationDeps } from "./context.js";
import { courseChanged, editType } from "./course-changes.js";
import { completeFinishedCourses } from "./progress.js";

/**
 * The instructor's writes. Each authorizes the actor through `access.ts` before it loads (401,
 * then 403 for non-instructors, then 404, then 403 for someone else's course) and then calls
 * the pure mutation, which validates the input. After a successful write each tells the app
 * through `onCourseChanged` (course-changes.ts), so static pages can be refreshed.
 */

/** Creates a course owned by the actor (an instructor or admin). */
export async function createCourse(
	{ db, options }: OperationDeps,
	actor: Actor,
	input: CreateCourseInput,
): Promise<Course> {
	const instructor = requireInstructor(actor.viewer);
	const course = await mutations.createCourse(db, input, instructor);
	await courseChanged({ options }, actor, { type: "created", course });
	return course;
}

export async function updateCourse(
	{ db, options }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: UpdateCourseInput,
): Promise<Course> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	const updated = await mutations.updateCourse(db, course, input);
	await courseChanged({ options }, actor, {
		type: editType(course, updated),
		course: updated,
		previous: course,
	});
	return updated;
}

/** Deletes a course that never had learners (409 `has_learners` otherwise: archive it). */
export async function deleteCourse(
	{ db, options }: OperationDeps,
	actor: Actor,
	courseId: string,
): Promise<void> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	await mutations.deleteCourse(db, course);
	await courseChanged({ options }, actor, { type: "deleted", course });
}

export function createSection(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateSectionInput,
): Promise<Section> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedCourse(deps.db, actor.viewer, courseId),
		({ course }) => mutations.createSection(deps.db, course.id, input),
	);
}

export function updateSection(
	deps: OperationDeps,
	actor: Actor,
	sectionId: string,
	input: UpdateSectionInput,
): Promise<Section> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedSection(deps.db, actor.viewer, sectionId),
		({ section }) => mutations.updateSection(deps.db, section, input),
	);
}

/** Deletes a section; its lessons stay in the course without a section. */
export function deleteSection(
	deps: OperationDeps,
	actor: Actor,
	sectionId: string,
): Promise<void> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedSection(deps.db, actor.viewer, sectionId),
		({ section }) => mutations.deleteSection(deps.db, section),
	);
}

export function createLesson(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateLessonInput,
): Promise<Lesson> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedCourse(deps.db, actor.viewer, courseId),
		({ course }) => mutations.createLesson(deps.db, course.id, input),
	);
}

export function updateLesson(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: UpdateLessonInput,
): Promise<Lesson> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedLesson(deps.db, actor.viewer, lessonId),
		({ lesson }) => mutations.updateLesson(deps.db, lesson, input),
	);
}

/** Deletes a lesson with its learners' progress and attempts on it. */
export function deleteLesson(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
): Promise<void> {
	return changeCurriculum(
		deps,
		actor,
		() => loadManagedLesson(deps.db, actor.viewer, lessonId),
		async ({ lesson, course }) => {
			const finished = await mutations.deleteLesson(deps.db, lesson);
			// Learners for whom this was the last unfinished lesson complete the course now.
			await completeFinishedCourses(deps, actor, course, finished);
		},
	);
}

/** Sets the whole order of sections and lessons; returns the course as the course page shows it. */
export async function setCurriculum(
	deps: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CurriculumInput,
): Promise<CourseDetail> {
	const course = await changeCurriculum(
		deps,
		actor,
		() => loadManagedCourse(deps.db, actor.viewer, courseId),
		async ({ course }) => {
			await mutations.setCurriculum(deps.db, course.id, input);
			return course;
		},
	);
	return getCourseDetail(deps.db, course, deps.options.aggregates);
}

/**
 * One curriculum write: load what the actor manages (identity and authorization first), apply
 * the change, then tell the hooks (`curriculumChanged`) — only after the change succeeded.
 */
async function changeCurriculum<Loaded extends { course: Course }, Result>(
	deps: OperationDeps,
	actor: Actor,
	load: () => Promise<Loaded>,
	change: (loaded: Loaded) => Promise<Result>,
): Promise<Result> {
	const loaded = await load();
	const result = await change(loaded);
	await curriculumChanged(deps, actor, loaded.course);
	return result;
}

/** Sections or lessons of the course changed (the event carries the course as loaded before). */
function curriculumChanged(
	deps: Pick<OperationDeps, "options">,
	actor: Actor,
	course: Course,
): Promise<void> {
	return courseChanged(deps, actor, { type: "curriculumChanged", course });
}
