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
			<AddRowButton answer={props} field="options" className="mt-2" />
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
			<TextRows answer={props} field="accepted" />
			<div className="mt-2 flex flex-wrap items-center gap-4">
				<AddRowButton answer={props} field="accepted" />
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
 * The two lists of editable texts a question can have, and what differs between them: ids and
 * test ids, texts, the limit and the draft operations. Issue keys are `<field>` for the list
 * and `<field>.<n>` for a row.
 */
const TEXT_LISTS = {
	options: {
		idPart: "option",
		rowTestId: "quiz-option",
		inputTestId: "option-text",
		removeTestId: "remove-option",
		addTestId: "add-option",
		max: MAX_OPTIONS,
		label: "optionLabel",
		removeLabel: "removeOption",
		addLabel: "addOption",
		add: addOption,
		edit: updateOptionText,
		remove: removeOption,
	},
	accepted: {
		idPart: "accepted",
		rowTestId: undefined,
		inputTestId: "accepted-answer",
		removeTestId: "remove-accepted",
		addTestId: "add-accepted",
		max: MAX_ACCEPTED,
		label: "acceptedAnswerLabel",
		removeLabel: "removeAcceptedAnswer",
		addLabel: "addAcceptedAnswer",
		add: addAccepted,
		edit: updateAccepted,
		remove: removeAccepted,
	},
} as const;

type TextListField = keyof typeof TEXT_LISTS;

/** A question's editable texts of one list: a labelled row each, then the list's own error. */
function TextRows({
	answer: { uid, question, index, at, update },
	field,
	before,
}: {
	answer: AnswerFieldsProps;
	field: TextListField;
	/** What stands before a row's text box (the choice's correct mark). */
	before?: (row: { id: string }, index: number) => ReactNode;
}) {
	const { t } = useSchool();
	const list = TEXT_LISTS[field];
	return (
		<>
			<ol className="m-0 flex list-none flex-col gap-2 p-0">
				{question[field].map((row, i) => (
					<li key={row.id} data-testid={list.rowTestId}>
						<EditableTextRow
							id={`${uid}-${list.idPart}-${row.id}`}
							label={t[list.label](i + 1)}
							testId={list.inputTestId}
							value={row.text}
							onChange={(text) =>
								update((q) => list.edit(q, index, row.id, text))
							}
							errors={at(`${field}.${i}`)}
							removeLabel={t[list.removeLabel](i + 1)}
							removeTestId={list.removeTestId}
							onRemove={() => update((q) => list.remove(q, index, row.id))}
							before={before?.(row, i)}
						/>
					</li>
				))}
			</ol>
			<FieldError id={`${uid}-${field}`} messages={at(field)} />
		</>
	);
}

/** Adds a row to one of a question's lists and moves focus to its (new, last) text box. */
function AddRowButton({
	answer: { question, index, update, requestFocus, questionRef },
	field,
	className,
}: {
	answer: AnswerFieldsProps;
	field: TextListField;
	className?: string;
}) {
	const { t } = useSchool();
	const list = TEXT_LISTS[field];
	return (
		<Button
			variant="outline"
			size="sm"
			data-testid={list.addTestId}
			className={className}
			disabled={question[field].length >= list.max}
			onClick={() => {
				update((q) => list.add(q, index));
				requestFocus({
					questionId: question.id,
					selector: `[data-testid="${list.inputTestId}"]`,
					last: true,
				});
			}}
		>
			{t[list.addLabel]}
			{questionRef}
		</Button>
	);
}
