import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "../shared/cn.js";

/**
 * A data table in a horizontally scrolling frame. The frame is a labelled, focusable region so
 * keyboard users can scroll a table wider than a phone (axe: `scrollable-region-focusable`).
 */
export function Table({
	label,
	testId,
	className,
	busy,
	children,
}: {
	/** Names the scroll region (usually the section's heading text). */
	label: string;
	testId?: string;
	/** Classes of the `<table>`, e.g. its minimum width. */
	className?: string;
	/** Older rows shown while the next page loads: dimmed and marked busy. */
	busy?: boolean;
	children: ReactNode;
}) {
	return (
		<section
			aria-label={label}
			// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
			tabIndex={0}
			aria-busy={busy || undefined}
			className={cn(
				"overflow-x-auto rounded-lg border border-border focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
				busy && "opacity-60",
			)}
		>
			<table
				data-testid={testId}
				className={cn("w-full border-collapse text-sm", className)}
			>
				{children}
			</table>
		</section>
	);
}

/** The table's head row. */
export function TableHead({ children }: { children: ReactNode }) {
	return (
		<thead className="bg-muted/50 text-left whitespace-nowrap text-muted-foreground">
			<tr>{children}</tr>
		</thead>
	);
}

/** `numeric`: a column of numbers, aligned to the end with tabular figures. */
type Numeric = { numeric?: boolean };

/** A column heading. */
export function Th({
	numeric,
	className,
	...props
}: ThHTMLAttributes<HTMLTableCellElement> & Numeric) {
	return (
		<th
			scope="col"
			className={cn(
				"px-4 py-3 font-medium",
				numeric && "text-right",
				className,
			)}
			{...props}
		/>
	);
}

/** A row heading: the cell that names the row (a course, a learner, a lesson). */
export function RowHeader({
	className,
	...props
}: ThHTMLAttributes<HTMLTableCellElement>) {
	return (
		<th
			scope="row"
			className={cn("px-4 py-3 text-left font-normal", className)}
			{...props}
		/>
	);
}

/** A data cell. */
export function Td({
	numeric,
	className,
	...props
}: TdHTMLAttributes<HTMLTableCellElement> & Numeric) {
	return (
		<td
			className={cn(
				"px-4 py-3",
				numeric && "text-right tabular-nums",
				className,
			)}
			{...props}
		/>
	);
}
