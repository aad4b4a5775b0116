"use client";
import type { ReactNode } from "react";
import { inputClass } from "../shared/cn.js";
import { RemoveButton } from "../ui/button.js";
import { FieldError, fieldControl } from "../ui/field.js";

/**
 * One editable text of a list (an option, an accepted answer): an optional control before it
 * (the option's "correct" mark), its visually hidden label, the input tied to its errors, and a
 * remove button, with the errors under the row.
 */
export function EditableTextRow({
	id,
	label,
	testId,
	value,
	onChange,
	errors,
	removeLabel,
	removeTestId,
	onRemove,
	before,
}: {
	id: string;
	label: string;
	testId: string;
	value: string;
	onChange: (text: string) => void;
	errors: readonly string[] | undefined;
	removeLabel: string;
	removeTestId: string;
	onRemove: () => void;
	before?: ReactNode;
}) {
	return (
		<>
			<div className="flex items-center gap-2">
				{before}
				<label htmlFor={id} className="sr-only">
					{label}
				</label>
				<input
					{...fieldControl(id, { errors })}
					data-testid={testId}
					className={inputClass}
					placeholder={label}
					value={value}
					onChange={(e) => onChange(e.target.value)}
				/>
				<RemoveButton
					size="sm"
					data-testid={removeTestId}
					label={removeLabel}
					onClick={onRemove}
				/>
			</div>
			<FieldError id={id} messages={errors} />
		</>
	);
}
