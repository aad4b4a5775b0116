import type { PublicQuiz, Quiz } from "../quiz.js";
import type {
	CaptionTrack,
	Course,
	CourseRating,
	CourseSummary,
	Enrollment,
	Lesson,
	LessonDetail,
	LessonOutline,
	LessonProgress,
	QuizAttempt,
	Resource,
	Review,
	ReviewView,
	SerializedEnrollment,
	SerializedLessonProgress,
	SerializedQuizAttempt,
} from "../types.js";
import { enrollmentStatusAt } from "./pacing.js";

/**
 * Record -> JSON shapes. Dates become ISO strings so that data prefetched on the server equals
 * what the HTTP endpoints return, and internal columns (keys, search text) never leave the server.
 */

const iso = (d: Date | string) =>
	d instanceof Date ? d.toISOString() : new Date(d).toISOString();
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null);

/** Parses a stored JSON array, returning [] for anything malformed (a bad row must not crash a read). */
export function parseJsonArray<T>(
	value: string | null | undefined,
	isItem: (x: unknown) => x is T,
): T[] {
	if (!value) return [];
	try {
		const parsed: unknown = JSON.parse(value);
		return Array.isArray(parsed) ? parsed.filter(isItem) : [];
	} catch {
		return [];
	}
}

const isString = (x: unknown): x is string => typeof x === "string";
const isResource = (x: unknown): x is Resource =>
	!!x &&
	typeof x === "object" &&
	typeof (x as Resource).label === "string" &&
	typeof (x as Resource).url === "string" &&
	/^https?:\/\//i.test((x as Resource).url);

const isCaptionTrack = (x: unknown): x is CaptionTrack =>
	!!x &&
	typeof x === "object" &&
	typeof (x as CaptionTrack).language === "string" &&
	typeof (x as CaptionTrack).label === "string" &&
	typeof (x as CaptionTrack).url === "string" &&
	// The same rule as on write: http(s), or a path on this site (never `//host`).
	/^(?:https?:\/\/|\/(?![/\\]))/i.test((x as CaptionTrack).url);

export const parseCaptions = (captions: string | null | undefined) =>
	parseJsonArray(captions, isCaptionTrack);

export const parseTags = (tags: string | null | undefined) =>
	parseJsonArray(tags, isString);
export const parseResources = (resources: string | null | undefined) =>
	parseJsonArray(resources, isResource);

/** The course's rating from its kept counters: the average to one decimal, null without reviews. */
export function ratingOf(course: Course): CourseRating {
	const count = course.ratingCount ?? 0;
	return {
		count,
		average: count
			? Math.round(((course.ratingSum ?? 0) / count) * 10) / 10
			: null,
	};
}

export function serializeCourse(course: Course): CourseSummary {
	return {
		id: course.id,
		title: course.title,
		slug: course.slug,
		description: course.description ?? null,
		coverImage: course.coverImage ?? null,
		instructorId: course.instructorId,
		instructorName: course.instructorName ?? null,
		category: course.category ?? null,
		tags: parseTags(course.tags),
		difficulty: course.difficulty,
		durationMins: course.durationMins ?? null,
		price: course.price,
		currency: course.currency,
		status: course.status,
		maxStudents: course.maxStudents ?? null,
		lessonCount: course.lessonCount,
		totalDurationMins: course.lessonDurationMins,
		enrollmentCount: course.enrollmentCount,
		rating: ratingOf(course),
		subtitle: course.subtitle ?? null,
		createdAt: iso(course.createdAt),
		updatedAt: iso(course.updatedAt),
	};
}

/** The course page's selling fields: outcomes, requirements, audience, promo video, instructor bio. */
export function serializeCoursePitch(course: Course) {
	return {
		outcomes: parseTags(course.outcomes),
		requirements: parseTags(course.requirements),
		audience: course.audience ?? null,
		promoVideoUrl: course.promoVideoUrl ?? null,
		instructorBio: course.instructorBio ?? null,
		instructorAvatar: course.instructorAvatar ?? null,
	};
}

