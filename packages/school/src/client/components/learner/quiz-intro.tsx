"use client";
import type { PublicQuiz } from "../../../quiz.js";
import { useSchool } from "../../hooks/use-school.js";

/**
 * What the learner should know before answering: how many questions, the pass mark, and
 * attempts left (only while it matters: never after passing).
 */
export function QuizIntro({
	quiz,
	attemptsLeft,
	passed,
}: {
	quiz: PublicQuiz;
	attemptsLeft: number | null;
	passed: boolean;
}) {
	const { t } = useSchool();
	return (
		<section
			aria-label={t.quizStats}
			data-testid="quiz-intro"
			className="mb-6 rounded-lg border border-border bg-card p-4"
		>
			<ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0 text-sm">
				<li data-testid="quiz-question-count">
					{t.quizQuestions(quiz.questions.length)}
				</li>
				<li data-testid="quiz-pass-mark">{t.quizPassMark(quiz.passMark)}</li>
				{passed ? (
					<li className="font-medium text-primary" data-testid="quiz-passed">
						✓ {t.quizPassedAlready}
					</li>
				) : (
					<li data-testid="attempts-left">{t.attemptsLeft(attemptsLeft)}</li>
				)}
			</ul>
		</section>
	);
}
