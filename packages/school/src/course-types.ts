/** Courses and lessons as the catalog, course page and lesson page receive them. */

import type { CourseStatus, Difficulty, LessonType } from "./enums.js";
import type { CourseRef, PrerequisiteMode } from "./pacing-types.js";
import type { CourseRating } from "./review-types.js";

/** Dates become ISO strings: what HTTP returns and what server prefetch writes to the cache. */
export type Serialized<T> = {
	[K in keyof T]: T[K] extends Date
		? string
		: T[K] extends Date | null | undefined
			? string | null
			: T[K];
};

export interface Resource {
	label: string;
	url: string;
}

/** A WebVTT caption track of a lesson: `language` is a BCP 47 tag (`en`, `pt-BR`). */
export interface CaptionTrack {
	language: string;
	label: string;
	url: string;
}

/** A course as the catalog shows it: tags parsed, internal columns dropped. */
export interface CourseSummary {
	id: string;
	title: string;
	slug: string;
	description: string | null;
	coverImage: string | null;
	instructorId: string;
	instructorName: string | null;
	category: string | null;
	tags: string[];
	difficulty: Difficulty;
	durationMins: number | null;
	price: number;
	currency: string;
	status: CourseStatus;
	maxStudents: number | null;
	lessonCount: number;
	totalDurationMins: number;
	enrollmentCount: number;
	rating: CourseRating;
	subtitle: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface CourseList {
	items: CourseSummary[];
	total: number;
	limit: number;
	offset: number;
}

export interface FacetCount {
	value: string;
	count: number;
}

export interface CourseFacets {
	categories: FacetCount[];
	tags: FacetCount[];
	difficulties: FacetCount[];
}

/** A lesson in the public outline: no body, no video URL, no quiz data. */
export interface LessonOutline {
	id: string;
	sectionId: string | null;
	title: string;
	type: LessonType;
	durationMins: number | null;
	order: number;
	isFreePreview: boolean;
	/** Pacing (#19): opens N days after enrollment / on this date (ISO). */
	dripDays?: number | null;
	dripDate?: string | null;
}

export interface SectionOutline {
	id: string;
	title: string;
	order: number;
	/** Pacing (#19): every lesson of the section opens N days after enrollment / on this date. */
	dripDays?: number | null;
	dripDate?: string | null;
	lessons: LessonOutline[];
}

export interface CourseDetail extends CourseSummary {
	/** "What you'll learn", in order. */
	outcomes: string[];
	requirements: string[];
	audience: string | null;
	promoVideoUrl: string | null;
	instructorBio: string | null;
	instructorAvatar: string | null;
	sections: SectionOutline[];
	/** Lessons that belong to no section, in order. */
	unsectionedLessons: LessonOutline[];
	/** The whole outline in reading order: sections in order, then unsectioned lessons. */
	lessonOrder: string[];
	/** Pacing (#19): courses to complete first (linked on the course page). */
	prerequisites?: CourseRef[];
	prerequisiteMode?: PrerequisiteMode;
	sequential?: boolean;
	/** Days of lesson access an enrollment gives; null = for ever. */
	accessDays?: number | null;
}

export interface LessonDetail {
	id: string;
	courseId: string;
	sectionId: string | null;
	title: string;
	type: LessonType;
	/** Markdown body for text and video lessons; null for quizzes (see `quiz`). */
	content: string | null;
	videoUrl: string | null;
	captionsUrl: string | null;
	/** Caption tracks in every language (the legacy `captionsUrl` is not repeated here). */
	captions: CaptionTrack[];
	durationMins: number | null;
	order: number;
	isFreePreview: boolean;
	resources: Resource[];
	/** Pacing (#19): opens N days after enrollment / on this date (ISO). */
	dripDays?: number | null;
	dripDate?: string | null;
	/** For quiz lessons: the quiz as this caller may see it. */
	quiz: import("./quiz.js").PublicQuiz | import("./quiz.js").Quiz | null;
	createdAt: string;
	updatedAt: string;
}

export interface Certificate {
	certificateId: string;
	learnerName: string;
	courseTitle: string;
	courseSlug: string;
	instructorName: string | null;
	completedAt: string;
}
