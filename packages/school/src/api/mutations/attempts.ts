import type { QuizAttempt } from "../../types.js";
import { type Db, eq } from "../db-types.js";
import { isUniqueViolation, SchoolError } from "../errors.js";
import { attemptKeyOf } from "../keys.js";

/** A stored attempt and its number (1 for the learner's first attempt on the quiz). */
export interface RecordedAttempt {
	attempt: QuizAttempt;
	attemptNo: number;
}

/**
 * Records a graded attempt as attempt number n (unique `attemptKey`), refusing attempts past
 * `maxAttempts` even when submissions race. Returns the attempt with its number.
 */
export async function recordAttempt(
	db: Db,
	input: {
		lessonId: string;
		userId: string;
		answers: unknown;
		score: number;
		passed: boolean;
		maxAttempts: number;
	},
): Promise<RecordedAttempt> {
	for (let tries = 0; tries < 20; tries++) {
		const used = await db.count({
			model: "quizAttempt",
			where: [eq("lessonId", input.lessonId), eq("userId", input.userId)],
		});
		if (input.maxAttempts > 0 && used >= input.maxAttempts) {
			throw new SchoolError(
				409,
				"No attempts left for this quiz",
				"attempt_limit",
			);
		}
		try {
			const attemptNo = used + 1;
			const attempt = await db.create<Omit<QuizAttempt, "id">, QuizAttempt>({
				model: "quizAttempt",
				data: {
					lessonId: input.lessonId,
					userId: input.userId,
					attemptKey: attemptKeyOf(input.lessonId, input.userId, attemptNo),
					answers: JSON.stringify(input.answers),
					score: input.score,
					passed: input.passed,
					attemptedAt: new Date(),
				},
			});
			return { attempt, attemptNo };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new SchoolError(
		409,
		"Too many simultaneous attempts, please try again",
		"busy",
	);
}
