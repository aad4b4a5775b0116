import type { ReactNode } from "react";
import { cn } from "../shared/cn.js";

/**
 * The dashed box a list or panel shows when it has nothing to show: an optional heading, the
 * explanation, and an optional action (a link or button) under it.
 */
export function EmptyState({
	testId,
	title,
	headingLevel = 2,
	action,
	large = false,
	children,
}: {
	testId: string;
	title?: ReactNode;
	/** The heading's level in the page outline (a panel inside a tab sits one level lower). */
	headingLevel?: 2 | 3;
	action?: ReactNode;
	/** Page-level emptiness (more room, a larger heading) rather than a panel's. */
	large?: boolean;
	children: ReactNode;
}) {
	const Heading = headingLevel === 3 ? "h3" : "h2";
	return (
		<div
			data-testid={testId}
			className={cn(
				"rounded-lg border border-dashed border-border text-center",
				large ? "p-10" : "p-8",
			)}
		>
			{title ? (
				<Heading className={cn("font-semibold", large && "text-lg")}>
					{title}
				</Heading>
			) : null}
			<p
				className={cn(
					"mx-auto max-w-md text-muted-foreground",
					title && "mt-1",
					!large && title && "text-sm",
					action ? "mb-4" : null,
				)}
			>
				{children}
			</p>
			{action}
		</div>
	);
}