/** A review for the API: no storage key; an author without a stored name reads "Learner". */
export function serializeReview(review: Review): ReviewView {
	return {
		id: review.id,
		courseId: review.courseId,
		userId: review.userId,
		rating: review.rating,
		body: review.body ?? null,
		authorName: review.authorName || "Learner",
		hidden: review.hidden,
		reply: review.reply ?? null,
		repliedAt: isoOrNull(review.repliedAt),
		createdAt: iso(review.createdAt),
		updatedAt: iso(review.updatedAt),
	};
}

export function serializeLessonOutline(
	lesson: Pick<
		Lesson,
		| "id"
		| "sectionId"
		| "title"
		| "type"
		| "durationMins"
		| "order"
		| "isFreePreview"
		| "dripDays"
		| "dripDate"
	>,
): LessonOutline {
	return {
		id: lesson.id,
		sectionId: lesson.sectionId ?? null,
		title: lesson.title,
		type: lesson.type,
		durationMins: lesson.durationMins ?? null,
		order: lesson.order,
		isFreePreview: lesson.isFreePreview,
		dripDays: lesson.dripDays ?? null,
		dripDate: isoOrNull(lesson.dripDate),
	};
}

/** The whole lesson. `quiz` is whatever view of the quiz the caller may see (or null). */
export function serializeLesson(
	lesson: Lesson,
	quiz: Quiz | PublicQuiz | null,
): LessonDetail {
	return {
		id: lesson.id,
		courseId: lesson.courseId,
		sectionId: lesson.sectionId ?? null,
		title: lesson.title,
		type: lesson.type,
		content: lesson.type === "quiz" ? null : (lesson.content ?? null),
		videoUrl: lesson.videoUrl ?? null,
		captionsUrl: lesson.captionsUrl ?? null,
		captions: parseCaptions(lesson.captions),
		durationMins: lesson.durationMins ?? null,
		order: lesson.order,
		isFreePreview: lesson.isFreePreview,
		resources: parseResources(lesson.resources),
		dripDays: lesson.dripDays ?? null,
		dripDate: isoOrNull(lesson.dripDate),
		quiz,
		createdAt: iso(lesson.createdAt),
		updatedAt: iso(lesson.updatedAt),
	};
}

/** An enrollment as learners see it: `expired` once `accessEndsAt` is past `now`. */
export function serializeEnrollment(
	enrollment: Enrollment,
	now: Date = new Date(),
): SerializedEnrollment {
	return {
		id: enrollment.id,
		courseId: enrollment.courseId,
		userId: enrollment.userId,
		status: enrollmentStatusAt(enrollment, now),
		progressPct: enrollment.progressPct,
		lastLessonId: enrollment.lastLessonId ?? null,
		certificateId: enrollment.certificateId ?? null,
		paymentRef: enrollment.paymentRef ?? null,
		enrolledAt: iso(enrollment.enrolledAt),
		completedAt: isoOrNull(enrollment.completedAt),
		accessEndsAt: isoOrNull(enrollment.accessEndsAt),
		lastActivityAt: isoOrNull(enrollment.lastActivityAt),
	};
}

export function serializeLessonProgress(
	progress: LessonProgress,
): SerializedLessonProgress {
	return {
		lessonId: progress.lessonId,
		completed: progress.completed,
		completedAt: isoOrNull(progress.completedAt),
		positionSecs: progress.positionSecs,
	};
}

export function serializeAttempt(attempt: QuizAttempt): SerializedQuizAttempt {
	return {
		id: attempt.id,
		lessonId: attempt.lessonId,
		score: attempt.score,
		passed: attempt.passed,
		attemptedAt: iso(attempt.attemptedAt),
	};
}

export { iso, isoOrNull };

/** A lesson completion as the complete and quiz endpoints answer it. */
export function serializeCompletion(result: {
	enrollment: Enrollment;
	completedLessons: number;
	totalLessons: number;
	courseCompleted: boolean;
}) {
	return {
		enrollment: serializeEnrollment(result.enrollment),
		completedLessons: result.completedLessons,
		totalLessons: result.totalLessons,
		courseCompleted: result.courseCompleted,
	};
}
