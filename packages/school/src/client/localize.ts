import {
	defaultSchoolLocalization,
	type SchoolLocalization,
} from "./localization.js";

/**
 * The app's strings over the defaults; the label maps (difficulty, lesson and question types,
 * error messages, ...) merge key by key. A plain module: the server-side meta uses it too.
 */
export function mergeLocalization(
	custom: Partial<SchoolLocalization> | undefined,
): SchoolLocalization {
	const d = defaultSchoolLocalization;
	return {
		...d,
		...custom,
		difficulty: { ...d.difficulty, ...custom?.difficulty },
		lessonTypes: { ...d.lessonTypes, ...custom?.lessonTypes },
		quizShowAnswers: { ...d.quizShowAnswers, ...custom?.quizShowAnswers },
		questionTypes: { ...d.questionTypes, ...custom?.questionTypes },
		errorMessages: { ...d.errorMessages, ...custom?.errorMessages },
	};
}
