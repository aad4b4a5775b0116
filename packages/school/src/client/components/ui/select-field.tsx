"use client";
import type { ComponentProps } from "react";
import { cn, selectClass } from "../shared/cn.js";
import { Field } from "./field.js";

/**
 * A labelled select (`Field` with its control) over a list of values, each named by
 * `optionLabel`; `emptyLabel` adds a first option with the value `""` (none chosen).
 */
export function SelectField<V extends string>({
	testId,
	value,
	values,
	optionLabel,
	emptyLabel,
	onChange,
	selectClassName,
	...field
}: Omit<ComponentProps<typeof Field>, "children"> & {
	testId: string;
	value: V;
	values: readonly V[];
	optionLabel: (value: V) => string;
	emptyLabel?: string;
	/** Receives one of `values` (or `""` when `emptyLabel` offers it). */
	onChange: (value: V) => void;
	selectClassName?: string;
}) {
	return (
		<Field {...field}>
			{(control) => (
				<select
					{...control}
					data-testid={testId}
					className={cn(selectClass, selectClassName)}
					value={value}
					// The select holds only the options below, so its value is one of them.
					onChange={(e) => onChange(e.target.value as V)}
				>
					<SelectOptions
						values={values}
						optionLabel={optionLabel}
						emptyLabel={emptyLabel}
					/>
				</select>
			)}
		</Field>
	);
}

/**
 * A select's options: one per value, named by `optionLabel`, after an optional first option
 * with the value `""` (none chosen, or no filter).
 */
export function SelectOptions<V extends string>({
	values,
	optionLabel,
	emptyLabel,
}: {
	values: readonly V[];
	optionLabel: (value: V) => string;
	emptyLabel?: string;
}) {
	return (
		<>
			{emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
			{values.map((v) => (
				<option key={v} value={v}>
					{optionLabel(v)}
				</option>
			))}
		</>
	);
}
