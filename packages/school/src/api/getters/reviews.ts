import { pageQuerySchema } from "../../schemas.js";
import type { Course, Review, ReviewList } from "../../types.js";
import { type Db, eq } from "../db-types.js";
import { reviewKeyOf } from "../keys.js";
import { ratingOf, serializeReview } from "../serializers.js";
import { findStablePage } from "./stable-page.js";

/**
 * Review reads. Pure: authorization is the caller's job (the endpoints check who is asking
 * through `access.ts`; server-side callers of `createSchoolApi` are trusted).
 */

export function getReviewById(db: Db, id: string): Promise<Review | null> {
	return db.findOne<Review>({ model: "review", where: [eq("id", id)] });
}

/** A learner's review of a course (by its unique key), or null. */
export function getOwnReview(
	db: Db,
	courseId: string,
	userId: string,
): Promise<Review | null> {
	return db.findOne<Review>({
		model: "review",
		where: [eq("reviewKey", reviewKeyOf(courseId, userId))],
	});
}

/**
 * A page of a course's visible reviews, newest first (id breaks ties, so pages never repeat
 * or skip), with the course's rating from its kept counters: no review is read to average.
 */
export async function listReviews(
	db: Db,
	course: Course,
	rawQuery: { limit?: number; offset?: number } = {},
): Promise<ReviewList> {
	const query = pageQuerySchema.parse(rawQuery);
	const page = await findStablePage<Review>(
		db,
		{
			model: "review",
			where: [eq("courseId", course.id), eq("hidden", false)],
			sortBy: { field: "createdAt", direction: "desc" },
		},
		query,
	);
	return {
		...page,
		items: page.items.map(serializeReview),
		rating: ratingOf(course),
	};
}
