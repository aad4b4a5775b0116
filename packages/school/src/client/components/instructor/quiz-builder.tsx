"use client";
import { useEffect, useId, useRef } from "react";
import { useSchool } from "../../hooks/use-school";
import { buttonClass, cn, inputClass } from "../shared/cn";
import {
	addAccepted,
	addOption,
	addQuestion,
	changeQuestionType,
	type DraftQuestion,
	type DraftQuiz,
	MAX_ACCEPTED,
	MAX_OPTIONS,
	MAX_QUESTIONS,
	moveQuestion,
	type QuestionIssues,
	type QuestionType,
	type QuizIssues,
	questionTypes,
	removeAccepted,
	removeOption,
	removeQuestion,
	setCaseSensitive,
	setTrueFalse,
	showAnswersValues,
	toggleCorrect,
	updateAccepted,
	updateOptionText,
	updateQuestion,
	updateSettings,
} from "./quiz-builder-model";

type Update = (fn: (quiz: DraftQuiz) => DraftQuiz) => void;

export const checkClass =
	"h-4 w-4 shrink-0 accent-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background";
export const textareaClass = cn(inputClass, "h-auto min-h-20 py-2");
const selectClass = cn(inputClass, "pr-8");

/** Issue messages shown beside a field; `id` is what the field's `aria-describedby` names. */
export function FieldIssues({
	id,
	messages,
}: {
	id: string;
	messages: string[] | undefined;
}) {
	if (!messages?.length) return null;
	return (
		<ul
			id={id}
			data-testid="field-issues"
			className="mt-1 list-none space-y-0.5 p-0 text-sm text-destructive"
		>
			{messages.map((m) => (
				<li key={m}>{m}</li>
			))}
		</ul>
	);
}

/** `aria-invalid` / `aria-describedby` for a field with (maybe) issues and a hint. */
export function describe(
	issueId: string,
	messages: string[] | undefined,
	hintId?: string,
) {
	const invalid = !!messages?.length;
	const ids = [hintId, invalid ? issueId : undefined].filter(Boolean);
	return {
		"aria-invalid": invalid || undefined,
		"aria-describedby": ids.length ? ids.join(" ") : undefined,
	};
}

/**
 * One editable text of a list (an option, an accepted answer): its visually hidden label, the
 * input wired to its issues, and a remove button. The caller lays out the row around it.
 */
function TextRowFields({
	id,
	label,
	testId,
	value,
	onChange,
	issues,
	removeLabel,
	removeTestId,
	onRemove,
}: {
	id: string;
	label: string;
	testId: string;
	value: string;
	onChange: (text: string) => void;
	issues: string[] | undefined;
	removeLabel: string;
	removeTestId: string;
	onRemove: () => void;
}) {
	return (
		<>
			<label htmlFor={id} className="sr-only">
				{label}
			</label>
			<input
				id={id}
				data-testid={testId}
				className={inputClass}
				placeholder={label}
				value={value}
				onChange={(e) => onChange(e.target.value)}
				{...describe(`${id}-issues`, issues)}
			/>
			<button
				type="button"
				data-testid={removeTestId}
				className={buttonClass("ghost", "sm")}
				aria-label={removeLabel}
				title={removeLabel}
				onClick={onRemove}
			>
				<span aria-hidden="true">×</span>
			</button>
		</>
	);
}

