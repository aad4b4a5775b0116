"use client";
import type { ComponentProps } from "react";
import { TextField } from "./text-field.js";

/**
 * A labelled field for a whole number from 0 to `max` (minutes, days, a percentage). The value
 * stays the text typed, so a half-typed number is not lost; the form's schema checks it.
 */
export function WholeNumberField({
	max,
	...field
}: Omit<ComponentProps<typeof TextField>, "rows" | "input"> & { max: number }) {
	return (
		<TextField
			{...field}
			input={{ type: "number", inputMode: "numeric", min: 0, max, step: 1 }}
		/>
	);
}
