/**
 * The curriculum editor's model: sections and lessons in the order the instructor is arranging
 * them, kept locally until saved in one `PUT /school/courses/:id/curriculum` call. Pure functions
 * (no React), each returning a new state, so the order logic is unit-tested on its own.
 */
import type { CurriculumInput } from "../../../schemas.js";
import type { CourseDetail, LessonType } from "../../../types.js";

/** The id of the group that holds lessons outside any section. */
export const UNSECTIONED = "__unsectioned__";

export interface CurriculumLesson {
	id: string;
	title: string;
	type: LessonType;
	durationMins: number | null;
	isFreePreview: boolean;
}

export interface CurriculumSection {
	id: string;
	title: string;
	lessons: CurriculumLesson[];
}

export interface CurriculumState {
	sections: CurriculumSection[];
	/** Lessons outside any section, in order (shown after the sections). */
	unsectioned: CurriculumLesson[];
}

/** Where a lesson is: its group (a section id or `UNSECTIONED`) and its index there. */
export interface LessonPosition {
	groupId: string;
	index: number;
}

const lessonOf = (l: CurriculumLesson): CurriculumLesson => ({
	id: l.id,
	title: l.title,
	type: l.type,
	durationMins: l.durationMins,
	isFreePreview: l.isFreePreview,
});

/** The editable state of a course's outline. */
export function fromCourseDetail(
	course: Pick<CourseDetail, "sections" | "unsectionedLessons">,
): CurriculumState {
	return {
		sections: course.sections.map((s) => ({
			id: s.id,
			title: s.title,
			lessons: s.lessons.map(lessonOf),
		})),
		unsectioned: course.unsectionedLessons.map(lessonOf),
	};
}

/**
 * Moves the item at `from` to `to` (both clamped to the list). Returns a new array; the same
 * array when nothing moves.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
	if (from < 0 || from >= list.length) return list as T[];
	const target = Math.max(0, Math.min(list.length - 1, to));
	if (target === from) return list as T[];
	const next = list.slice();
	const [item] = next.splice(from, 1);
	next.splice(target, 0, item as T);
	return next;
}

/** The lessons of a group. */
export function groupLessons(
	state: CurriculumState,
	groupId: string,
): CurriculumLesson[] | undefined {
	if (groupId === UNSECTIONED) return state.unsectioned;
	return state.sections.find((s) => s.id === groupId)?.lessons;
}

function withGroup(
	state: CurriculumState,
	groupId: string,
	lessons: CurriculumLesson[],
): CurriculumState {
	if (groupId === UNSECTIONED) return { ...state, unsectioned: lessons };
	return {
		...state,
		sections: state.sections.map((s) =>
			s.id === groupId ? { ...s, lessons } : s,
		),
	};
}

/** Where a lesson is, or null when it is not in the curriculum. */
export function findLesson(
	state: CurriculumState,
	lessonId: string,
): LessonPosition | null {
	for (const section of state.sections) {
		const index = section.lessons.findIndex((l) => l.id === lessonId);
		if (index >= 0) return { groupId: section.id, index };
	}
	const index = state.unsectioned.findIndex((l) => l.id === lessonId);
	return index >= 0 ? { groupId: UNSECTIONED, index } : null;
}

/** Moves a section by `delta` places (-1 up, +1 down). */
export function moveSection(
	state: CurriculumState,
	sectionId: string,
	delta: number,
): CurriculumState {
	const from = state.sections.findIndex((s) => s.id === sectionId);
	return from < 0 ? state : moveSectionTo(state, sectionId, from + delta);
}

/** Puts a section at `index` (used by drag and drop). */
export function moveSectionTo(
	state: CurriculumState,
	sectionId: string,
	index: number,
): CurriculumState {
	const from = state.sections.findIndex((s) => s.id === sectionId);
	if (from < 0) return state;
	const sections = moveItem(state.sections, from, index);
	return sections === state.sections ? state : { ...state, sections };
}

/**
 * Moves a lesson to `groupId` (a section id or `UNSECTIONED`) at `index` (default: the end).
 * Within one group, `index` is the lesson's final place. Unknown lessons or groups leave the
 * state as it is.
 */
