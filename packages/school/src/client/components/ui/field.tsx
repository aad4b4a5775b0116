"use client";
import type { ReactNode } from "react";
import { cn } from "../shared/cn.js";

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
	id: string;
	name?: string;
	"aria-invalid"?: true;
	"aria-describedby"?: string;
}

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

/**
 * The props that tie a control to its hint and error: `aria-invalid` while it has an error and
 * `aria-describedby` naming the hint and the error, so screen readers read both with the control.
 */
export function fieldControl(
	id: string,
	{
		name,
		hint,
		errors,
	}: { name?: string; hint?: boolean; errors?: readonly string[] } = {},
): FieldControlProps {
	const invalid = !!errors?.length;
	const described = [hint ? hintId(id) : "", invalid ? errorId(id) : ""]
		.filter(Boolean)
		.join(" ");
	return {
		id,
		...(name ? { name } : {}),
		...(invalid ? { "aria-invalid": true as const } : {}),
		...(described ? { "aria-describedby": described } : {}),
	};
}

/**
 * The one way a field error is shown: destructive text under the control, with the id that the
 * control's `aria-describedby` names (see `fieldControl`). Renders nothing without messages.
 */
export function FieldError({
	id,
	messages,
	testId = "field-issues",
	className,
}: {
	/** The control's id; the error's own id is derived from it. */
	id: string;
	messages: readonly string[] | undefined;
	testId?: string;
	className?: string;
}) {
	if (!messages?.length) return null;
	return (
		<div
			id={errorId(id)}
			data-testid={testId}
			className={cn("mt-1 text-sm font-medium text-destructive", className)}
		>
			{messages.map((m) => (
				<p key={m}>{m}</p>
			))}
		</div>
	);
}

/** A field's hint, under the control (its id is what `fieldControl(id, { hint: true })` names). */
export function FieldHint({
	id,
	children,
	className,
}: {
	id: string;
	children: ReactNode;
	className?: string;
}) {
	return (
		<p
			id={hintId(id)}
			className={cn("mt-1 text-xs text-muted-foreground", className)}
		>
			{children}
		</p>
	);
}

/**
 * A labelled form field: label, the control (given the props that tie it to the label, hint and
 * error), hint and error. `labelHidden` keeps the label for screen readers only (rows of a list
 * whose column says what they are).
 */
export function Field({
	id,
	label,
	name,
	hint,
	errors,
	errorTestId,
	labelHidden,
	hintHidden,
	labelAside,
	className,
	children,
}: {
	id: string;
	label: ReactNode;
	name?: string;
	hint?: ReactNode;
	errors?: readonly string[];
	errorTestId?: string;
	labelHidden?: boolean;
	/** The hint is for screen readers only (the control's look already says it). */
	hintHidden?: boolean;
	/** Shown on the label's line, at its end (e.g. a preview toggle). */
	labelAside?: ReactNode;
	className?: string;
	children: (control: FieldControlProps) => ReactNode;
}) {
	const labelEl = (
		<label
			htmlFor={id}
			className={labelHidden ? "sr-only" : "text-sm font-medium"}
		>
			{label}
		</label>
	);
	return (
		<div className={cn("flex flex-col gap-1.5", className)}>
			{labelAside ? (
				<div className="flex flex-wrap items-center justify-between gap-2">
					{labelEl}
					{labelAside}
				</div>
			) : (
				labelEl
			)}
			{children(fieldControl(id, { name, hint: !!hint, errors }))}
			{hint ? (
				<FieldHint id={id} className={hintHidden ? "sr-only" : "mt-0"}>
					{hint}
				</FieldHint>
			) : null}
			<FieldError
				id={id}
				messages={errors}
				testId={errorTestId}
				className="mt-0"
			/>
		</div>
	);
}
