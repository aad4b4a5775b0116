import type { ReactNode } from "react";
import { cn } from "../shared/cn.js";

/** A row of headline numbers (a description list, so each number is read with its label). */
export function StatList({
	testId,
	className,
	children,
}: {
	testId?: string;
	className?: string;
	children: ReactNode;
}) {
	return (
		<dl
			data-testid={testId}
			className={cn("grid grid-cols-2 gap-3 sm:grid-cols-4", className)}
		>
			{children}
		</dl>
	);
}

/** One headline number with its label, inside a `StatList`. */
export function Stat({
	label,
	value,
	testId,
}: {
	label: ReactNode;
	value: ReactNode;
	testId?: string;
}) {
	return (
		<div className="rounded-lg border border-border bg-card p-4 text-card-foreground">
			<dt className="text-sm text-muted-foreground">{label}</dt>
			<dd
				data-testid={testId}
				className="mt-1 text-2xl font-semibold tabular-nums"
			>
				{value}
			</dd>
		</div>
	);
}