function QuestionEditor({
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
	update: Update;
	requestFocus: (focus: PendingFocus) => void;
}) {
	const { t } = useSchool();
	const uid = useId();
	const n = index + 1;
	const at = (key: string) => issues?.[key];
	const typeLabel = t.questionTypes[question.type] ?? question.type;
	const ref = <span className="sr-only"> {t.questionRef(n)}</span>;
	const isChoice = question.type === "single" || question.type === "multiple";
	// Issues for fields this type does not show (e.g. a server message about options on a
	// question since changed to true/false) are shown with the question's own issues.
	const shown = (key: string) =>
		key === "prompt" ||
		key === "explanation" ||
		(isChoice && /^(options(\.\d+)?|correct)$/.test(key)) ||
		(question.type === "true_false" && key === "correct") ||
		(question.type === "short_text" && /^accepted(\.\d+)?$/.test(key));
	const general = Object.entries(issues ?? {}).flatMap(([key, messages]) =>
		shown(key) ? [] : messages,
	);

	return (
		<li>
			<fieldset
				data-testid="quiz-question-editor"
				data-question-index={index}
				data-question-id={question.id}
				aria-describedby={general.length ? `${uid}-issues` : undefined}
				className={cn(
					"rounded-lg border bg-card p-4",
					issues ? "border-destructive" : "border-border",
				)}
			>
				<legend className="px-1 font-semibold">
					{t.questionLegend(n, typeLabel)}
				</legend>
				<FieldIssues id={`${uid}-issues`} messages={general} />

				<div className="mb-3 flex flex-wrap items-end gap-2">
					<div className="min-w-48 flex-1">
						<label htmlFor={`${uid}-type`} className="mb-1 block text-sm">
							{t.questionTypeLabel}
						</label>
						<select
							id={`${uid}-type`}
							data-testid="question-type"
							className={selectClass}
							value={question.type}
							onChange={(e) =>
								update((q) =>
									changeQuestionType(q, index, e.target.value as QuestionType),
								)
							}
						>
							{questionTypes.map((type) => (
								<option key={type} value={type}>
									{t.questionTypes[type] ?? type}
								</option>
							))}
						</select>
					</div>
					<div className="flex flex-wrap gap-2">
						<button
							type="button"
							data-testid="question-move-up"
							className={buttonClass("outline", "sm")}
							disabled={index === 0}
							onClick={() => {
								update((q) => moveQuestion(q, index, -1));
								requestFocus({
									questionId: question.id,
									testId: "question-move-up",
									fallbackTestId: "question-move-down",
								});
							}}
						>
							{t.moveQuestionUp}
							{ref}
						</button>
						<button
							type="button"
							data-testid="question-move-down"
							className={buttonClass("outline", "sm")}
							disabled={index === total - 1}
							onClick={() => {
								update((q) => moveQuestion(q, index, 1));
								requestFocus({
									questionId: question.id,
									testId: "question-move-down",
									fallbackTestId: "question-move-up",
								});
							}}
						>
							{t.moveQuestionDown}
							{ref}
						</button>
						<button
							type="button"
							data-testid="question-remove"
							className={cn(
								buttonClass("outline", "sm"),
								"text-destructive hover:bg-destructive/10",
							)}
							onClick={() => {
								update((q) => removeQuestion(q, index));
								requestFocus({ afterRemoveAt: index });
							}}
						>
							{t.removeQuestion}
							{ref}
						</button>
					</div>
				</div>

				<div className="mb-3">
					<label htmlFor={`${uid}-prompt`} className="mb-1 block text-sm">
						{t.questionPromptLabel}
					</label>
					<textarea
						id={`${uid}-prompt`}
						data-testid="question-prompt"
						className={textareaClass}
						rows={2}
						value={question.prompt}
						onChange={(e) =>
							update((q) =>
								updateQuestion(q, index, { prompt: e.target.value }),
							)
						}
						{...describe(`${uid}-prompt-issues`, at("prompt"))}
					/>
					<FieldIssues id={`${uid}-prompt-issues`} messages={at("prompt")} />
				</div>

				{isChoice ? (
					<fieldset className="mb-3">
						<legend className="mb-1 text-sm font-medium">
							{t.optionsLegend}
						</legend>
						<p
							id={`${uid}-options-hint`}
							className="mb-2 text-sm text-muted-foreground"
						>
							{question.type === "single"
								? t.optionsHintSingle
								: t.optionsHintMultiple}
						</p>
						<ol className="m-0 flex list-none flex-col gap-2 p-0">
							{question.options.map((option, oi) => {
								const optionIssues = at(`options.${oi}`);
								return (
									<li key={option.id} data-testid="quiz-option">
										<div className="flex items-center gap-2">
											<input
												id={`${uid}-correct-${option.id}`}
												data-testid="option-correct"
												type={question.type === "single" ? "radio" : "checkbox"}
												name={`${uid}-correct`}
												className={checkClass}
												checked={question.correct.includes(option.id)}
												onChange={(e) =>
													update((q) =>
														toggleCorrect(
															q,
															index,
															option.id,
															e.target.checked,
														),
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
											<TextRowFields
												id={`${uid}-option-${option.id}`}
												label={t.optionLabel(oi + 1)}
												testId="option-text"
												value={option.text}
												onChange={(text) =>
													update((q) =>
														updateOptionText(q, index, option.id, text),
													)
												}
												issues={optionIssues}
												removeLabel={t.removeOption(oi + 1)}
												removeTestId="remove-option"
												onRemove={() =>
													update((q) => removeOption(q, index, option.id))
												}
											/>
										</div>
										<FieldIssues
											id={`${uid}-option-${option.id}-issues`}
											messages={optionIssues}
										/>
									</li>
								);
							})}
						</ol>
						<FieldIssues
							id={`${uid}-options-issues`}
							messages={at("options")}
						/>
						<FieldIssues
							id={`${uid}-correct-issues`}
							messages={at("correct")}
						/>
						<button
							type="button"
							data-testid="add-option"
							className={cn(buttonClass("outline", "sm"), "mt-2")}
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
							{ref}
						</button>
					</fieldset>
				) : null}

				{question.type === "true_false" ? (
					<fieldset className="mb-3">
						<legend className="mb-1 text-sm font-medium">
							{t.trueFalseLegend}
						</legend>
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
										onChange={() =>
											update((q) => setTrueFalse(q, index, value))
										}
									/>
									{value ? t.trueLabel : t.falseLabel}
								</label>
							))}
						</div>
						<FieldIssues id={`${uid}-tf-issues`} messages={at("correct")} />
					</fieldset>
				) : null}

				{question.type === "short_text" ? (
					<fieldset className="mb-3">
						<legend className="mb-1 text-sm font-medium">
							{t.acceptedAnswersLegend}
						</legend>
						<ol className="m-0 flex list-none flex-col gap-2 p-0">
							{question.accepted.map((answer, ai) => {
								const answerIssues = at(`accepted.${ai}`);
								return (
									<li key={answer.id}>
										<div className="flex items-center gap-2">
											<TextRowFields
												id={`${uid}-accepted-${answer.id}`}
												label={t.acceptedAnswerLabel(ai + 1)}
												testId="accepted-answer"
												value={answer.text}
												onChange={(text) =>
													update((q) =>
														updateAccepted(q, index, answer.id, text),
													)
												}
												issues={answerIssues}
												removeLabel={t.removeAcceptedAnswer(ai + 1)}
												removeTestId="remove-accepted"
												onRemove={() =>
													update((q) => removeAccepted(q, index, answer.id))
												}
											/>
										</div>
										<FieldIssues
											id={`${uid}-accepted-${answer.id}-issues`}
											messages={answerIssues}
										/>
									</li>
								);
							})}
						</ol>
						<FieldIssues
							id={`${uid}-accepted-issues`}
							messages={at("accepted")}
						/>
						<div className="mt-2 flex flex-wrap items-center gap-4">
							<button
								type="button"
								data-testid="add-accepted"
								className={buttonClass("outline", "sm")}
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
								{ref}
							</button>
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
				) : null}

				<div>
					<label htmlFor={`${uid}-explanation`} className="mb-1 block text-sm">
						{t.questionExplanationLabel}
					</label>
					<textarea
						id={`${uid}-explanation`}
						data-testid="question-explanation"
						className={textareaClass}
						rows={2}
						value={question.explanation}
						onChange={(e) =>
							update((q) =>
								updateQuestion(q, index, { explanation: e.target.value }),
							)
						}
						{...describe(`${uid}-explanation-issues`, at("explanation"))}
					/>
					<FieldIssues
						id={`${uid}-explanation-issues`}
						messages={at("explanation")}
					/>
				</div>
			</fieldset>
		</li>
	);
}