export function moveLesson(
	state: CurriculumState,
	lessonId: string,
	groupId: string,
	index?: number,
): CurriculumState {
	const from = findLesson(state, lessonId);
	const target = groupLessons(state, groupId);
	if (!from || !target) return state;
	if (from.groupId === groupId) {
		const lessons = moveItem(target, from.index, index ?? target.length - 1);
		return lessons === target ? state : withGroup(state, groupId, lessons);
	}
	const source = groupLessons(state, from.groupId) ?? [];
	const lesson = source[from.index] as CurriculumLesson;
	const at = Math.max(0, Math.min(target.length, index ?? target.length));
	const next = withGroup(
		state,
		from.groupId,
		source.filter((l) => l.id !== lessonId),
	);
	return withGroup(next, groupId, [
		...target.slice(0, at),
		lesson,
		...target.slice(at),
	]);
}

/**
 * Drag and drop of a lesson: `slot` is the gap it was dropped into (0 = before the first lesson
 * of the group, `length` = after the last), counted before the lesson is taken out.
 */
export function dropLesson(
	state: CurriculumState,
	lessonId: string,
	groupId: string,
	slot: number,
): CurriculumState {
	const from = findLesson(state, lessonId);
	if (!from) return state;
	const index = from.groupId === groupId && slot > from.index ? slot - 1 : slot;
	return moveLesson(state, lessonId, groupId, index);
}

/** Drag and drop of a section into the gap `slot` (counted before the section is taken out). */
export function dropSection(
	state: CurriculumState,
	sectionId: string,
	slot: number,
): CurriculumState {
	const from = state.sections.findIndex((s) => s.id === sectionId);
	if (from < 0) return state;
	return moveSectionTo(state, sectionId, slot > from ? slot - 1 : slot);
}

/** Moves a lesson by `delta` places within its group (-1 up, +1 down). */
export function moveLessonBy(
	state: CurriculumState,
	lessonId: string,
	delta: number,
): CurriculumState {
	const from = findLesson(state, lessonId);
	if (!from) return state;
	return moveLesson(state, lessonId, from.groupId, from.index + delta);
}

/** The body of `PUT /school/courses/:id/curriculum`: every section and lesson exactly once. */
export function toCurriculumInput(state: CurriculumState): CurriculumInput {
	return {
		sections: state.sections.map((s) => ({
			id: s.id,
			lessonIds: s.lessons.map((l) => l.id),
		})),
		unsectionedLessonIds: state.unsectioned.map((l) => l.id),
	};
}

/** True when both states put the same sections and lessons in the same places. */
export function sameOrder(a: CurriculumState, b: CurriculumState): boolean {
	return (
		JSON.stringify(toCurriculumInput(a)) ===
		JSON.stringify(toCurriculumInput(b))
	);
}

/**
 * Brings fresh server data into a local order that has unsaved moves: items keep their local
 * places, titles and details come from the server, deleted items go, new ones are appended
 * (new sections at the end, new lessons at the end of their server group).
 */
export function reconcile(
	local: CurriculumState,
	server: CurriculumState,
): CurriculumState {
	const serverSections = new Map(server.sections.map((s) => [s.id, s]));
	const serverLessons = new Map<string, CurriculumLesson>();
	const serverGroupOf = new Map<string, string>();
	for (const s of server.sections) {
		for (const l of s.lessons) {
			serverLessons.set(l.id, l);
			serverGroupOf.set(l.id, s.id);
		}
	}
	for (const l of server.unsectioned) {
		serverLessons.set(l.id, l);
		serverGroupOf.set(l.id, UNSECTIONED);
	}
	const placed = new Set<string>();
	const keep = (lessons: CurriculumLesson[]) =>
		lessons.flatMap((l) => {
			const fresh = serverLessons.get(l.id);
			if (!fresh || placed.has(l.id)) return [];
			placed.add(l.id);
			return [lessonOf(fresh)];
		});
	const next: CurriculumState = {
		sections: local.sections.flatMap((s) => {
			const fresh = serverSections.get(s.id);
			return fresh
				? [{ id: s.id, title: fresh.title, lessons: keep(s.lessons) }]
				: [];
		}),
		unsectioned: keep(local.unsectioned),
	};
	const known = new Set(next.sections.map((s) => s.id));
	for (const s of server.sections) {
		if (!known.has(s.id)) next.sections.push({ ...s, lessons: [] });
	}
	// Lessons the local state does not place yet (new, or in a section deleted locally).
	for (const [id, lesson] of serverLessons) {
		if (placed.has(id)) continue;
		const groupId = serverGroupOf.get(id) ?? UNSECTIONED;
		const group =
			groupId === UNSECTIONED
				? next.unsectioned
				: next.sections.find((s) => s.id === groupId)?.lessons;
		(group ?? next.unsectioned).push(lessonOf(lesson));
		placed.add(id);
	}
	return next;
}
