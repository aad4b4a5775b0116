"use client";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "./button.js";

/** Previous / "Page 2 of 5" / Next under a paged list; nothing when everything fits one page. */
export function Pager({
	label,
	offset,
	limit,
	total,
	onOffset,
	testId,
}: {
	/** Names the navigation landmark (the list's heading). */
	label: string;
	offset: number;
	limit: number;
	total: number;
	onOffset: (offset: number) => void;
	/** Prefix of the buttons' test ids (`<testId>-previous`, `<testId>-next`). */
	testId: string;
}) {
	const { t } = useSchool();
	const pages = Math.max(1, Math.ceil(total / limit));
	const page = Math.floor(offset / limit) + 1;
	if (pages <= 1) return null;
	return (
		<nav aria-label={label} className="flex items-center justify-between gap-2">
			<Button
				variant="outline"
				size="sm"
				data-testid={`${testId}-previous`}
				disabled={offset === 0}
				onClick={() => onOffset(Math.max(0, offset - limit))}
			>
				{t.previousPage}
			</Button>
			<span className="text-sm text-muted-foreground" aria-live="polite">
				{t.pageOf(page, pages)}
			</span>
			<Button
				variant="outline"
				size="sm"
				data-testid={`${testId}-next`}
				disabled={page >= pages}
				onClick={() => onOffset(offset + limit)}
			>
				{t.nextPage}
			</Button>
		</nav>
	);
}
