import { cn } from "../shared/cn.js";
import { ProgressBar } from "../shared/states.js";

/**
 * A progress bar of fixed width with its percentage written beside it (the bar is labelled for
 * screen readers; the number is for everyone reading the table).
 */
export function ProgressWithValue({
	value,
	label,
	percent,
	barClassName = "w-24",
}: {
	value: number;
	/** The bar's accessible name. */
	label: string;
	/** The value as the reader's locale writes a percentage. */
	percent: string;
	barClassName?: string;
}) {
	return (
		<div className="flex items-center gap-2">
			<div className={cn(barClassName)}>
				<ProgressBar value={value} label={label} />
			</div>
			<span className="tabular-nums text-muted-foreground">{percent}</span>
		</div>
	);
}
