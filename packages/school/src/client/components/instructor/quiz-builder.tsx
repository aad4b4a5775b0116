"use client";
import { useId } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { FieldError } from "../ui/field.js";
import { type DraftQuiz, MAX_QUESTIONS, questionTypes } from "./quiz-draft.js";
import { addQuestion } from "./quiz-draft-operations.js";
import type { QuizIssues } from "./quiz-issues.js";
import { QuestionEditor } from "./quiz-question-editor.js";
import { QuizSettingsFields } from "./quiz-settings-fields.js";
import { useQuizFocus } from "./use-quiz-focus.js";

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
	onChange: (fn: (quiz: DraftQuiz) => DraftQuiz) => void;
	issues: QuizIssues;
}) {
	const { t } = useSchool();
	const uid = useId();
	const { root, requestFocus } = useQuizFocus();

	return (
		<div data-testid="quiz-builder" ref={root} className="flex flex-col gap-6">
			<QuizSettingsFields
				value={value}
				issues={issues.settings}
				update={onChange}
			/>

			<section aria-labelledby={`${uid}-questions`}>
				<h3 id={`${uid}-questions`} className="mb-3 text-lg font-semibold">
					{t.quizQuestionsHeading}
				</h3>
				<FieldError id={`${uid}-quiz`} messages={issues.quiz} />
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
								update={onChange}
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
							<Button
								key={type}
								variant="outline"
								size="sm"
								data-testid={`add-question-${type}`}
								disabled={value.questions.length >= MAX_QUESTIONS}
								aria-label={t.addQuestionOfType(t.questionTypes[type] ?? type)}
								onClick={() => {
									onChange((q) => addQuestion(q, type));
									requestFocus({ lastQuestionPrompt: true });
								}}
							>
								<span aria-hidden="true">+</span>
								{t.questionTypes[type] ?? type}
							</Button>
						))}
					</div>
				</fieldset>
			</section>
		</div>
	);
}
