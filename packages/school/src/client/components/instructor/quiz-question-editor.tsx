"use client";
import { useId } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { FieldError } from "../ui/field.js";
import { SelectField } from "../ui/select-field.js";
import { TextField } from "../ui/text-field.js";
import {
	AcceptedAnswers,
	type AnswerFieldsProps,
	ChoiceOptions,
	TrueFalseAnswer,
} from "./quiz-answer-fields.js";
import {
	type DraftQuestion,
	type DraftQuiz,
	type QuestionType,
	questionTypes,
} from "./quiz-draft.js";
import {
	changeQuestionType,
	moveQuestion,
	removeQuestion,
	updateQuestion,
} from "./quiz-draft-operations.js";
import type { QuestionIssues } from "./quiz-issues.js";
import type { PendingFocus } from "./use-quiz-focus.js";

/** Whether an issue key is about a field that a question of this type shows. */
function shownFor(type: QuestionType, key: string): boolean {
	const isChoice = type === "single" || type === "multiple";
	return (
		key === "prompt" ||
		key === "explanation" ||
		(isChoice && /^(options(\.\d+)?|correct)$/.test(key)) ||
		(type === "true_false" && key === "correct") ||
		(type === "short_text" && /^accepted(\.\d+)?$/.test(key))
	);
}

/** One question of the quiz builder: its type, place, prompt, answers and explanation. */
export function QuestionEditor({
	question,
	index,
	total,
	issues,
	update,
	requestFocus,
}: {
	question: DraftQuestion;
	index: number;
	total: number;
	issues: QuestionIssues | undefined;
	update: (fn: (quiz: DraftQuiz) => DraftQuiz) => void;
	requestFocus: (focus: PendingFocus) => void;
}) {
	const { t } = useSchool();
	const uid = useId();
	const n = index + 1;
	const at = (key: string) => issues?.[key];
	const typeLabel = t.questionTypes[question.type] ?? question.type;
	const questionRef = <span className="sr-only"> {t.questionRef(n)}</span>;
	// Issues for fields this type does not show (e.g. a server message about options on a
	// question since changed to true/false) are shown with the question's own issues.
	const general = Object.entries(issues ?? {}).flatMap(([key, messages]) =>
		shownFor(question.type, key) ? [] : messages,
	);
	// The question's two texts: the prompt above the answers, the explanation under them.
	const questionText = (
		key: "prompt" | "explanation",
		label: string,
		className: string,
	) => (
		<TextField
			id={`${uid}-${key}`}
			label={label}
			errors={at(key)}
			className={className}
			testId={`question-${key}`}
			rows={2}
			value={question[key]}
			onChange={(text) =>
				update((q) => updateQuestion(q, index, { [key]: text }))
			}
		/>
	);
	const answers: AnswerFieldsProps = {
		uid,
		question,
		index,
		at,
		update,
		requestFocus,
		questionRef,
	};
	const move = (delta: -1 | 1) => {
		const [testId, fallbackTestId] =
			delta < 0
				? ["question-move-up", "question-move-down"]
				: ["question-move-down", "question-move-up"];
		update((q) => moveQuestion(q, index, delta));
		requestFocus({ questionId: question.id, testId, fallbackTestId });
	};

	return (
		<li>
			<fieldset
				data-testid="quiz-question-editor"
				data-question-index={index}
				data-question-id={question.id}
				aria-describedby={general.length ? `${uid}-error` : undefined}
				className={cn(
					"rounded-lg border bg-card p-4",
					issues ? "border-destructive" : "border-border",
				)}
			>
				<legend className="px-1 font-semibold">
					{t.questionLegend(n, typeLabel)}
				</legend>
				<FieldError id={uid} messages={general} />

				<div className="mb-3 flex flex-wrap items-end gap-2">
					<SelectField
						id={`${uid}-type`}
						label={t.questionTypeLabel}
						className="min-w-48 flex-1 gap-1"
						testId="question-type"
						value={question.type}
						values={questionTypes}
						optionLabel={(type) => t.questionTypes[type] ?? type}
						onChange={(type) =>
							update((q) => changeQuestionType(q, index, type))
						}
					/>
					<div className="flex flex-wrap gap-2">
						<Button
							variant="outline"
							size="sm"
							data-testid="question-move-up"
							disabled={index === 0}
							onClick={() => move(-1)}
						>
							{t.moveQuestionUp}
							{questionRef}
						</Button>
						<Button
							variant="outline"
							size="sm"
							data-testid="question-move-down"
							disabled={index === total - 1}
							onClick={() => move(1)}
						>
							{t.moveQuestionDown}
							{questionRef}
						</Button>
						<Button
							variant="destructive"
							size="sm"
							data-testid="question-remove"
							onClick={() => {
								update((q) => removeQuestion(q, index));
								requestFocus({ afterRemoveAt: index });
							}}
						>
							{t.removeQuestion}
							{questionRef}
						</Button>
					</div>
				</div>

				{questionText("prompt", t.questionPromptLabel, "mb-3 gap-1")}

				{question.type === "single" || question.type === "multiple" ? (
					<ChoiceOptions {...answers} />
				) : null}
				{question.type === "true_false" ? (
					<TrueFalseAnswer {...answers} />
				) : null}
				{question.type === "short_text" ? (
					<AcceptedAnswers {...answers} />
				) : null}

				{questionText("explanation", t.questionExplanationLabel, "gap-1")}
			</fieldset>
		</li>
	);
}
