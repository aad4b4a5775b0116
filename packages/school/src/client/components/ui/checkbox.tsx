"use client";
import type { ReactNode } from "react";
import { checkClass } from "../shared/cn.js";

/** A checkbox with its label beside it (the label wraps the box, so a click on the text ticks it). */
export function Checkbox({
	label,
	checked,
	onChange,
	testId,
}: {
	label: ReactNode;
	checked: boolean;
	onChange: (checked: boolean) => void;
	testId?: string;
}) {
	return (
		<label className="flex items-center gap-2 text-sm">
			<input
				type="checkbox"
				data-testid={testId}
				className={checkClass}
				checked={checked}
				onChange={(e) => onChange(e.target.checked)}
			/>
			{label}
		</label>
	);
}
