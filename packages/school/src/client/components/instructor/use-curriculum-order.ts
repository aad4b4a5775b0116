"use client";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CourseDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import {
	type CurriculumLesson,
	type CurriculumState,
	findLesson,
	fromCourseDetail,
	groupLessons,
	moveLesson,
	moveLessonBy,
	moveSection,
	reconcile,
	sameOrder,
	UNSECTIONED,
} from "./curriculum-model.js";

/** What to focus after a keyboard move re-renders the list. */
type FocusTarget = {
	kind: "lesson" | "section";
	id: string;
	control: "up" | "down" | "select";
};

/** A value quoted for an attribute selector. */
const attr = (value: string) => value.replace(/["\\]/g, "\\$&");

/** How a move was made: a drop is one deliberate gesture, keyboard moves come in runs. */
export type MoveKind = "drop" | "keyboard";

/**
 * The curriculum's local order: the server's order until the instructor moves something, kept
 * (and reconciled with fresh server data) until saved. Keyboard moves keep focus on the control
 * that moved the item and announce where it went. `onMoved` runs after every move with the new
 * order (the editor saves it).
 */
export function useCurriculumOrder(
	course: CourseDetail,
	onMoved: (next: CurriculumState, kind: MoveKind) => void,
) {
	const { t } = useSchool();
	const rootRef = useRef<HTMLDivElement>(null);
	const base = useMemo(() => fromCourseDetail(course), [course]);
	const [order, setOrder] = useState<CurriculumState>(base);
	const [announcement, setAnnouncement] = useState("");
	const focusNext = useRef<FocusTarget | null>(null);

	const baseRef = useRef(base);
	useEffect(() => {
		if (baseRef.current === base) return;
		const previous = baseRef.current;
		baseRef.current = base;
		// No unsaved moves: take the server's order. Otherwise keep the local one, updated.
		setOrder((local) =>
			sameOrder(local, previous) ? base : reconcile(local, base),
		);
	}, [base]);

	// After a keyboard move: put focus back on the control, or on its twin at the list's ends.
	useLayoutEffect(() => {
		const target = focusNext.current;
		if (!target || !rootRef.current) return;
		focusNext.current = null;
		const row = rootRef.current.querySelector(
			target.kind === "lesson"
				? `[data-lesson-id="${attr(target.id)}"]`
				: `[data-section-id="${attr(target.id)}"]`,
		);
		const prefix = target.kind === "section" ? "section-" : "";
		const find = (control: string) =>
			row?.querySelector<HTMLElement>(
				control === "select"
					? "select[data-move-select]"
					: `[data-testid="${prefix}move-${control}"]`,
			);
		const wanted = find(target.control);
		const other = find(target.control === "up" ? "down" : "up");
		const el =
			wanted && !(wanted as HTMLButtonElement).disabled ? wanted : other;
		el?.focus();
	});

	const groupName = (groupId: string) =>
		groupId === UNSECTIONED
			? t.unsectionedHeading
			: (order.sections.find((s) => s.id === groupId)?.title ?? "");

	const apply = (next: CurriculumState, target?: FocusTarget) => {
		if (next === order || sameOrder(next, order)) return false;
		onMoved(next, target ? "keyboard" : "drop");
		setOrder(next);
		if (target) focusNext.current = target;
		return true;
	};

	const announceLesson = (state: CurriculumState, lessonId: string) => {
		const at = findLesson(state, lessonId);
		if (!at) return;
		const group = groupLessons(state, at.groupId) ?? [];
		const lesson = group[at.index];
		if (!lesson) return;
		setAnnouncement(
			t.moved(lesson.title, at.index + 1, group.length, groupName(at.groupId)),
		);
	};

	return {
		rootRef,
		base,
		order,
		dirty: !sameOrder(order, base),
		announcement,
		reset: () => {
			setOrder(base);
			setAnnouncement("");
		},
		moveLessonBy: (lesson: CurriculumLesson, delta: -1 | 1) => {
			const next = moveLessonBy(order, lesson.id, delta);
			const control = delta < 0 ? "up" : "down";
			if (apply(next, { kind: "lesson", id: lesson.id, control }))
				announceLesson(next, lesson.id);
		},
		moveLessonTo: (lesson: CurriculumLesson, groupId: string) => {
			const next = moveLesson(order, lesson.id, groupId);
			if (apply(next, { kind: "lesson", id: lesson.id, control: "select" }))
				announceLesson(next, lesson.id);
		},
		moveSectionBy: (id: string, title: string, delta: -1 | 1) => {
			const next = moveSection(order, id, delta);
			const control = delta < 0 ? "up" : "down";
			if (!apply(next, { kind: "section", id, control })) return;
			const index = next.sections.findIndex((s) => s.id === id);
			setAnnouncement(
				t.moved(title, index + 1, next.sections.length, t.tabCurriculum),
			);
		},
		/** A drag and drop result. */
		dropped: (next: CurriculumState, lessonId?: string) => {
			if (apply(next) && lessonId) announceLesson(next, lessonId);
		},
	};
}
