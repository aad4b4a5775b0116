"use client";
import { cn, inputClass, selectClass } from "../shared/cn.js";
import { SelectOptions } from "./select-field.js";

/**
 * The labelled search box above a filtered list. Typing calls `onChange`; the list resets its
 * page there, so every filter control goes back to the first page the same way.
 */
export function SearchFilter({
	label,
	placeholder,
	value,
	onChange,
	testId,
	disabled,
}: {
	label: string;
	placeholder: string;
	value: string;
	onChange: (value: string) => void;
	testId: string;
	disabled?: boolean;
}) {
	return (
		<label className={filterLabelClass}>
			{label}
			<input
				type="search"
				className={inputClass}
				data-testid={testId}
				placeholder={placeholder}
				disabled={disabled}
				value={value}
				onChange={(e) => onChange(e.target.value)}
			/>
		</label>
	);
}

/**
 * A labelled select over a list of values, with an optional first "all" option (value `""`)
 * that clears the filter. `optionLabel` names each value in the reader's language.
 */
export function SelectFilter<V extends string>({
	label,
	value,
	values,
	optionLabel,
	allLabel,
	onChange,
	testId,
	className,
	disabled,
}: {
	label: string;
	value: V | "";
	values: readonly V[];
	optionLabel: (value: V) => string;
	/** The text of a leading option with the value `""` (no filter); none without it. */
	allLabel?: string;
	/** Receives one of `values`, or `""` for the "all" option. */
	onChange: (value: V | "") => void;
	testId: string;
	className?: string;
	disabled?: boolean;
}) {
	return (
		<label className={cn(filterLabelClass, className)}>
			{label}
			<select
				className={selectClass}
				data-testid={testId}
				disabled={disabled}
				value={value}
				// The select holds only the options below, so its value is one of them.
				onChange={(e) => onChange(e.target.value as V | "")}
			>
				<SelectOptions
					values={values}
					optionLabel={optionLabel}
					emptyLabel={allLabel}
				/>
			</select>
		</label>
	);
}

const filterLabelClass = "flex flex-col gap-1 text-sm font-medium";
