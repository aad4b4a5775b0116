import type { z } from "zod";
import {
	type GradeResult,
	gradeQuiz,
	mayRevealAnswers,
	parseQuiz,
	presentResults,
} from "../../quiz.js";
import { positionSchema, submitAttemptSchema } from "../../schemas.js";
import type {
	Course,
	Enrollment,
	Lesson,
	LessonProgress,
	QuizAttempt,
} from "../../types.js";
import { loadStudyLesson } from "../access.js";
import { eq } from "../db-types.js";
import { SchoolError } from "../errors.js";
import { getEnrollmentById } from "../getters/learner.js";
import { progressKeyOf } from "../keys.js";
import * as mutations from "../mutations/index.js";
import {
	type Actor,
	hookContext,
	type OperationDeps,
	settingsOf,
} from "./context.js";

/** Runs `onCourseComplete` and issues the certificate id for a course just completed. */
function certificateIssuer(
	deps: OperationDeps,
	actor: Actor,
	course: Course,
): mutations.CompletionOptions {
	const { hooks, certificatesEnabled } = settingsOf(deps.options);
	return {
		issueCertificate: async (completed) => {
			const fromHook = hooks.onCourseComplete
				? await hooks.onCourseComplete(completed, course, hookContext(actor))
				: null;
			if (!certificatesEnabled) return null;
			return fromHook?.certificateId ?? crypto.randomUUID();
		},
	};
}

/**
 * Completes a lesson for its enrollment; the request that completes the course runs
 * `onCourseComplete` exactly once to issue the certificate (its failure undoes the completion).
 */
async function completeFor(
	deps: OperationDeps,
	actor: Actor,
	enrollment: Enrollment,
	lesson: Lesson,
	course: Course,
): Promise<mutations.LessonCompletion> {
	const hook = settingsOf(deps.options).hooks.onLessonComplete;
	// Read only when someone listens: the hook fires for a lesson that was not complete yet.
	const before = hook
		? await deps.db.findOne<LessonProgress>({
				model: "lessonProgress",
				where: [eq("progressKey", progressKeyOf(enrollment.id, lesson.id))],
			})
		: null;
	const completion = await mutations.completeLesson(
		deps.db,
		enrollment,
		lesson,
		certificateIssuer(deps, actor, course),
	);
	if (hook && !before?.completed) {
		try {
			await hook({ lesson, course, ...completion }, hookContext(actor));
		} catch (error) {
			// The completion is stored: a failing after-hook must not undo or hide it.
			console.error("[btst-school] onLessonComplete failed", error);
		}
	}
	return completion;
}

/**
 * Completes the course for enrollments that reached 100 % without a lesson completion (the
 * instructor deleted the last lesson they had not finished). Each is claimed once, with
 * `onCourseComplete` and a certificate as usual; the hook's context is the acting instructor's.
 * A failing hook leaves that learner `enrolled` (logged), so the deletion itself still stands
 * and completing any lesson, or the next change, evaluates them again.
 */
export async function completeFinishedCourses(
	deps: OperationDeps,
	actor: Actor,
	course: Course,
	enrollmentIds: string[],
): Promise<void> {
	for (const id of enrollmentIds) {
		const enrollment = await getEnrollmentById(deps.db, id);
		if (enrollment?.status !== "enrolled") continue;
		try {
			await mutations.claimCourseCompletion(
				deps.db,
				enrollment,
				certificateIssuer(deps, actor, course),
			);
		} catch (error) {
			console.error("[btst-school] completing a finished course failed", error);
		}
	}
}

/**
 * Marks a text or video lesson complete for the actor (who must be enrolled). A quiz lesson is
 * completed by passing its quiz instead (400 `quiz_lesson`).
 */
export async function completeLesson(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
): Promise<mutations.LessonCompletion> {
	const { lesson, course, enrollment } = await loadStudyLesson(
		deps.db,
		actor.viewer,
		lessonId,
		settingsOf(deps.options).clock(),
		deps.options.aggregates,
	);
	if (lesson.type === "quiz") {
		throw new SchoolError(
			400,
			"A quiz lesson is completed by passing the quiz",
			"quiz_lesson",
		);
	}
	return completeFor(deps, actor, enrollment, lesson, course);
}

/** The video resume position of the actor in a lesson of a course they are enrolled in. */
export async function savePosition(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: z.input<typeof positionSchema>,
): Promise<{ ok: true; positionSecs: number }> {
	const { positionSecs } = positionSchema.parse(input);
	const { lesson, enrollment } = await loadStudyLesson(
		deps.db,
		actor.viewer,
		lessonId,
		settingsOf(deps.options).clock(),
		deps.options.aggregates,
	);
	await mutations.savePosition(deps.db, enrollment, lesson.id, positionSecs);
	return { ok: true, positionSecs: Math.floor(positionSecs) };
}

/** A graded, stored attempt and what the learner may see of it. */
export interface QuizSubmission extends GradeResult {
	attempt: QuizAttempt;
	passMark: number;
	/** Attempts left after this one; null when unlimited. */
	attemptsLeft: number | null;
	/** The lesson's completion when this attempt passed; otherwise null. */
	progress: mutations.LessonCompletion | null;
}

/**
 * Grades and stores a quiz attempt of the actor. Refuses past the quiz's attempt limit (409
 * `attempt_limit`, even under races); a pass completes the lesson (and maybe the course);
 * answer keys appear only as the quiz's reveal policy allows; `onQuizSubmit` runs after the
 * attempt is stored and its failure is logged, never shown.
 */
export async function submitQuiz(
	deps: OperationDeps,
	actor: Actor,
	lessonId: string,
	input: z.input<typeof submitAttemptSchema>,
): Promise<QuizSubmission> {
	const { answers } = submitAttemptSchema.parse(input);
	const { lesson, course, enrollment } = await loadStudyLesson(
		deps.db,
		actor.viewer,
		lessonId,
		settingsOf(deps.options).clock(),
		deps.options.aggregates,
	);
	const quiz = lesson.type === "quiz" ? parseQuiz(lesson.content) : null;
	if (!quiz) throw new SchoolError(404, "This lesson has no quiz");
	const { hooks, passMark } = settingsOf(deps.options);
	const mark = quiz.passMark ?? passMark;
	const graded = gradeQuiz(quiz, answers, mark);
	const { attempt, attemptNo } = await mutations.recordAttempt(deps.db, {
		lessonId: lesson.id,
		userId: actor.viewer.id,
		answers,
		score: graded.score,
		passed: graded.passed,
		maxAttempts: quiz.maxAttempts,
	});
	const attemptsLeft =
		quiz.maxAttempts > 0 ? Math.max(0, quiz.maxAttempts - attemptNo) : null;
	const progress = graded.passed
		? await completeFor(deps, actor, enrollment, lesson, course)
		: null;
	try {
		await hooks.onQuizSubmit?.(attempt, lesson, hookContext(actor));
	} catch (error) {
		// The attempt is stored and graded: a failing after-hook must not hide the result.
		console.error("[btst-school] onQuizSubmit failed", error);
	}
	const reveal = mayRevealAnswers(quiz.showAnswers, {
		passed: graded.passed,
		attemptsLeft,
	});
	return {
		attempt,
		...presentResults(graded, reveal),
		passMark: mark,
		attemptsLeft,
		progress,
	};
}