/** Where keyboard focus goes after an action that moves or removes the focused control. */
type PendingFocus =
	| {
			questionId: string;
			testId?: string;
			fallbackTestId?: string;
			selector?: string;
			last?: boolean;
	  }
	| { afterRemoveAt: number }
	| { lastQuestionPrompt: true };

/**
 * Builds a quiz: settings, then questions of every type that can be added, removed,
 * reordered and edited. Controlled: `value` is the draft, `onChange` receives updates.
 * Issues (from `validateQuiz` or the server) are shown beside the field they belong to.
 */
export function QuizBuilder({
	value,
	onChange,
	issues,
}: {
	value: DraftQuiz;
	onChange: Update;
	issues: QuizIssues;
}) {
	const { t } = useSchool();
	const uid = useId();
	const root = useRef<HTMLDivElement>(null);
	const pending = useRef<PendingFocus | null>(null);
	const requestFocus = (focus: PendingFocus) => {
		pending.current = focus;
	};

	// Keeps keyboard users in place when a control moves or disappears.
	useEffect(() => {
		const focus = pending.current;
		const el = root.current;
		if (!focus || !el) return;
		pending.current = null;
		const editors = Array.from(
			el.querySelectorAll<HTMLElement>('[data-testid="quiz-question-editor"]'),
		);
		let target: HTMLElement | null | undefined = null;
		if ("afterRemoveAt" in focus) {
			const editor =
				editors[focus.afterRemoveAt] ?? editors[focus.afterRemoveAt - 1];
			target =
				editor?.querySelector<HTMLElement>('[data-testid="question-prompt"]') ??
				el.querySelector<HTMLElement>('[data-testid="add-question"] button');
		} else if ("lastQuestionPrompt" in focus) {
			target = editors
				.at(-1)
				?.querySelector<HTMLElement>('[data-testid="question-prompt"]');
		} else {
			const editor = editors.find(
				(e) => e.dataset.questionId === focus.questionId,
			);
			if (focus.selector) {
				const all = editor?.querySelectorAll<HTMLElement>(focus.selector);
				target = all?.[focus.last ? all.length - 1 : 0];
			} else {
				const pick = (testId?: string) =>
					testId
						? editor?.querySelector<HTMLButtonElement>(
								`[data-testid="${testId}"]`,
							)
						: null;
				const first = pick(focus.testId);
				target = first && !first.disabled ? first : pick(focus.fallbackTestId);
			}
		}
		target?.focus();
	});

	const update: Update = (fn) => onChange(fn);
	const settings = issues.settings;

	return (
		<div data-testid="quiz-builder" ref={root} className="flex flex-col gap-6">
			<fieldset className="rounded-lg border border-border p-4">
				<legend className="px-1 font-semibold">{t.quizSettings}</legend>
				<div className="grid gap-4 sm:grid-cols-2">
					<div>
						<label htmlFor={`${uid}-pass`} className="mb-1 block text-sm">
							{t.quizPassMarkLabel}
						</label>
						<input
							id={`${uid}-pass`}
							data-testid="quiz-pass-mark"
							type="number"
							inputMode="numeric"
							min={0}
							max={100}
							step={1}
							className={inputClass}
							value={value.passMark}
							onChange={(e) =>
								update((q) => updateSettings(q, { passMark: e.target.value }))
							}
							{...describe(
								`${uid}-pass-issues`,
								settings.passMark,
								`${uid}-pass-hint`,
							)}
						/>
						<p
							id={`${uid}-pass-hint`}
							className="mt-1 text-xs text-muted-foreground"
						>
							{t.quizPassMarkHint}
						</p>
						<FieldIssues
							id={`${uid}-pass-issues`}
							messages={settings.passMark}
						/>
					</div>
					<div>
						<label htmlFor={`${uid}-attempts`} className="mb-1 block text-sm">
							{t.quizMaxAttemptsLabel}
						</label>
						<input
							id={`${uid}-attempts`}
							data-testid="quiz-max-attempts"
							type="number"
							inputMode="numeric"
							min={0}
							max={100}
							step={1}
							className={inputClass}
							value={value.maxAttempts}
							onChange={(e) =>
								update((q) =>
									updateSettings(q, { maxAttempts: e.target.value }),
								)
							}
							{...describe(
								`${uid}-attempts-issues`,
								settings.maxAttempts,
								`${uid}-attempts-hint`,
							)}
						/>
						<p
							id={`${uid}-attempts-hint`}
							className="mt-1 text-xs text-muted-foreground"
						>
							{t.quizMaxAttemptsHint}
						</p>
						<FieldIssues
							id={`${uid}-attempts-issues`}
							messages={settings.maxAttempts}
						/>
					</div>
					<div>
						<label htmlFor={`${uid}-show`} className="mb-1 block text-sm">
							{t.quizShowAnswersLabel}
						</label>
						<select
							id={`${uid}-show`}
							data-testid="quiz-show-answers"
							className={selectClass}
							value={value.showAnswers}
							onChange={(e) =>
								update((q) =>
									updateSettings(q, {
										showAnswers: e.target.value as DraftQuiz["showAnswers"],
									}),
								)
							}
							{...describe(`${uid}-show-issues`, settings.showAnswers)}
						>
							{showAnswersValues.map((v) => (
								<option key={v} value={v}>
									{t.quizShowAnswers[v] ?? v}
								</option>
							))}
						</select>
						<FieldIssues
							id={`${uid}-show-issues`}
							messages={settings.showAnswers}
						/>
					</div>
					<div className="flex items-end pb-2">
						<label className="flex items-center gap-2 text-sm">
							<input
								type="checkbox"
								data-testid="quiz-shuffle"
								className={checkClass}
								checked={value.shuffle}
								onChange={(e) =>
									update((q) =>
										updateSettings(q, { shuffle: e.target.checked }),
									)
								}
							/>
							{t.quizShuffleLabel}
						</label>
					</div>
				</div>
			</fieldset>

			<section aria-labelledby={`${uid}-questions`}>
				<h3 id={`${uid}-questions`} className="mb-3 text-lg font-semibold">
					{t.quizQuestionsHeading}
				</h3>
				<FieldIssues id={`${uid}-quiz-issues`} messages={issues.quiz} />
				{value.questions.length === 0 ? (
					<p className="mb-3 text-sm text-muted-foreground">
						{t.quizNoQuestions}
					</p>
				) : (
					<ol className="m-0 mb-4 flex list-none flex-col gap-4 p-0">
						{value.questions.map((question, index) => (
							<QuestionEditor
								key={question.id}
								question={question}
								index={index}
								total={value.questions.length}
								issues={issues.questions[index]}
								update={update}
								requestFocus={requestFocus}
							/>
						))}
					</ol>
				)}
				<fieldset data-testid="add-question" className="m-0 border-0 p-0">
					<legend className="mb-2 text-sm font-medium">
						{t.addQuestionGroup}
					</legend>
					<div className="flex flex-wrap items-center gap-2">
						{questionTypes.map((type) => (
							<button
								key={type}
								type="button"
								data-testid={`add-question-${type}`}
								className={buttonClass("outline", "sm")}
								disabled={value.questions.length >= MAX_QUESTIONS}
								aria-label={t.addQuestionOfType(t.questionTypes[type] ?? type)}
								onClick={() => {
									update((q) => addQuestion(q, type));
									requestFocus({ lastQuestionPrompt: true });
								}}
							>
								<span aria-hidden="true">+</span>
								{t.questionTypes[type] ?? type}
							</button>
						))}
					</div>
				</fieldset>
			</section>
		</div>
	);
}
