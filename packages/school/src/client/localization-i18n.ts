/**
 * Strings of page titles and meta descriptions (rendered on the server into the page head),
 * aria-labels, and the messages of API errors by code.
 */
export const i18nLocalization = {
	paginationLabel: "Pagination",
	lessonNavigation: "Lesson navigation",
	metaCatalogDescription:
		"Browse our courses: learn at your own pace with videos, readings and quizzes.",
	metaMyCoursesDescription: "Your courses and progress.",
	metaInstructorTitle: "Instructor dashboard",
	metaInstructorDescription: "Manage your courses.",
	metaNewCourse: "New course",
	metaEditCourse: "Edit course",
	metaCourseEditorDescription: "Edit a course and its curriculum.",
	metaNewLesson: "New lesson",
	metaEditLesson: "Edit lesson",
	metaLessonEditorDescription: "Edit a lesson.",
	metaCertificateTitle: (course: string) => `Certificate: ${course}`,
	metaCertificateDescription: (learner: string, course: string) =>
		`${learner} completed ${course}.`,
	metaCertificateNotFound: "Certificate not found",
	metaCertificateNotFoundDescription: "No certificate has this id.",
	metaCourseNotFoundDescription: "This course does not exist.",
	metaLesson: "Lesson",
	metaLessonTitle: (course: string) => `Lesson · ${course}`,
	metaLessonDescription: "A lesson of the course.",
	metaQuiz: "Quiz",
	metaQuizTitle: (course: string) => `Quiz · ${course}`,
	metaQuizDescription: "A quiz of the course.",
	/**
	 * Messages for API errors by their `code` (`course_full`, `slug_taken`, `not_found`,
	 * `network`, `http_500`, …). A code without an entry shows the server's English message.
	 */
	errorMessages: {} as Record<string, string>,
};
