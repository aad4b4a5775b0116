"use client";
import { useId, useState } from "react";
import type {
	AnswerValue,
	PublicQuestion,
	PublicQuiz,
	QuestionResult,
} from "../../../quiz.js";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";
import { cn, inputClass } from "./cn.js";

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
		// Floated, so the legend sits inside the card instead of on its border.
		<legend className="float-left mb-3 w-full font-medium">
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
			<div className="clear-both flex flex-col gap-2">{control}</div>
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

/** Whether a question has an answer worth sending (an empty text or selection is none). */
export function isAnswered(answer: AnswerValue | undefined): boolean {
	if (answer === undefined) return false;
	if (typeof answer === "string") return answer.trim().length > 0;
	if (Array.isArray(answer)) return answer.length > 0;
	return true;
}

/**
 * The quiz in the order it had when this attempt began. A shuffled quiz comes back in a new
 * order on every fetch; the form (keyed by attempt) keeps its first order, so a refetch never
 * moves questions or options under the learner's hand.
 */
export function inAttemptOrder(
	first: PublicQuiz,
	current: PublicQuiz,
): PublicQuiz {
	const rank = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
	const byRank = <T extends { id: string }>(
		items: T[],
		order: Map<string, number>,
	) =>
		[...items].sort(
			(a, b) =>
				(order.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
				(order.get(b.id) ?? Number.MAX_SAFE_INTEGER),
		);
	const questionRank = rank(first.questions.map((q) => q.id));
	const optionRank = new Map(
		first.questions.map((q) => [
			q.id,
			rank("options" in q ? q.options.map((o) => o.id) : []),
		]),
	);
	return {
		...current,
		questions: byRank(current.questions, questionRank).map((q) =>
			"options" in q
				? {
						...q,
						options: byRank(q.options, optionRank.get(q.id) ?? new Map()),
					}
				: q,
		),
	};
}

/**
 * The quiz as a form: every question type, usable by keyboard and screen reader. With
 * `confirmUnanswered` (a graded attempt), unanswered questions are counted as the learner goes
 * and a submit with any left asks for confirmation first.
 */
export function QuizForm({
	quiz: currentQuiz,
	results,
	disabled,
	submitting,
	onSubmit,
	confirmUnanswered = false,
}: {
	quiz: PublicQuiz;
	results?: QuestionResult[];
	disabled: boolean;
	submitting: boolean;
	onSubmit: (answers: { questionId: string; answer: AnswerValue }[]) => void;
	confirmUnanswered?: boolean;
}) {
	const { t } = useSchool();
	const [answers, setAnswers] = useState<AnswerMap>({});
	const [firstQuiz] = useState(currentQuiz);
	const quiz = inAttemptOrder(firstQuiz, currentQuiz);
	const [confirm, confirmDialog] = useConfirm();
	const byQuestion = new Map(results?.map((r) => [r.questionId, r]));
	const total = quiz.questions.length;
	const unanswered = quiz.questions.filter(
		(q) => !isAnswered(answers[q.id]),
	).length;
	const send = () =>
		onSubmit(
			quiz.questions.flatMap((q) => {
				const answer = answers[q.id];
				return answer === undefined ? [] : [{ questionId: q.id, answer }];
			}),
		);
	return (
		<>
			<form
				data-testid="quiz-form"
				className="flex flex-col gap-4"
				onSubmit={async (e) => {
					e.preventDefault();
					if (confirmUnanswered && unanswered > 0) {
						const ok = await confirm({
							title: t.quizUnansweredTitle,
							body: t.quizUnansweredBody(unanswered),
							confirmLabel: t.quizUnansweredConfirm,
							cancelLabel: t.quizUnansweredKeep,
						});
						if (!ok) return;
					}
					send();
				}}
			>
				{quiz.questions.map((q, i) => (
					<QuestionField
						key={q.id}
						question={q}
						index={i}
						total={total}
						value={answers[q.id]}
						onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
						result={byQuestion.get(q.id)}
						disabled={disabled || submitting}
					/>
				))}
				{!disabled ? (
					<div className="flex flex-wrap items-center gap-3">
						<Button
							type="submit"
							disabled={submitting}
							data-testid="submit-quiz"
						>
							{submitting ? t.submitting : t.submitQuiz}
						</Button>
						{confirmUnanswered ? (
							<span
								className="text-sm text-muted-foreground"
								data-testid="quiz-answered-count"
								data-unanswered={unanswered}
							>
								{t.quizUnansweredCount(unanswered, total)}
							</span>
						) : null}
					</div>
				) : null}
			</form>
			{confirmDialog}
		</>
	);
}
