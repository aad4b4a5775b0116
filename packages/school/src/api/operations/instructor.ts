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
import { completeFinishedCourses } from "./progress.js";

/**
 * The instructor's writes. Each authorizes the actor through `access.ts` before it loads (401,
 * then 403 for non-instructors, then 404, then 403 for someone else's course) and then calls
 * the pure mutation, which validates the input.
 */

/** Creates a course owned by the actor (an instructor or admin). */
export async function createCourse(
	{ db }: OperationDeps,
	actor: Actor,
	input: CreateCourseInput,
): Promise<Course> {
	const instructor = requireInstructor(actor.viewer);
	return mutations.createCourse(db, input, instructor);
}

export async function updateCourse(
	{ db }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: UpdateCourseInput,
): Promise<Course> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	return mutations.updateCourse(db, course, input);
}

/** Deletes a course that never had learners (409 `has_learners` otherwise: archive it). */
export async function deleteCourse(
	{ db }: OperationDeps,
	actor: Actor,
	courseId: string,
): Promise<void> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	await mutations.deleteCourse(db, course);
}

export async function createSection(
	{ db }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateSectionInput,
): Promise<Section> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	return mutations.createSection(db, course.id, input);
}

export async function updateSection(
	{ db }: OperationDeps,
	actor: Actor,
	sectionId: string,
	input: UpdateSectionInput,
): Promise<Section> {
	const { section } = await loadManagedSection(db, actor.viewer, sectionId);
	return mutations.updateSection(db, section, input);
}

/** Deletes a section; its lessons stay in the course without a section. */
export async function deleteSection(
	{ db }: OperationDeps,
	actor: Actor,
	sectionId: string,
): Promise<void> {
	const { section } = await loadManagedSection(db, actor.viewer, sectionId);
	await mutations.deleteSection(db, section);
}

export async function createLesson(
	{ db }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CreateLessonInput,
): Promise<Lesson> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	return mutations.createLesson(db, course.id, input);
}

export async function updateLesson(
	{ db }: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: UpdateLessonInput,
): Promise<Lesson> {
	const { lesson } = await loadManagedLesson(db, actor.viewer, lessonId);
	return mutations.updateLesson(db, lesson, input);
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
}

/** Sets the whole order of sections and lessons; returns the course as the course page shows it. */
export async function setCurriculum(
	{ db }: OperationDeps,
	actor: Actor,
	courseId: string,
	input: CurriculumInput,
): Promise<CourseDetail> {
	const { course } = await loadManagedCourse(db, actor.viewer, courseId);
	await mutations.setCurriculum(db, course.id, input);
	return getCourseDetail(db, course);
}
