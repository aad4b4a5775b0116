"use client";
import { type DragEvent, useRef, useState } from "react";
import { cn } from "../shared/cn.js";
import {
	type CurriculumState,
	dropLesson,
	dropSection,
	groupLessons,
} from "./curriculum-model.js";

export type DragItem = { kind: "lesson" | "section"; id: string };
export type DropIndicator =
	| { kind: "lesson"; groupId: string; slot: number }
	| { kind: "section"; slot: number }
	| null;

/** Whether the pointer is over the lower half of the element (drop after it). */
const lowerHalf = (event: DragEvent<HTMLElement>) => {
	const rect = event.currentTarget.getBoundingClientRect();
	return event.clientY > rect.top + rect.height / 2 ? 1 : 0;
};

/**
 * Drag and drop of the curriculum (mouse and touch-pad; the move buttons and menus do the same
 * from the keyboard). Tracks what is dragged and the gap it would land in; a drop hands the new
 * state to `onDrop` (with the lesson moved, to announce it).
 */
export function useCurriculumDrag(
	order: CurriculumState,
	onDrop: (next: CurriculumState, lessonId?: string) => void,
) {
	const drag = useRef<DragItem | null>(null);
	const [indicator, setIndicator] = useState<DropIndicator>(null);

	const show = (next: NonNullable<DropIndicator>) => {
		if (JSON.stringify(next) !== JSON.stringify(indicator)) setIndicator(next);
	};
	const end = () => {
		drag.current = null;
		setIndicator(null);
	};
	const accept = (event: DragEvent<HTMLElement>, kind: DragItem["kind"]) => {
		if (drag.current?.kind !== kind) return false;
		event.preventDefault();
		event.dataTransfer.dropEffect = "move";
		return true;
	};

	return {
		indicator,
		/** The id being dragged (read while rendering, to dim its row). */
		draggingId: drag.current?.id,
		/** Props of a drag handle; the dragged image is the handle's closest `preview`. */
		handleProps: (item: DragItem, preview: "li" | "section") => ({
			draggable: true,
			onDragStart: (event: DragEvent<HTMLElement>) => {
				drag.current = item;
				event.dataTransfer.effectAllowed = "move";
				event.dataTransfer.setData("text/plain", item.id);
				const image = event.currentTarget.closest(preview);
				if (image) event.dataTransfer.setDragImage(image, 16, 16);
			},
			onDragEnd: end,
		}),
		overLesson: (
			event: DragEvent<HTMLElement>,
			groupId: string,
			index: number,
		) => {
			if (!accept(event, "lesson")) return;
			event.stopPropagation();
			show({ kind: "lesson", groupId, slot: index + lowerHalf(event) });
		},
		overGroupEnd: (event: DragEvent<HTMLElement>, groupId: string) => {
			if (!accept(event, "lesson")) return;
			const slot = (groupLessons(order, groupId) ?? []).length;
			show({ kind: "lesson", groupId, slot });
		},
		overSection: (event: DragEvent<HTMLElement>, index: number) => {
			if (!accept(event, "section")) return;
			show({ kind: "section", slot: index + lowerHalf(event) });
		},
		drop: (event: DragEvent<HTMLElement>) => {
			event.preventDefault();
			event.stopPropagation();
			const current = drag.current;
			const at = indicator;
			end();
			if (!current || !at) return;
			if (current.kind === "lesson" && at.kind === "lesson")
				onDrop(dropLesson(order, current.id, at.groupId, at.slot), current.id);
			else if (current.kind === "section" && at.kind === "section")
				onDrop(dropSection(order, current.id, at.slot));
		},
	};
}

export type CurriculumDrag = ReturnType<typeof useCurriculumDrag>;

/**
 * The one drag handle, of lessons and sections. Mouse only: keyboard users have the move
 * buttons, so it is hidden from assistive technology.
 */
export function DragHandle({
	drag,
	item,
	preview,
	title,
}: {
	drag: CurriculumDrag;
	item: DragItem;
	preview: "li" | "section";
	title: string;
}) {
	return (
		<span
			{...drag.handleProps(item, preview)}
			aria-hidden="true"
			title={title}
			data-testid={`${item.kind}-drag-handle`}
			className="cursor-grab select-none px-1 text-muted-foreground active:cursor-grabbing"
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
