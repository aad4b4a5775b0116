import type { Course, Review, SchoolUser } from "../../types.js";
import { type Db, eq } from "../db-types.js";
import { isUniqueViolation, SchoolError } from "../errors.js";
import { getOwnReview, getReviewById } from "../getters/reviews.js";
import { reviewKeyOf } from "../keys.js";

/**
 * Review writes and the course's rating counters. Pure: eligibility, roles and hooks are the
 * caller's (`operations/reviews.ts`).
 */

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * Re-counts a course's rating from its visible reviews: one count per star value, so the sum
 * and the average need no review rows read, whatever their number. Like the enrollment
 * counters, it writes and re-checks until the stored values match the rows, so the request that
 * checks last leaves them right even when two recounts interleave.
 */
export async function recountRatings(db: Db, courseId: string): Promise<void> {
	for (let round = 0; round < 10; round++) {
		const [course, ...perStar] = await Promise.all([
			db.findOne<Course>({ model: "course", where: [eq("id", courseId)] }),
			...STARS.map((rating) =>
				db.count({
					model: "review",
					where: [
						eq("courseId", courseId),
						eq("hidden", false),
						eq("rating", rating),
					],
				}),
			),
		]);
		if (!course) return;
		const count = perStar.reduce((a, b) => a + b, 0);
		const sum = perStar.reduce((a, n, i) => a + n * (i + 1), 0);
		const score = count ? Math.round((sum / count) * 100) : 0;
		if (
			(course.ratingCount ?? 0) === count &&
			(course.ratingSum ?? 0) === sum &&
			(course.ratingScore ?? 0) === score
		)
			return;
		await db.update({
			model: "course",
			where: [eq("id", courseId)],
			update: { ratingCount: count, ratingSum: sum, ratingScore: score },
		});
	}
}

export interface ReviewInput {
	rating: number;
	body?: string | null;
}

export interface SaveReviewResult {
	review: Review;
	/** false when the learner's existing review was updated. */
	created: boolean;
}

async function updateReview(
	db: Db,
	review: Review,
	input: ReviewInput,
): Promise<Review> {
	const updated = await db.update<Review>({
		model: "review",
		where: [eq("id", review.id)],
		update: {
			rating: input.rating,
			body: input.body || null,
			updatedAt: new Date(),
		},
	});
	return updated ?? { ...review, rating: input.rating, body: input.body };
}

/**
 * Creates the learner's review of a course, or updates it if they have one. One row per learner
 * and course is held by the unique `reviewKey`: a request that loses the race to create reads
 * the winner's row and updates it instead, so concurrent first reviews leave exactly one.
 */
export async function saveReview(
	db: Db,
	course: Course,
	user: SchoolUser,
	input: ReviewInput,
): Promise<SaveReviewResult> {
	let result: SaveReviewResult | null = null;
	const existing = await getOwnReview(db, course.id, user.id);
	if (existing) {
		result = {
			review: await updateReview(db, existing, input),
			created: false,
		};
	} else {
		try {
			const now = new Date();
			const review = await db.create<Review>({
				model: "review",
				data: {
					courseId: course.id,
					userId: user.id,
					reviewKey: reviewKeyOf(course.id, user.id),
					rating: input.rating,
					body: input.body || null,
					authorName: user.name || null,
					hidden: false,
					createdAt: now,
					updatedAt: now,
				},
			});
			result = { review, created: true };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
			const winner = await getOwnReview(db, course.id, user.id);
			if (!winner) throw error;
			result = {
				review: await updateReview(db, winner, input),
				created: false,
			};
		}
	}
	await recountRatings(db, course.id);
	return result;
}

/** Deletes a review and recounts its course's rating. */
export async function deleteReview(db: Db, review: Review): Promise<void> {
	await db.delete({ model: "review", where: [eq("id", review.id)] });
	await recountRatings(db, review.courseId);
}

/** Records a manager's reply; a review takes one reply (409 when it has one). */
export async function replyToReview(
	db: Db,
	review: Review,
	reply: string,
): Promise<Review> {
	if (review.reply)
		throw new SchoolError(
			409,
			"This review has a reply already",
			"already_replied",
		);
	const repliedAt = new Date();
	await db.update({
		model: "review",
		where: [eq("id", review.id)],
		update: { reply, repliedAt },
	});
	return { ...review, reply, repliedAt };
}

/** Hides a review (or shows it again) and recounts: hidden reviews leave the average. */
export async function setReviewHidden(
	db: Db,
	review: Review,
	hidden: boolean,
): Promise<Review> {
	if (review.hidden !== hidden)
		await db.update({
			model: "review",
			where: [eq("id", review.id)],
			update: { hidden },
		});
	await recountRatings(db, review.courseId);
	return (await getReviewById(db, review.id)) ?? { ...review, hidden };
}
