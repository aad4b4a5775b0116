/**
 * Strings of the managing side added for issue #17: the dashboard's search, filters and
 * consequence dialogs, toasts, the manager banner on a course page, the roster's filters and
 * learner detail, and the analytics range. Merged into `defaultSchoolLocalization`.
 */

const learners = (n: number) => `${n} learner${n === 1 ? "" : "s"}`;

export const manageLocalization = {
	dismiss: "Dismiss",
	// Dashboard: search, filter, sort, pages
	searchCourses: "Search courses",
	searchCoursesPlaceholder: "Title, description or tag",
	filterStatus: "Status",
	allStatuses: "All statuses",
	sortBy: "Sort by",
	sortUpdated: "Recently updated",
	sortCourseTitle: "Title",
	sortStatus: "Status",
	sortEnrollments: "Most enrollments",
	sortCompletions: "Most completions",
	sortedAscending: "sorted ascending",
	sortedDescending: "sorted descending",
	sortColumn: (column: string) => `Sort by ${column}`,
	coursesShown: (shown: number, total: number) =>
		shown === total
			? `${total} course${total === 1 ? "" : "s"}`
			: `${shown} of ${total} courses`,
	noMatchingCourses: "No course matches this search or filter.",
	courseActionsFor: (title: string) => `Actions for “${title}”`,
	restore: "Restore",
	// Consequence dialogs
	confirmUnpublishTitle: "Unpublish this course?",
	confirmUnpublishBody: (title: string, enrolled: number) =>
		enrolled
			? `“${title}” leaves the catalog and becomes a draft. ${learners(enrolled)} enrolled lose access to it until you publish it again. To keep their access, archive it instead.`
			: `“${title}” leaves the catalog and becomes a draft that only you can see.`,
	confirmArchiveTitle: "Archive this course?",
	confirmArchiveBody: (title: string, enrolled: number) =>
		enrolled
			? `${learners(enrolled)} keep access to “${title}”; the course leaves the catalog and no one new can enroll.`
			: `“${title}” leaves the catalog and no one can enroll. You can restore it as a draft later.`,
	confirmRestoreTitle: "Restore as a draft?",
	confirmRestoreBody: (title: string, enrolled: number) =>
		enrolled
			? `“${title}” becomes a draft that only you can see: ${learners(enrolled)} enrolled lose access until you publish it again.`
			: `“${title}” becomes a draft that only you can see. Publish it when it is ready.`,
	confirmDeleteCourseBody: (title: string, lessons: number) =>
		`“${title}” and its ${lessons} lesson${lessons === 1 ? "" : "s"} are deleted for good. This cannot be undone.`,
	statusChangeFailed: (title: string, message: string) =>
		`Could not change “${title}”: ${message}`,
	// Manager banner on a course page
	managerBannerDraft: "Draft — only you and other managers can see this page.",
	managerBannerArchived:
		"Archived — not in the catalog; enrolled learners keep access.",
	managerBannerPublished: "Published — you manage this course.",
	managerEditCourse: "Edit course",
	// Reorder
	orderSavedUndo: "Order saved.",
	undo: "Undo",
	orderRestored: "Previous order restored.",
	orderSaveFailed: (message: string) => `The order was not saved: ${message}`,
	dragHandle: (title: string) => `Drag “${title}”`,
	// Roster: search, filters, sort, detail
	searchLearners: "Search learners",
	searchLearnersPlaceholder: "Name or email",
	filterProgress: "Progress",
	allProgress: "Any progress",
	progressNotStarted: "Not started (0%)",
	progressUnderHalf: "Under half (1–49%)",
	progressOverHalf: "Over half (50–99%)",
	progressFinished: "Finished (100%)",
	allEnrollmentStatuses: "Any status",
	sortEnrolled: "Enrollment date",
	sortName: "Name",
	sortEmail: "Email",
	sortProgress: "Progress",
	sortActivity: "Last activity",
	colQuizAverage: "Quiz score (best per quiz)",
	noMatchingLearners: "No learner matches this search or filter.",
	viewLearner: (name: string) => `Details of ${name}`,
	learnerDetailTitle: (name: string) => name,
	learnerEnrolledOn: (date: string) => `joined ${date}`,
	learnerLastActivity: (date: string) => `Last activity ${date}`,
	learnerLessonsHeading: "Lessons",
	learnerLessonsDone: (done: number, total: number) =>
		`${done} of ${total} completed`,
	learnerNotCompleted: "Not completed",
	learnerQuizzesHeading: "Quiz attempts",
	learnerNoAttempts: "No attempts yet",
	learnerBest: (score: number) => `Best ${score}%`,
	attemptScore: (score: number, passed: boolean) =>
		`${score}% · ${passed ? "passed" : "not passed"}`,
	close: "Close",
	// Analytics: range, per-quiz bests, empty states
	analyticsRange: "Time range",
	rangeAll: "All time",
	rangeDays: (days: number) => `Last ${days} days`,
	analyticsNoLearnersTitle: "No learners yet",
	analyticsNoLearnersBody:
		"The funnel and quiz results appear once learners enroll and study.",
	analyticsNoActivityInRange: "No lesson was completed in this time range.",
	quizBestHeading: "Best scores per quiz",
	quizBestDescription:
		"Each learner counts once per quiz, with their best attempt.",
	colLearnersTried: "Learners",
	colLearnersPassed: "Passed",
	colAverageBest: "Average best score",
	// Pass mark hint with the number
	quizPassMarkDefault: (mark: number) =>
		`Leave empty to use the school's default (${mark}%).`,
};
