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

/**
 * A quiet destructive action among a row's tools ("Remove", "Delete section"): small, ghost,
 * red text. The loud red button is for the confirmation that follows, not for this.
 */
export function QuietDeleteButton({
	className,
	...props
}: Omit<ComponentProps<typeof Button>, "variant" | "size">) {
	return (
		<Button
			variant="ghost"
			size="sm"
			className={cn("text-destructive", className)}
			{...props}
		/>
	);
}
