import type { ReactNode } from "react";
import { cn } from "../shared/cn.js";

/** One headline number with its label. */
export interface StatItem {
	label: ReactNode;
	value: ReactNode;
	testId?: string;
}

/**
 * A row of headline numbers, in order. A description list, so each number is read with its
 * label; the value carries the test id.
 */
export function StatList({
	items,
	testId,
	className,
}: {
	items: readonly StatItem[];
	testId?: string;
	className?: string;
}) {
	return (
		<dl
			data-testid={testId}
			className={cn("grid grid-cols-2 gap-3 sm:grid-cols-4", className)}
		>
			{items.map((item, i) => (
				<div
					// A stat row is fixed, and its labels may be elements: the place is the identity.
					// biome-ignore lint/suspicious/noArrayIndexKey: static list
					key={i}
					className="rounded-lg border border-border bg-card p-4 text-card-foreground"
				>
					<dt className="text-sm text-muted-foreground">{item.label}</dt>
					<dd
						data-testid={item.testId}
						className="mt-1 text-2xl font-semibold tabular-nums"
					>
						{item.value}
					</dd>
				</div>
			))}
		</dl>
	);
}
