import type {
	Course,
	Enrollment,
	Lesson,
	LessonProgress,
	Section,
} from "../types.js";
import type { SchoolAggregates } from "./aggregates.js";
import { type Db, eq, findAll, inList } from "./db-types.js";
import { SchoolError } from "./errors.js";
import { getSectionById, orderLessons } from "./getters/catalog.js";
import { courseOutline } from "./getters/outline.js";
import { enrollKeyOf } from "./keys.js";
import {
	hasPacing,
	isExpired,
	lessonLock,
	type PacingState,
	prerequisiteIds,
	prerequisiteModeOf,
} from "./pacing.js";

/**
 * The pacing rules of `pacing.ts` applied to stored data: what one learner has done and still
 * misses, and the 403 answers for a closed lesson or missing prerequisites.
 */

/** The prerequisite courses of `course` that `userId` has not completed (ids). */
export async function missingPrerequisites(
	db: Db,
	course: Course,
	userId: string,
): Promise<string[]> {
	const ids = prerequisiteIds(course);
	if (ids.length === 0) return [];
	const enrollments = await findAll<Enrollment>(db, {
		model: "enrollment",
		where: [
			inList(
				"enrollKey",
				ids.map((id) => enrollKeyOf(id, userId)),
			),
		],
	});
	const done = new Set(
		enrollments.filter((e) => e.status === "completed").map((e) => e.courseId),
	);
	return ids.filter((id) => !done.has(id));
}

/** The prerequisites as `{ id, title, slug }` (unknown ids are left out). */
export async function prerequisiteRefs(db: Db, ids: string[]) {
	if (ids.length === 0) return [];
	const courses = await findAll<Course>(db, {
		model: "course",
		where: [inList("id", ids)],
	});
	return ids
		.map((id) => courses.find((c) => c.id === id))
		.filter((c): c is Course => !!c)
		.map((c) => ({ id: c.id, title: c.title, slug: c.slug }));
}

/** 403 `prerequisites_missing` naming the courses to complete first. */
export async function prerequisitesError(
	db: Db,
	missing: string[],
): Promise<SchoolError> {
	const courses = await prerequisiteRefs(db, missing);
	return new SchoolError(
		403,
		`Complete these courses first: ${courses.map((c) => c.title).join(", ")}`,
		"prerequisites_missing",
		undefined,
		{ missing: courses },
	);
}

/**
 * Reads what the rules need for one learner (the course's outline, progress, prerequisites).
 * Drip and sequence may read any lesson, so callers skip it when the course has no pacing at
 * all (`hasPacing`) and no lesson or section has drip fields.
 */
export async function loadPacingState(
	db: Db,
	course: Course,
	enrollment: Enrollment,
	now: Date,
	aggregates?: SchoolAggregates,
): Promise<PacingState> {
	const [{ sections, lessons }, progress, missing] = await Promise.all([
		courseOutline(db, aggregates, { courseIds: [course.id], completedBy: [] }),
		findAll<LessonProgress>(db, {
			model: "lessonProgress",
			where: [eq("enrollmentId", enrollment.id)],
		}),
		prerequisiteModeOf(course) === "start"
			? missingPrerequisites(db, course, enrollment.userId)
			: Promise.resolve([]),
	]);
	return {
		course,
		sections,
		ordered: orderLessons(sections, lessons),
		enrollment,
		completedIds: new Set(
			progress.filter((p) => p.completed).map((p) => p.lessonId),
		),
		missingPrerequisites: missing,
		now,
	};
}

/**
 * The section `assertLessonOpen`'s fast path reads for this lesson (its drip fields), or null:
 * known from the lesson alone, so callers can read it beside the course and the enrollment.
 */
export function gateSectionId(lesson: Lesson): string | null {
	if (lesson.isFreePreview || lesson.dripDays != null || lesson.dripDate)
		return null;
	return lesson.sectionId ?? null;
}

/**
 * Refuses a lesson the learner's pacing keeps closed: 403 with the reason as the code
 * (`expired`, `prerequisites_missing`, `not_yet_open` with `opensAt`, `sequential` with
 * `afterLessonId`). Managers and free previews never reach here.
 */
export async function assertLessonOpen(
	db: Db,
	course: Course,
	lesson: Lesson,
	enrollment: Enrollment,
	now: Date,
	read: {
		/** The lesson's section when the caller read it already (`gateSectionId`). */
		section?: Section | null;
		/** Where the course's outline comes from when the whole rule set must be checked. */
		aggregates?: SchoolAggregates;
	} = {},
): Promise<void> {
	if (lesson.isFreePreview) return;
	if (isExpired(enrollment, now))
		throw new SchoolError(
			403,
			"Your access to this course has ended. Renew it to continue.",
			"expired",
			undefined,
			{ accessEndsAt: new Date(enrollment.accessEndsAt as Date).toISOString() },
		);
	// Fast path: no course rule and no drip on the lesson or its section. Only the lesson's own
	// section is read for that (one row), not the whole curriculum and the learner's progress.
	if (!hasPacing(course) && lesson.dripDays == null && !lesson.dripDate) {
		const own =
			read.section !== undefined
				? read.section
				: lesson.sectionId
					? await getSectionById(db, lesson.sectionId)
					: null;
		if (!own || (own.dripDays == null && !own.dripDate)) return;
	}
	const state = await loadPacingState(
		db,
		course,
		enrollment,
		now,
		read.aggregates,
	);
	const lock = lessonLock(state, lesson);
	if (!lock) return;
	if (lock.reason === "prerequisites_missing")
		throw await prerequisitesError(db, state.missingPrerequisites);
	if (lock.reason === "not_yet_open")
		throw new SchoolError(
			403,
			`This lesson opens on ${lock.opensAt}`,
			"not_yet_open",
			undefined,
			{ opensAt: lock.opensAt },
		);
	throw new SchoolError(
		403,
		"Complete the previous lesson first",
		"sequential",
		undefined,
		{ afterLessonId: lock.afterLessonId },
	);
}
