import type { Adapter } from "@btst/stack/plugins/api";
import type { z } from "zod";
import {
	pageQuerySchema,
	reviewHideSchema,
	reviewReplySchema,
	reviewSchema,
} from "../../schemas.js";
import type { MyReview } from "../../types.js";
import { loadFollowedCourse } from "../access.js";
import { getCourseById } from "../getters/catalog.js";
import { listReviews } from "../getters/reviews.js";
import type { Actor, OperationDeps } from "../operations/index.js";
import * as reviews from "../operations/reviews.js";
import type { routeFactory } from "../pipeline.js";
import { serializeReview } from "../serializers.js";

/**
 * Ratings and reviews: `GET/POST /school/courses/:id/reviews` (public page; create or update
 * one's own), `GET /school/courses/:id/reviews/mine`, `DELETE /school/reviews/:id` (author),
 * `POST /school/reviews/:id/reply` and `/hide` (the course's managers).
 */
export function reviewRoutes(
	route: ReturnType<typeof routeFactory>,
	db: Adapter,
) {
	/** A manager's POST on the review `:id`, answered with the review as it now stands. */
	const moderateRoute = <S extends z.ZodType>(
		path: string,
		body: S,
		act: (
			deps: OperationDeps,
			actor: Actor,
			reviewId: string,
			input: z.output<S>,
		) => Promise<Parameters<typeof serializeReview>[0]>,
	) =>
		route(
			path,
			{ method: "POST", body },
			async ({ params, body, deps, actor }) =>
				serializeReview(
					// `body` was parsed by `S`; TS cannot resolve `Parsed<S>` for a generic `S`.
					await act(deps, await actor(), params.id ?? "", body as z.output<S>),
				),
		);

	return {
		listReviews: route(
			"/school/courses/:id/reviews",
			{ method: "GET", query: pageQuerySchema },
			async ({ params, query, viewer }) => {
				// Published courses are public: only drafts and archived ones ask who is reading.
				const found = await getCourseById(db, params.id ?? "");
				const course =
					found?.status === "published"
						? found
						: (await loadFollowedCourse(db, await viewer(), found)).course;
				return listReviews(db, course, query);
			},
		),

		myReview: route(
			"/school/courses/:id/reviews/mine",
			{ method: "GET" },
			async ({ params, deps, viewer }): Promise<MyReview> => {
				const { review, eligible } = await reviews.myReview(
					deps,
					await viewer(),
					params.id ?? "",
				);
				return { review: review && serializeReview(review), eligible };
			},
		),

		submitReview: route(
			"/school/courses/:id/reviews",
			{ method: "POST", body: reviewSchema },
			async ({ params, body, deps, actor, setStatus }) => {
				const result = await reviews.submitReview(
					deps,
					await actor(),
					params.id ?? "",
					body,
				);
				if (result.created) setStatus(201);
				return serializeReview(result.review);
			},
		),

		deleteReview: route(
			"/school/reviews/:id",
			{ method: "DELETE" },
			async ({ params, deps, actor }) => {
				await reviews.deleteReview(deps, await actor(), params.id ?? "");
				return { ok: true };
			},
		),

		replyToReview: moderateRoute(
			"/school/reviews/:id/reply",
			reviewReplySchema,
			(deps, actor, id, body) =>
				reviews.replyToReview(deps, actor, id, body.reply),
		),

		hideReview: moderateRoute(
			"/school/reviews/:id/hide",
			reviewHideSchema,
			(deps, actor, id, body) =>
				reviews.hideReview(deps, actor, id, body.hidden),
		),
	};
}
