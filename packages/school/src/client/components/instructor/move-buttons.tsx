"use client";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";

/**
 * The up/down pair that moves a lesson or a section from the keyboard, named for the item it
 * moves. `testIdPrefix` tells the pairs apart (`move-up`, `section-move-up`).
 */
export function MoveButtons({
	name,
	first,
	last,
	onMove,
	testIdPrefix = "",
}: {
	name: string;
	first: boolean;
	last: boolean;
	onMove: (delta: -1 | 1) => void;
	testIdPrefix?: string;
}) {
	const { t } = useSchool();
	return (
		<>
			<Button
				variant="ghost"
				size="icon"
				data-testid={`${testIdPrefix}move-up`}
				aria-label={t.moveUpNamed(name)}
				title={t.moveUpNamed(name)}
				disabled={first}
				onClick={() => onMove(-1)}
			>
				<span aria-hidden="true">↑</span>
			</Button>
			<Button
				variant="ghost"
				size="icon"
				data-testid={`${testIdPrefix}move-down`}
				aria-label={t.moveDownNamed(name)}
				title={t.moveDownNamed(name)}
				disabled={last}
				onClick={() => onMove(1)}
			>
				<span aria-hidden="true">↓</span>
			</Button>
		</>
	);
}
