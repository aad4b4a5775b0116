/** Review records and the shapes the review endpoints return. */

/** A learner's review of a course, as stored. */
export interface Review {
	id: string;
	courseId: string;
	userId: string;
	reviewKey: string;
	rating: number;
	body?: string | null;
	authorName?: string | null;
	hidden: boolean;
	reply?: string | null;
	repliedAt?: Date | null;
	createdAt: Date;
	updatedAt: Date;
}

/** A course's rating: the average of its visible reviews (one decimal) and how many there are. */
export interface CourseRating {
	average: number | null;
	count: number;
}

/** A review as the API returns it (no storage key). */
export interface ReviewView {
	id: string;
	courseId: string;
	userId: string;
	rating: number;
	body: string | null;
	authorName: string;
	hidden: boolean;
	reply: string | null;
	repliedAt: string | null;
	createdAt: string;
	updatedAt: string;
}

/** A page of a course's reviews with the course's rating. */
export interface ReviewList {
	items: ReviewView[];
	total: number;
	limit: number;
	offset: number;
	rating: CourseRating;
}

/** The caller's own review of a course and whether they may write one. */
export interface MyReview {
	review: ReviewView | null;
	/** Enrolled and far enough along (the app's `reviewMinProgress`). */
	eligible: boolean;
}
