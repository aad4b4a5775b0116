"use client";
import { useId, useState } from "react";
import type {
	AnswerValue,
	PublicQuestion,
	PublicQuiz,
	QuestionResult,
} from "../../../quiz.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn, inputClass } from "./cn.js";

export type AnswerMap = Record<string, AnswerValue | undefined>;

function answerText(
	question: PublicQuestion,
	answer: AnswerValue | undefined,
	t: ReturnType<typeof useSchool>["t"],
) {
	if (answer === undefined) return "";
	if (typeof answer === "boolean") return answer ? t.trueLabel : t.falseLabel;
	if (question.type === "single" || question.type === "multiple") {
		const ids = Array.isArray(answer) ? answer : [answer];
		return ids
			.map((id) => question.options.find((o) => o.id === id)?.text ?? id)
			.join(", ");
	}
	return Array.isArray(answer) ? answer.join(", ") : answer;
}

function QuestionField({
	question,
	index,
	total,
	value,
	onChange,
	result,
	disabled,
}: {
	question: PublicQuestion;
	index: number;
	total: number;
	value: AnswerValue | undefined;
	onChange: (value: AnswerValue) => void;
	result?: QuestionResult;
	disabled: boolean;
}) {
	const { t } = useSchool();
	const id = useId();
	const feedbackId = `${id}-feedback`;
	const legend = (
		<legend className="mb-3 font-medium">
			<span className="block text-xs font-normal text-muted-foreground">
				{t.questionOf(index + 1, total)}
			</span>
			{question.prompt}
		</legend>
	);
	const choice = (
		type: "radio" | "checkbox",
		optionValue: string,
		label: string,
		checked: boolean,
		onToggle: () => void,
	) => (
		<label
			key={optionValue}
			className="flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2 has-[:checked]:border-primary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
		>
			<input
				type={type}
				name={id}
				value={optionValue}
				checked={checked}
				onChange={onToggle}
				disabled={disabled}
				className="h-4 w-4 accent-[var(--primary)]"
			/>
			<span>{label}</span>
		</label>
	);
	let control: React.ReactNode;
	if (question.type === "single") {
		control = question.options.map((o) =>
			choice("radio", o.id, o.text, value === o.id, () => onChange(o.id)),
		);
	} else if (question.type === "multiple") {
		const selected = Array.isArray(value) ? value : [];
		control = question.options.map((o) =>
			choice("checkbox", o.id, o.text, selected.includes(o.id), () =>
				onChange(
					selected.includes(o.id)
						? selected.filter((x) => x !== o.id)
						: [...selected, o.id],
				),
			),
		);
	} else if (question.type === "true_false") {
		control = [
			choice("radio", "true", t.trueLabel, value === true, () =>
				onChange(true),
			),
			choice("radio", "false", t.falseLabel, value === false, () =>
				onChange(false),
			),
		];
	} else {
		control = (
			<label className="flex flex-col gap-1">
				<span className="sr-only">{t.yourAnswer}</span>
				<input
					type="text"
					className={inputClass}
					value={typeof value === "string" ? value : ""}
					onChange={(e) => onChange(e.target.value)}
					disabled={disabled}
					maxLength={500}
					aria-describedby={result ? feedbackId : undefined}
				/>
			</label>
		);
	}
	return (
		<fieldset
			data-testid="quiz-question"
			data-question-id={question.id}
			className={cn(
				"rounded-lg border bg-card p-5",
				result
					? result.correct
						? "border-primary/60"
						: "border-destructive/60"
					: "border-border",
			)}
			aria-describedby={result ? feedbackId : undefined}
		>
			{legend}
			<div className="flex flex-col gap-2">{control}</div>
			{result ? (
				<div
					id={feedbackId}
					className="mt-3 text-sm"
					data-testid="question-feedback"
					data-correct={result.correct}
				>
					<p
						className={
							result.correct
								? "font-medium text-primary"
								: "font-medium text-destructive"
						}
					>
						{result.correct ? `✓ ${t.correct}` : `✗ ${t.incorrect}`}
					</p>
					{result.correctAnswer !== undefined && !result.correct ? (
						<p>
							{t.correctAnswerIs}{" "}
							{answerText(question, result.correctAnswer, t)}
						</p>
					) : null}
					{result.explanation ? (
						<p className="mt-1 text-muted-foreground">{result.explanation}</p>
					) : null}
				</div>
			) : null}
		</fieldset>
	);
}

/** The quiz as a form: every question type, usable by keyboard and screen reader. */
export function QuizForm({
	quiz,
	results,
	disabled,
	submitting,
	onSubmit,
}: {
	quiz: PublicQuiz;
	results?: QuestionResult[];
	disabled: boolean;
	submitting: boolean;
	onSubmit: (answers: { questionId: string; answer: AnswerValue }[]) => void;
}) {
	const { t } = useSchool();
	const [answers, setAnswers] = useState<AnswerMap>({});
	const byQuestion = new Map(results?.map((r) => [r.questionId, r]));
	return (
		<form
			data-testid="quiz-form"
			className="flex flex-col gap-4"
			onSubmit={(e) => {
				e.preventDefault();
				onSubmit(
					quiz.questions.flatMap((q) => {
						const answer = answers[q.id];
						return answer === undefined ? [] : [{ questionId: q.id, answer }];
					}),
				);
			}}
		>
			{quiz.questions.map((q, i) => (
				<QuestionField
					key={q.id}
					question={q}
					index={i}
					total={quiz.questions.length}
					value={answers[q.id]}
					onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
					result={byQuestion.get(q.id)}
					disabled={disabled || submitting}
				/>
			))}
			{!disabled ? (
				<div>
					<button
						type="submit"
						className={buttonClass()}
						disabled={submitting}
						data-testid="submit-quiz"
					>
						{submitting ? t.submitting : t.submitQuiz}
					</button>
				</div>
			) : null}
		</form>
	);
}
