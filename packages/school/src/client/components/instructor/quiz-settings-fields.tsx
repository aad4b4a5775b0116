"use client";
import { useId } from "react";
import { useSchoolViewer } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { Checkbox } from "../ui/checkbox.js";
import { SelectField } from "../ui/select-field.js";
import { WholeNumberField } from "../ui/whole-number-field.js";
import { type DraftQuiz, showAnswersValues } from "./quiz-draft.js";
import { updateSettings } from "./quiz-draft-operations.js";

type Update = (fn: (quiz: DraftQuiz) => DraftQuiz) => void;

/** The quiz's settings: pass mark, attempts, when answers are shown, shuffling. */
export function QuizSettingsFields({
	value,
	issues,
	update,
}: {
	value: DraftQuiz;
	/** Issues by setting (`passMark`, `maxAttempts`, `showAnswers`). */
	issues: Record<string, string[]>;
	update: Update;
}) {
	const { t } = useSchool();
	const uid = useId();
	// The editor's gate already asked who this is: the answer carries the school's default.
	const defaultMark = useSchoolViewer().data?.quizPassMark;
	const set = (patch: Partial<Omit<DraftQuiz, "questions">>) =>
		update((q) => updateSettings(q, patch));
	const number = (
		key: "passMark" | "maxAttempts",
		label: string,
		hint: string,
		testId: string,
	) => (
		<WholeNumberField
			id={`${uid}-${key}`}
			label={label}
			hint={hint}
			errors={issues[key]}
			testId={testId}
			max={100}
			value={value[key]}
			onChange={(v) => set({ [key]: v })}
		/>
	);
	return (
		<fieldset className="rounded-lg border border-border p-4">
			<legend className="px-1 font-semibold">{t.quizSettings}</legend>
			<div className="grid gap-4 sm:grid-cols-2">
				{number(
					"passMark",
					t.quizPassMarkLabel,
					defaultMark === undefined
						? t.quizPassMarkHint
						: t.quizPassMarkDefault(defaultMark),
					"quiz-pass-mark",
				)}
				{number(
					"maxAttempts",
					t.quizMaxAttemptsLabel,
					t.quizMaxAttemptsHint,
					"quiz-max-attempts",
				)}
				<SelectField
					id={`${uid}-show`}
					label={t.quizShowAnswersLabel}
					errors={issues.showAnswers}
					testId="quiz-show-answers"
					value={value.showAnswers}
					values={showAnswersValues}
					optionLabel={(v) => t.quizShowAnswers[v] ?? v}
					onChange={(showAnswers) => set({ showAnswers })}
				/>
				<div className="flex items-end pb-2">
					<Checkbox
						label={t.quizShuffleLabel}
						testId="quiz-shuffle"
						checked={value.shuffle}
						onChange={(on) => set({ shuffle: on })}
					/>
				</div>
			</div>
		</fieldset>
	);
}
