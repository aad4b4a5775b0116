"use client";
import type { ReactNode } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { checkClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
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
export function ChoiceOptions({
	uid,
	question,
	index,
	at,
	update,
	requestFocus,
	questionRef,
}: AnswerFieldsProps) {
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
			<ol className="m-0 flex list-none flex-col gap-2 p-0">
				{question.options.map((option, oi) => (
					<li key={option.id} data-testid="quiz-option">
						<EditableTextRow
							id={`${uid}-option-${option.id}`}
							label={t.optionLabel(oi + 1)}
							testId="option-text"
							value={option.text}
							onChange={(text) =>
								update((q) => updateOptionText(q, index, option.id, text))
							}
							errors={at(`options.${oi}`)}
							removeLabel={t.removeOption(oi + 1)}
							removeTestId="remove-option"
							onRemove={() => update((q) => removeOption(q, index, option.id))}
							before={
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
									<label
										htmlFor={`${uid}-correct-${option.id}`}
										className="sr-only"
									>
										{t.optionCorrectLabel(oi + 1)}
									</label>
								</>
							}
						/>
					</li>
				))}
			</ol>
			<FieldError id={`${uid}-options`} messages={at("options")} />
			<FieldError id={`${uid}-correct`} messages={at("correct")} />
			<Button
				variant="outline"
				size="sm"
				data-testid="add-option"
				className="mt-2"
				disabled={question.options.length >= MAX_OPTIONS}
				onClick={() => {
					update((q) => addOption(q, index));
					requestFocus({
						questionId: question.id,
						selector: '[data-testid="option-text"]',
						last: true,
					});
				}}
			>
				{t.addOption}
				{questionRef}
			</Button>
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
export function AcceptedAnswers({
	uid,
	question,
	index,
	at,
	update,
	requestFocus,
	questionRef,
}: AnswerFieldsProps) {
	const { t } = useSchool();
	return (
		<fieldset className="mb-3">
			<legend className="mb-1 text-sm font-medium">
				{t.acceptedAnswersLegend}
			</legend>
			<ol className="m-0 flex list-none flex-col gap-2 p-0">
				{question.accepted.map((answer, ai) => (
					<li key={answer.id}>
						<EditableTextRow
							id={`${uid}-accepted-${answer.id}`}
							label={t.acceptedAnswerLabel(ai + 1)}
							testId="accepted-answer"
							value={answer.text}
							onChange={(text) =>
								update((q) => updateAccepted(q, index, answer.id, text))
							}
							errors={at(`accepted.${ai}`)}
							removeLabel={t.removeAcceptedAnswer(ai + 1)}
							removeTestId="remove-accepted"
							onRemove={() =>
								update((q) => removeAccepted(q, index, answer.id))
							}
						/>
					</li>
				))}
			</ol>
			<FieldError id={`${uid}-accepted`} messages={at("accepted")} />
			<div className="mt-2 flex flex-wrap items-center gap-4">
				<Button
					variant="outline"
					size="sm"
					data-testid="add-accepted"
					disabled={question.accepted.length >= MAX_ACCEPTED}
					onClick={() => {
						update((q) => addAccepted(q, index));
						requestFocus({
							questionId: question.id,
							selector: '[data-testid="accepted-answer"]',
							last: true,
						});
					}}
				>
					{t.addAcceptedAnswer}
					{questionRef}
				</Button>
				<label className="flex items-center gap-2 text-sm">
					<input
						type="checkbox"
						data-testid="case-sensitive"
						className={checkClass}
						checked={question.caseSensitive}
						onChange={(e) =>
							update((q) => setCaseSensitive(q, index, e.target.checked))
						}
					/>
					{t.caseSensitiveLabel}
				</label>
			</div>
		</fieldset>
	);
}
