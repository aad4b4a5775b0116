"use client";
import type { ReactNode } from "react";
import { inputClass } from "../shared/cn.js";
import { Field } from "./field.js";

/**
 * A labelled field for a whole number from 0 to `max` (minutes, days, a percentage). The value
 * stays the text typed, so a half-typed number is not lost; the form's schema checks it.
 */
export function WholeNumberField({
	id,
	label,
	hint,
	errors,
	testId,
	max,
	value,
	onChange,
}: {
	id: string;
	label: ReactNode;
	hint?: ReactNode;
	errors?: readonly string[];
	testId: string;
	max: number;
	value: string;
	onChange: (value: string) => void;
}) {
	return (
		<Field id={id} label={label} hint={hint} errors={errors}>
			{(control) => (
				<input
					{...control}
					data-testid={testId}
					type="number"
					inputMode="numeric"
					min={0}
					max={max}
					step={1}
					className={inputClass}
					value={value}
					onChange={(e) => onChange(e.target.value)}
				/>
			)}
		</Field>
	);
}
