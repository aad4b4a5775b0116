"use client";
import type { ReactNode } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { checkClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { Checkbox } from "../ui/checkbox.js";
import { FieldError } from "../ui/field.js";
import { EditableTextRow } from "./editable-text-row.js";
import {
	type DraftQuestion,
	type DraftQuiz,
	MAX_ACCEPTED,
	MAX_OPTIONS,
} from "./quiz-draft.js";
import {
	addAccepted,
	addOption,
	removeAccepted,
	removeOption,
	setCaseSensitive,
	setTrueFalse,
	toggleCorrect,
	updateAccepted,
	updateOptionText,
} from "./quiz-draft-operations.js";
import type { PendingFocus } from "./use-quiz-focus.js";

/** What every answer editor of a question gets. */
export interface AnswerFieldsProps {
	/** The question editor's id prefix. */
	uid: string;
	question: DraftQuestion;
	index: number;
	/** The question's issues by field (`options`, `options.1`, `correct`, `accepted.0`, …). */
	at: (key: string) => string[] | undefined;
	update: (fn: (quiz: DraftQuiz) => DraftQuiz) => void;
	requestFocus: (focus: PendingFocus) => void;
	/** "(question 2)" for screen readers, after button texts that repeat in every question. */
	questionRef: ReactNode;
}

/** The options of a single or multiple choice question, each marked correct or not. */
export function ChoiceOptions(props: AnswerFieldsProps) {
	const { uid, question, index, at, update } = props;
	const { t } = useSchool();
	return (
		<fieldset className="mb-3">
			<legend className="mb-1 text-sm font-medium">{t.optionsLegend}</legend>
			<p
				id={`${uid}-options-hint`}
				className="mb-2 text-sm text-muted-foreground"
			>
				{question.type === "single"
					? t.optionsHintSingle
					: t.optionsHintMultiple}
			</p>
			<TextRows
				answer={props}
				field="options"
				idPart="option"
				rows={question.options}
				rowTestId="quiz-option"
				inputTestId="option-text"
				label={t.optionLabel}
				removeLabel={t.removeOption}
				removeTestId="remove-option"
				onText={(id, text) =>
					update((q) => updateOptionText(q, index, id, text))
				}
				onRemove={(id) => update((q) => removeOption(q, index, id))}
				before={(option, oi) => (
					<>
						<input
							id={`${uid}-correct-${option.id}`}
							data-testid="option-correct"
							type={question.type === "single" ? "radio" : "checkbox"}
							name={`${uid}-correct`}
							className={checkClass}
							checked={question.correct.includes(option.id)}
							onChange={(e) =>
								update((q) =>
									toggleCorrect(q, index, option.id, e.target.checked),
								)
							}
							aria-describedby={`${uid}-options-hint`}
						/>
						<label htmlFor={`${uid}-correct-${option.id}`} className="sr-only">
							{t.optionCorrectLabel(oi + 1)}
						</label>
					</>
				)}
			/>
			<FieldError id={`${uid}-correct`} messages={at("correct")} />
			<AddRowButton
				answer={props}
				testId="add-option"
				rowTestId="option-text"
				className="mt-2"
				disabled={question.options.length >= MAX_OPTIONS}
				onAdd={() => update((q) => addOption(q, index))}
			>
				{t.addOption}
			</AddRowButton>
		</fieldset>
	);
}

/** The answer of a true/false question. */
export function TrueFalseAnswer({
	uid,
	question,
	index,
	at,
	update,
}: AnswerFieldsProps) {
	const { t } = useSchool();
	return (
		<fieldset className="mb-3">
			<legend className="mb-1 text-sm font-medium">{t.trueFalseLegend}</legend>
			<div className="flex gap-4">
				{[true, false].map((value) => (
					<label
						key={String(value)}
						className="flex items-center gap-2 text-sm"
					>
						<input
							type="radio"
							data-testid={`true-false-${value}`}
							name={`${uid}-tf`}
							className={checkClass}
							checked={question.correctBool === value}
							onChange={() => update((q) => setTrueFalse(q, index, value))}
						/>
						{value ? t.trueLabel : t.falseLabel}
					</label>
				))}
			</div>
			<FieldError id={`${uid}-tf`} messages={at("correct")} />
		</fieldset>
	);
}

/** The accepted answers of a short-text question, and whether case matters. */
export function AcceptedAnswers(props: AnswerFieldsProps) {
	const { question, index, update } = props;
	const { t } = useSchool();
	return (
		<fieldset className="mb-3">
			<legend className="mb-1 text-sm font-medium">
				{t.acceptedAnswersLegend}
			</legend>
			<TextRows
				answer={props}
				field="accepted"
				idPart="accepted"
				rows={question.accepted}
				inputTestId="accepted-answer"
				label={t.acceptedAnswerLabel}
				removeLabel={t.removeAcceptedAnswer}
				removeTestId="remove-accepted"
				onText={(id, text) => update((q) => updateAccepted(q, index, id, text))}
				onRemove={(id) => update((q) => removeAccepted(q, index, id))}
			/>
			<div className="mt-2 flex flex-wrap items-center gap-4">
				<AddRowButton
					answer={props}
					testId="add-accepted"
					rowTestId="accepted-answer"
					disabled={question.accepted.length >= MAX_ACCEPTED}
					onAdd={() => update((q) => addAccepted(q, index))}
				>
					{t.addAcceptedAnswer}
				</AddRowButton>
				<Checkbox
					label={t.caseSensitiveLabel}
					testId="case-sensitive"
					checked={question.caseSensitive}
					onChange={(on) => update((q) => setCaseSensitive(q, index, on))}
				/>
			</div>
		</fieldset>
	);
}

/**
 * A question's editable text answers (choice options or accepted answers): one labelled row
 * each with its remove button and error (`<field>.<n>`), then the list's own error (`<field>`).
 */
function TextRows<R extends { id: string; text: string }>({
	answer: { uid, at },
	field,
	idPart,
	rows,
	rowTestId,
	inputTestId,
	label,
	removeLabel,
	removeTestId,
	onText,
	onRemove,
	before,
}: {
	answer: AnswerFieldsProps;
	/** The issue key of the list (its rows' keys are `<field>.<n>`). */
	field: "options" | "accepted";
	/** The middle of each row's input id, `<uid>-<idPart>-<row id>`. */
	idPart: string;
	rows: readonly R[];
	rowTestId?: string;
	inputTestId: string;
	label: (n: number) => string;
	removeLabel: (n: number) => string;
	removeTestId: string;
	onText: (id: string, text: string) => void;
	onRemove: (id: string) => void;
	/** What stands before a row's text box (the choice's correct mark). */
	before?: (row: R, index: number) => ReactNode;
}) {
	return (
		<>
			<ol className="m-0 flex list-none flex-col gap-2 p-0">
				{rows.map((row, i) => (
					<li key={row.id} data-testid={rowTestId}>
						<EditableTextRow
							id={`${uid}-${idPart}-${row.id}`}
							label={label(i + 1)}
							testId={inputTestId}
							value={row.text}
							onChange={(text) => onText(row.id, text)}
							errors={at(`${field}.${i}`)}
							removeLabel={removeLabel(i + 1)}
							removeTestId={removeTestId}
							onRemove={() => onRemove(row.id)}
							before={before?.(row, i)}
						/>
					</li>
				))}
			</ol>
			<FieldError id={`${uid}-${field}`} messages={at(field)} />
		</>
	);
}

/** Adds an answer row and moves focus to its (new, last) text box. */
function AddRowButton({
	answer: { question, requestFocus, questionRef },
	testId,
	rowTestId,
	className,
	disabled,
	onAdd,
	children,
}: {
	answer: AnswerFieldsProps;
	testId: string;
	/** The test id of the rows' text boxes; the last one gets the focus. */
	rowTestId: string;
	className?: string;
	disabled: boolean;
	onAdd: () => void;
	children: ReactNode;
}) {
	return (
		<Button
			variant="outline"
			size="sm"
			data-testid={testId}
			className={className}
			disabled={disabled}
			onClick={() => {
				onAdd();
				requestFocus({
					questionId: question.id,
					selector: `[data-testid="${rowTestId}"]`,
					last: true,
				});
			}}
		>
			{children}
			{questionRef}
		</Button>
	);
}
