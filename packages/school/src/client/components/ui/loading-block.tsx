import { useSchool } from "../../hooks/use-school.js";
import { PageShell, Skeleton } from "../shared/states.js";

/**
 * What a panel shows while its data loads: skeleton blocks for sighted readers and one
 * "Loading" status for screen readers (the skeletons themselves are silent).
 */
export function LoadingBlock({
	label,
	blocks,
	testId,
	className,
}: {
	/** The status text read out (the localized "Loading…"). */
	label: string;
	/** The class of each skeleton block, in order (its size). */
	blocks: readonly string[];
	testId?: string;
	className?: string;
}) {
	return (
		<div data-testid={testId} className={className}>
			<span className="sr-only" role="status">
				{label}
			</span>
			{blocks.map((block, i) => (
				// The blocks never reorder: their place is their identity.
				// biome-ignore lint/suspicious/noArrayIndexKey: static skeleton list
				<Skeleton key={i} className={block} />
			))}
		</div>
	);
}

/** A whole page while its data loads: the page's own shell (test id, width) around the blocks. */
export function PageLoading({
	testId,
	className,
	blocks,
}: {
	testId: string;
	className?: string;
	blocks: readonly string[];
}) {
	const { t } = useSchool();
	return (
		<PageShell testId={testId} className={className}>
			<LoadingBlock label={t.loading} blocks={blocks} />
		</PageShell>
	);
}
