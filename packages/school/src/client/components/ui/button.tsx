"use client";
import type { ComponentProps } from "react";
import {
	type ButtonSize,
	type ButtonVariant,
	buttonClass,
	cn,
} from "../shared/cn.js";

export { type ButtonSize, type ButtonVariant, buttonClass };

/**
 * A button in one of the shared looks. `type` defaults to "button": inside the editors' forms a
 * forgotten type would otherwise submit the form.
 */
export function Button({
	variant = "primary",
	size = "md",
	type = "button",
	className,
	...props
}: ComponentProps<"button"> & {
	variant?: ButtonVariant;
	size?: ButtonSize;
}) {
	return (
		<button
			type={type}
			className={cn(buttonClass(variant, size), className)}
			{...props}
		/>
	);
}

/**
 * The "×" button that removes or dismisses the thing beside it. The glyph is hidden; `label`
 * names the action for screen readers and as the tooltip ("Remove option 2").
 */
export function RemoveButton({
	label,
	variant = "ghost",
	...props
}: Omit<ComponentProps<typeof Button>, "children" | "aria-label" | "title"> & {
	label: string;
}) {
	return (
		<Button variant={variant} aria-label={label} title={label} {...props}>
			<span aria-hidden="true">×</span>
		</Button>
	);
}
