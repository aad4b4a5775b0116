"use client";
import { useEffect, useRef } from "react";
import type { CourseDetail } from "../../../types.js";
import { useSaveCurriculum } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { useToast } from "../ui/toast.js";
import {
	type CurriculumState,
	reconcile,
	toCurriculumInput,
} from "./curriculum-model.js";
import type { MoveKind } from "./use-curriculum-order.js";

/**
 * Keyboard moves come in runs (Move down, down, down): they are saved together once the
 * instructor pauses this long, instead of one PUT per click.
 */
export const KEYBOARD_SAVE_DELAY_MS = 1200;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Saves the curriculum's order by itself: a drop at once, keyboard moves after a pause (or when
 * "Save now" flushes them). Each save shows a toast with Undo, which saves the order from before
 * it (with any sections or lessons added or removed since kept as the server has them). A
 * failure shows an error toast and leaves the order marked unsaved, so "Save now" retries.
 */
export function useCurriculumAutosave(courseId: string, base: CurriculumState) {
	const { t } = useSchool();
	const toast = useToast();
	const save = useSaveCurriculum(courseId);
	const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
	const pending = useRef<CurriculumState | null>(null);
	// Read inside callbacks that outlive the render they were made in (timers, Undo).
	const baseRef = useRef(base);
	baseRef.current = base;
	const flushRef = useRef<() => void>(() => {});

	const write = async (next: CurriculumState): Promise<CourseDetail> =>
		save.mutateAsync(toCurriculumInput(next));

	const persist = async (next: CurriculumState) => {
		const before = baseRef.current;
		try {
			await write(next);
			toast.success(t.orderSavedUndo, {
				label: t.undo,
				onClick: () => void restore(before),
			});
		} catch (e) {
			toast.error(t.orderSaveFailed(errorText(e)));
		}
	};

	const restore = async (previous: CurriculumState) => {
		try {
			await write(reconcile(previous, baseRef.current));
			toast.success(t.orderRestored);
		} catch (e) {
			toast.error(t.orderSaveFailed(errorText(e)));
		}
	};

	const cancel = () => {
		if (timer.current) clearTimeout(timer.current);
		timer.current = null;
	};

	/** Saves the waiting order now (the "Save now" button, leaving the editor). */
	const flush = () => {
		cancel();
		const next = pending.current;
		pending.current = null;
		if (next) void persist(next);
	};
	flushRef.current = flush;

	// Leaving the editor with a keyboard run still waiting saves it rather than dropping it.
	useEffect(
		() => () => {
			if (pending.current) flushRef.current();
		},
		[],
	);

	return {
		saving: save.isPending,
		flush,
		/** Called with every move's result. */
		moved: (next: CurriculumState, kind: MoveKind) => {
			pending.current = next;
			cancel();
			if (kind === "drop") flush();
			else timer.current = setTimeout(flush, KEYBOARD_SAVE_DELAY_MS);
		},
		/** Whether a keyboard run waits to be saved (or "Save now" was asked for). */
		hasPending: () => pending.current !== null,
	};
}
