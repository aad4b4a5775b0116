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

export async function createSection(
	{ db, options }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateSectionInput,
): Promise<Section> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	const section = await mutations.createSection(db, course.id, input);
	await curriculumChanged({ options }, actor, course);
	return section;
}

export async function updateSection(
	{ db, options }: OperationDeps,
	actor: Actor,
	sectionId: string,
	input: UpdateSectionInput,
): Promise<Section> {
	const { section, course } = await loadManagedSection(
		db,
		actor.viewer,
		sectionId,
	);
	const updated = await mutations.updateSection(db, section, input);
	await curriculumChanged({ options }, actor, course);
	return updated;
}

/** Deletes a section; its lessons stay in the course without a section. */
export async function deleteSection(
	{ db, options }: OperationDeps,
	actor: Actor,
	sectionId: string,
): Promise<void> {
	const { section, course } = await loadManagedSection(
		db,
		actor.viewer,
		sectionId,
	);
	await mutations.deleteSection(db, section);
	await curriculumChanged({ options }, actor, course);
}

export async function createLesson(
	{ db, options }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateLessonInput,
): Promise<Lesson> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	const lesson = await mutations.createLesson(db, course.id, input);
	await curriculumChanged({ options }, actor, course);
	return lesson;
}

export async function updateLesson(
	{ db, options }: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: UpdateLessonInput,
): Promise<Lesson> {
	const { lesson, course } = await loadManagedLesson(
		db,
		actor.viewer,
		lessonId,
	);
	const updated = await mutations.updateLesson(db, lesson, input);
	await curriculumChanged({ options }, actor, course);
	return updated;
}

/** Deletes a lesson with its learners' progress and attempts on it. */
export async function deleteLesson(
	{ db, options }: OperationDeps,
	actor: Actor,
	lessonId: string,
): Promise<void> {
	const { lesson, course } = await loadManagedLesson(
		db,
		actor.viewer,
		lessonId,
	);
	const finished = await mutations.deleteLesson(db, lesson);
	// Learners for whom this was the last unfinished lesson complete the course now.
	await completeFinishedCourses({ db, options }, actor, course, finished);
	await curriculumChanged({ options }, actor, course);
}

/** Sets the whole order of sections and lessons; returns the course as the course page shows it. */
export async function setCurriculum(
	{ db, options }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CurriculumInput,
): Promise<CourseDetail> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	await mutations.setCurriculum(db, course.id, input);
	await curriculumChanged({ options }, actor, course);
	return getCourseDetail(db, course);
}

/** Sections or lessons of the course changed (the event carries the course as loaded before). */
function curriculumChanged(
	deps: Pick<OperationDeps, "options">,
	actor: Actor,
	course: Course,
): Promise<void> {
	return courseChanged(deps, actor, { type: "curriculumChanged", course });
}
