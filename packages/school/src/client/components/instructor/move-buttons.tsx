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
	// Up then down: the same button twice, differing in direction, name and where it stops.
	const moves = [
		{
			delta: -1,
			id: "move-up",
			label: t.moveUpNamed(name),
			end: first,
			arrow: "↑",
		},
		{
			delta: 1,
			id: "move-down",
			label: t.moveDownNamed(name),
			end: last,
			arrow: "↓",
		},
	] as const;
	return (
		<>
			{moves.map((move) => (
				<Button
					key={move.id}
					variant="ghost"
					size="icon"
					data-testid={`${testIdPrefix}${move.id}`}
					aria-label={move.label}
					title={move.label}
					disabled={move.end}
					onClick={() => onMove(move.delta)}
				>
					<span aria-hidden="true">{move.arrow}</span>
				</Button>
			))}
		</>
	);
}
