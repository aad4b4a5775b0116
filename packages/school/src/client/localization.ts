/** Every string the school pages show. Override any of them through the `localization` override. */
import { aidsLocalization } from "./localization-aids.js";
import { i18nLocalization } from "./localization-i18n.js";
import { instructorLocalization } from "./localization-instructor.js";
import { learnerLocalization } from "./localization-learner.js";
import { manageLocalization } from "./localization-manage.js";
import { pacingLocalization } from "./localization-pacing.js";
import { reviewsLocalization } from "./localization-reviews.js";

export const defaultSchoolLocalization = {
	catalogTitle: "Courses",
	catalogDescription: "Learn new skills with hands-on courses.",
	searchLabel: "Search courses",
	searchPlaceholder: "Search by title or topic",
	filterCategory: "Category",
	filterTag: "Topic",
	filterDifficulty: "Level",
	filterPrice: "Price",
	filterAny: "Any",
	priceFree: "Free",
	pricePaid: "Paid",
	sortLabel: "Sort by",
	sortNewest: "Newest",
	sortTitle: "Title",
	sortPopular: "Most popular",
	sortPrice: "Price: low to high",
	clearFilters: "Clear filters",
	/** The phone-only button that shows the filter menus, with how many are set. */
	filtersToggle: (active: number) =>
		active ? `Filters (${active})` : "Filters",
	resultsCount: (n: number) => (n === 1 ? "1 course" : `${n} courses`),
	emptyCatalogTitle: "No courses match",
	emptyCatalogBody: "Try other words or clear the filters.",
	previousPage: "Previous",
	nextPage: "Next",
	pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
	difficulty: {
		beginner: "Beginner",
		intermediate: "Intermediate",
		advanced: "Advanced",
	} as Record<string, string>,
	lessonsCount: (n: number) => (n === 1 ? "1 lesson" : `${n} lessons`),
	minutes: (n: number) =>
		n >= 60
			? `${Math.floor(n / 60)} h ${n % 60 ? `${n % 60} min` : ""}`.trim()
			: `${n} min`,
	byInstructor: (name: string) => `by ${name}`,
	studentsCount: (n: number) => (n === 1 ? "1 learner" : `${n} learners`),
	whatYouGet: "What you get",
	curriculum: "Curriculum",
	otherLessons: "More lessons",
	preview: "Preview",
	lessonTypes: { video: "Video", text: "Reading", quiz: "Quiz" } as Record<
		string,
		string
	>,
	signInToEnroll: "Sign in to enroll",
	enrollFree: "Enroll for free",
	buyCourse: (price: string) => `Buy for ${price}`,
	courseFull: "This course is full",
	continueLearning: "Continue learning",
	startLearning: "Start learning",
	viewCertificate: "View certificate",
	enrolling: "Enrolling…",
	enrolled: "You are enrolled",
	completedCourse: "You completed this course",
	progressLabel: (pct: number) => `${pct}% complete`,
	courseNotFound: "Course not found",
	courseNotFoundBody: "It may have been moved or unpublished.",
	backToCatalog: "Back to courses",
	errorTitle: "Something went wrong",
	errorRetry: "Try again",
	loading: "Loading…",
	lessonNotFound: "Lesson not found",
	lessonLockedTitle: "This lesson is locked",
	lessonLockedSignIn: "Sign in and enroll in the course to open it.",
	lessonLockedEnroll: "Enroll in the course to open it.",
	goToCourse: "Go to the course page",
	signIn: "Sign in",
	markComplete: "Mark as complete",
	markedComplete: "Completed",
	previousLesson: "Previous lesson",
	nextLesson: "Next lesson",
	resources: "Resources",
	startQuiz: "Start the quiz",
	quizIntro: (questions: number, passMark: number) =>
		`${questions} question${questions === 1 ? "" : "s"}. You need ${passMark}% to pass.`,
	attemptsLeft: (n: number | null) =>
		n === null
			? "Unlimited attempts"
			: n === 1
				? "1 attempt left"
				: `${n} attempts left`,
	submitQuiz: "Submit answers",
	submitting: "Submitting…",
	quizPassed: (score: number) => `Passed with ${score}%`,
	quizFailed: (score: number, passMark: number) =>
		`You scored ${score}%. You need ${passMark}% to pass.`,
	tryAgain: "Try again",
	noAttemptsLeft: "No attempts left",
	correct: "Correct",
	incorrect: "Incorrect",
	correctAnswerIs: "Correct answer:",
	trueLabel: "True",
	falseLabel: "False",
	yourAnswer: "Your answer",
	questionOf: (i: number, n: number) => `Question ${i} of ${n}`,
	courseCompleteTitle: "Course complete!",
	courseCompleteBody: "Congratulations, you finished every lesson.",
	certificateTitle: "Certificate of completion",
	certificateVerified: "Verified certificate",
	certificateCertifies: "This certifies that",
	certificateCompleted: "has successfully completed",
	certificateInstructor: "Instructor",
	certificateDate: "Completed on",
	certificateId: "Certificate ID",
	certificateNotFound: "No such certificate",
	certificateNotFoundBody:
		"We could not find a certificate with this ID. Check the link and try again.",
	downloadPdf: "Download PDF",
	myCoursesTitle: "My learning",
	inProgress: "In progress",
	completed: "Completed",
	noEnrollmentsTitle: "You are not enrolled in any course yet",
	noEnrollmentsBody: "Browse the catalog and start learning today.",
	browseCourses: "Browse courses",
	completedOn: (date: string) => `Completed on ${date}`,
	lastLesson: (title: string) => `Last lesson: ${title}`,
	signInRequired: "Sign in to see your courses.",
	lessonsSidebar: "Course content",
	lessonCompletedMark: "completed",
	currentLesson: "current lesson",
	captions: "English captions",
	videoUnsupported: "Your browser cannot play this video.",
	...instructorLocalization,
	...i18nLocalization,
	...learnerLocalization,
	...aidsLocalization,
	...manageLocalization,
	...pacingLocalization,
	...reviewsLocalization,
};

export type SchoolLocalization = typeof defaultSchoolLocalization;
