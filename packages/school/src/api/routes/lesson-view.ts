import { parseQuiz, toPublicQuiz } from "../../quiz.js";
import type { Lesson } from "../../types.js";
import { serializeLesson } from "../serializers.js";

/** A lesson with its quiz as this caller may see it: answer keys for managers only. */
export function lessonView(
	lesson: Lesson,
	withAnswers: boolean,
	passMark: number,
) {
	const quiz = lesson.type === "quiz" ? parseQuiz(lesson.content) : null;
	return serializeLesson(
		lesson,
		quiz && (withAnswers ? quiz : toPublicQuiz(quiz, passMark)),
	);
}
