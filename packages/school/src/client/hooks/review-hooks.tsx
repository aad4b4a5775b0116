"use client";
import {
	keepPreviousData,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import type { MyReview, ReviewList, ReviewView } from "../../types.js";
import { schoolFetch } from "../fetcher.js";
import { useApiTarget } from "./use-school.js";

/**
 * Reviews: a course's public list, the caller's own review, and the writes. Every write
 * refreshes the course's reviews and the course itself (its `rating` changed).
 */

const enc = encodeURIComponent;

/** Query keys of a course's reviews; all under `["school", "reviews", courseId]`. */
export const reviewKeys = {
	all: (courseId: string) => ["school", "reviews", courseId] as const,
	list: (courseId: string, limit: number) =>
		["school", "reviews", courseId, "list", limit] as const,
	mine: (courseId: string) => ["school", "reviews", courseId, "mine"] as const,
};

/** The newest `limit` visible reviews of a course and its rating. */
export function useCourseReviews(courseId: string, limit = 10, enabled = true) {
	const target = useApiTarget();
	return useQuery({
		queryKey: reviewKeys.list(courseId, limit),
		queryFn: ({ signal }) =>
			schoolFetch<ReviewList>(
				target,
				`/school/courses/${enc(courseId)}/reviews`,
				{
					query: { limit },
					signal,
				},
			),
		placeholderData: keepPreviousData,
		enabled,
	});
}

/** The signed-in learner's review and whether they may write one (off for visitors). */
export function useMyReview(courseId: string, enabled: boolean) {
	const target = useApiTarget();
	return useQuery({
		queryKey: reviewKeys.mine(courseId),
		queryFn: ({ signal }) =>
			schoolFetch<MyReview>(
				target,
				`/school/courses/${enc(courseId)}/reviews/mine`,
				{ signal },
			),
		enabled,
	});
}

/** Refreshes the course's reviews and every cached course read (the rating moved). */
function useRefresh(courseId: string) {
	const queryClient = useQueryClient();
	return () =>
		Promise.all([
			queryClient.invalidateQueries({ queryKey: reviewKeys.all(courseId) }),
			queryClient.invalidateQueries({
				predicate: (q) =>
					q.queryKey[0] === "school" &&
					JSON.stringify(q.queryKey).includes("course"),
			}),
		]);
}

/** Writes the caller's review (creates or updates it). */
export function useSubmitReview(courseId: string) {
	const target = useApiTarget();
	const refresh = useRefresh(courseId);
	return useMutation({
		mutationFn: (input: { rating: number; body?: string | null }) =>
			schoolFetch<ReviewView>(
				target,
				`/school/courses/${enc(courseId)}/reviews`,
				{
					method: "POST",
					body: input,
				},
			),
		onSuccess: refresh,
	});
}

/** Deletes, replies to or hides a review. */
export function useReviewAction(courseId: string) {
	const target = useApiTarget();
	const refresh = useRefresh(courseId);
	return useMutation({
		mutationFn: (
			action:
				| { kind: "delete"; id: string }
				| { kind: "reply"; id: string; reply: string }
				| { kind: "hide"; id: string },
		) =>
			action.kind === "delete"
				? schoolFetch(target, `/school/reviews/${enc(action.id)}`, {
						method: "DELETE",
					})
				: schoolFetch(
						target,
						`/school/reviews/${enc(action.id)}/${action.kind}`,
						{
							method: "POST",
							body:
								action.kind === "reply"
									? { reply: action.reply }
									: { hidden: true },
						},
					),
		onSuccess: refresh,
	});
}
