"use client";
import type { ComponentProps } from "react";
import { cn, inputClass, textareaClass } from "../shared/cn.js";
import { Field } from "./field.js";

/** What an input may add to a `TextField` (its type, placeholder, limits); never its wiring. */
type InputExtras = Omit<
	ComponentProps<"input">,
	"id" | "name" | "value" | "onChange" | "children"
>;

/**
 * A labelled text field (`Field` with its control): a one-line input, or a textarea when `rows`
 * is given. `onChange` gets the text; `input` adds attributes such as `type` or `maxLength`.
 */
export function TextField({
	testId,
	value,
	onChange,
	rows,
	input,
	...field
}: Omit<ComponentProps<typeof Field>, "children"> & {
	testId: string;
	value: string;
	onChange: (value: string) => void;
	/** A multi-line textarea of this many rows instead of an input. */
	rows?: number;
	input?: InputExtras;
}) {
	return (
		<Field {...field}>
			{(control) =>
				rows ? (
					<textarea
						{...control}
						data-testid={testId}
						className={textareaClass}
						rows={rows}
						value={value}
						onChange={(e) => onChange(e.target.value)}
					/>
				) : (
					<input
						{...input}
						{...control}
						data-testid={testId}
						className={cn(inputClass, input?.className)}
						value={value}
						onChange={(e) => onChange(e.target.value)}
					/>
				)
			}
		</Field>
	);
}
