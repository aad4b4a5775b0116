"use client";
import { type PointerEvent, useRef, useState } from "react";
import { cn } from "../shared/cn.js";
import {
	type CurriculumState,
	dropLesson,
	dropSection,
} from "./curriculum-model.js";

export type DragItem = { kind: "lesson" | "section"; id: string };
export type DropIndicator =
	| { kind: "lesson"; groupId: string; slot: number }
	| { kind: "section"; slot: number }
	| null;

/** Distance from the viewport's top or bottom edge where a drag scrolls the page. */
const EDGE_PX = 56;
const SCROLL_STEP_PX = 12;

/** 1 when the point is over the lower half of the element (drop after it), else 0. */
const lowerHalf = (el: Element, clientY: number) => {
	const rect = el.getBoundingClientRect();
	return clientY > rect.top + rect.height / 2 ? 1 : 0;
};

const numberAttr = (el: Element, name: string) =>
	Number(el.getAttribute(name) ?? "0");

/**
 * The gap under a point, read from the editor's `data-*` marks: lesson rows carry their group
 * and index, lesson lists their group and length, section rows their index.
 */
export function indicatorAt(
	kind: DragItem["kind"],
	target: Element | null,
	clientY: number,
): DropIndicator {
	if (!target) return null;
	if (kind === "section") {
		const row = target.closest("[data-section-index]");
		if (!row) return null;
		return {
			kind: "section",
			slot: numberAttr(row, "data-section-index") + lowerHalf(row, clientY),
		};
	}
	const row = target.closest("[data-lesson-index]");
	const groupId = row?.getAttribute("data-lesson-group-id");
	if (row && groupId)
		return {
			kind: "lesson",
			groupId,
			slot: numberAttr(row, "data-lesson-index") + lowerHalf(row, clientY),
		};
	// Over a list's empty space, or anywhere else in a section's card: the end of that group.
	const list =
		target.closest("[data-lesson-group]") ??
		target
			.closest("[data-section-index]")
			?.querySelector("[data-lesson-group]");
	const group = list?.getAttribute("data-lesson-group");
	if (!list || !group) return null;
	return {
		kind: "lesson",
		groupId: group,
		slot: numberAttr(list, "data-lesson-count"),
	};
}

/**
 * Drag and drop of the curriculum with pointer events, so a mouse, a pen and a finger all work
 * (HTML5 drag and drop never starts from a touch). The handle captures the pointer; every move
 * looks up the element under it and shows the gap the item would land in; releasing hands the
 * new state to `onDrop` (with the lesson moved, to announce it). The move buttons and section
 * menus do the same from the keyboard.
 */
export function useCurriculumDrag(
	order: CurriculumState,
	onDrop: (next: CurriculumState, lessonId?: string) => void,
) {
	const drag = useRef<(DragItem & { pointerId: number }) | null>(null);
	const [draggingId, setDraggingId] = useState<string>();
	const [indicator, setIndicator] = useState<DropIndicator>(null);
	// The latest gap, read on release (state from the last render may lag one move behind).
	const latest = useRef<DropIndicator>(null);

	const end = () => {
		drag.current = null;
		latest.current = null;
		setDraggingId(undefined);
		setIndicator(null);
	};

	const move = (event: PointerEvent<HTMLElement>) => {
		const current = drag.current;
		if (!current || current.pointerId !== event.pointerId) return;
		event.preventDefault();
		const { clientX, clientY } = event;
		// A finger cannot scroll while it drags (touch-action: none): scroll near the edges.
		if (typeof window !== "undefined") {
			if (clientY < EDGE_PX) window.scrollBy(0, -SCROLL_STEP_PX);
			else if (clientY > window.innerHeight - EDGE_PX)
				window.scrollBy(0, SCROLL_STEP_PX);
		}
		const under =
			typeof document !== "undefined" && document.elementFromPoint
				? document.elementFromPoint(clientX, clientY)
				: null;
		const next = indicatorAt(current.kind, under, clientY);
		latest.current = next;
		setIndicator((shown) =>
			JSON.stringify(shown) === JSON.stringify(next) ? shown : next,
		);
	};

	const release = (event: PointerEvent<HTMLElement>) => {
		const current = drag.current;
		if (!current || current.pointerId !== event.pointerId) return;
		const at = latest.current;
		end();
		if (!at) return;
		if (current.kind === "lesson" && at.kind === "lesson")
			onDrop(dropLesson(order, current.id, at.groupId, at.slot), current.id);
		else if (current.kind === "section" && at.kind === "section")
			onDrop(dropSection(order, current.id, at.slot));
	};

	return {
		indicator,
		/** The id being dragged, to dim its row. */
		draggingId,
		/** Props of a drag handle. */
		handleProps: (item: DragItem) => ({
			onPointerDown: (event: PointerEvent<HTMLElement>) => {
				// Main button of a mouse only; any touch or pen contact.
				if (event.pointerType === "mouse" && event.button !== 0) return;
				event.preventDefault();
				event.currentTarget.setPointerCapture?.(event.pointerId);
				drag.current = { ...item, pointerId: event.pointerId };
				latest.current = null;
				setDraggingId(item.id);
			},
			onPointerMove: move,
			onPointerUp: release,
			onPointerCancel: end,
		}),
	};
}

export type CurriculumDrag = ReturnType<typeof useCurriculumDrag>;

/**
 * The one drag handle, of lessons and sections: a finger-sized target that does not scroll the
 * page when touched. Keyboard and screen-reader users have the move buttons and menus, so it is
 * hidden from assistive technology.
 */
export function DragHandle({
	drag,
	item,
	title,
}: {
	drag: CurriculumDrag;
	item: DragItem;
	title: string;
}) {
	return (
		<span
			{...drag.handleProps(item)}
			aria-hidden="true"
			title={title}
			data-testid={`${item.kind}-drag-handle`}
			className="inline-flex h-9 w-8 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-lg text-muted-foreground select-none hover:bg-muted active:cursor-grabbing"
		>
			⠿
		</span>
	);
}

/** Where a dragged item will land. */
export function DropLine({
	className,
	item = true,
}: {
	className?: string;
	/** Inside a list (an `li`), or positioned over one (a `div`). */
	item?: boolean;
}) {
	const look = cn("h-0.5 list-none rounded-full bg-primary", className);
	return item ? (
		<li aria-hidden="true" className={look} />
	) : (
		<div aria-hidden="true" className={look} />
	);
}
