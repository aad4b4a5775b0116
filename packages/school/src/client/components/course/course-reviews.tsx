"use client";
import { useState } from "react";
import type { CourseDetail, ReviewView } from "../../../types.js";
import {
	useCourseReviews,
	useMyReview,
	useReviewAction,
	useSubmitReview,
} from "../../hooks/review-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { textareaClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { RatingSummary, Stars } from "./rating.js";

/** The learner's own review: 1-5 stars (radio buttons) and optional text; create, edit, delete. */
function ReviewForm({
	courseId,
	mine,
}: {
	courseId: string;
	mine: ReviewView | null;
}) {
	const { t } = useSchool();
	const [rating, setRating] = useState(mine?.rating ?? 0);
	const [body, setBody] = useState(mine?.body ?? "");
	const submit = useSubmitReview(courseId);
	const action = useReviewAction(courseId);
	return (
		<form
			className="mb-6 rounded-lg border border-border p-4"
			data-testid="review-form"
			onSubmit={(event) => {
				event.preventDefault();
				if (rating) submit.mutate({ rating, body: body.trim() || null });
			}}
		>
			<h3 className="mb-2 font-semibold">{t.yourReview}</h3>
			{mine?.hidden ? (
				<p className="mb-2 text-sm text-muted-foreground">
					{t.reviewHiddenNote}
				</p>
			) : null}
			<fieldset className="mb-3">
				<legend className="mb-1 text-sm">{t.reviewStarsLegend}</legend>
				<div className="flex gap-1">
					{[1, 2, 3, 4, 5].map((n) => (
						<label key={n} className="cursor-pointer text-2xl">
							<input
								type="radio"
								name="rating"
								value={n}
								checked={rating === n}
								onChange={() => setRating(n)}
								className="sr-only"
								aria-label={t.reviewStar(n)}
								data-testid={`review-star-${n}`}
							/>
							<span
								aria-hidden="true"
								className={
									n <= rating ? "text-amber-500" : "text-muted-foreground/40"
								}
							>
								★
							</span>
						</label>
					))}
				</div>
			</fieldset>
			<label className="mb-1 block text-sm" htmlFor="review-body">
				{t.reviewBodyLabel}
			</label>
			<textarea
				id="review-body"
				className={textareaClass}
				maxLength={2000}
				value={body}
				onChange={(e) => setBody(e.target.value)}
				data-testid="review-body"
			/>
			<div className="mt-3 flex flex-wrap items-center gap-2">
				<Button
					type="submit"
					size="sm"
					disabled={!rating || submit.isPending}
					data-testid="review-submit"
				>
					{mine ? t.reviewUpdate : t.reviewSubmit}
				</Button>
				{mine ? (
					<Button
						variant="ghost"
						size="sm"
						onClick={() => action.mutate({ kind: "delete", id: mine.id })}
						data-testid="review-delete"
					>
						{t.reviewDelete}
					</Button>
				) : null}
				<span role="status" className="text-sm text-muted-foreground">
					{submit.isSuccess ? t.reviewSaved : null}
					{submit.isError || action.isError ? t.reviewError : null}
				</span>
			</div>
		</form>
	);
}

/** A manager's reply and hide controls under a review. */
function ManageReview({
	courseId,
	review,
}: {
	courseId: string;
	review: ReviewView;
}) {
	const { t } = useSchool();
	const [reply, setReply] = useState("");
	const [open, setOpen] = useState(false);
	const action = useReviewAction(courseId);
	return (
		<div className="mt-2 flex flex-col gap-2">
			<div className="flex gap-2">
				{!review.reply ? (
					<Button
						variant="ghost"
						size="sm"
						onClick={() => setOpen((v) => !v)}
						data-testid="review-reply-open"
					>
						{t.reviewReply}
					</Button>
				) : null}
				<Button
					variant="ghost"
					size="sm"
					onClick={() => action.mutate({ kind: "hide", id: review.id })}
					data-testid="review-hide"
				>
					{t.reviewHide}
				</Button>
			</div>
			{open ? (
				<form
					onSubmit={(e) => {
						e.preventDefault();
						if (reply.trim())
							action.mutate({
								kind: "reply",
								id: review.id,
								reply: reply.trim(),
							});
					}}
				>
					<label className="mb-1 block text-sm" htmlFor={`reply-${review.id}`}>
						{t.reviewReplyLabel}
					</label>
					<textarea
						id={`reply-${review.id}`}
						className={textareaClass}
						maxLength={2000}
						value={reply}
						onChange={(e) => setReply(e.target.value)}
						data-testid="review-reply-body"
					/>
					<Button
						type="submit"
						variant="outline"
						size="sm"
						className="mt-2"
						disabled={action.isPending}
						data-testid="review-reply-send"
					>
						{t.reviewReplySend}
					</Button>
				</form>
			) : null}
			{action.isError ? (
				<p role="alert" className="text-sm text-destructive">
					{t.reviewError}
				</p>
			) : null}
		</div>
	);
}

/**
 * The course's reviews: its rating, the learner's own review form (once they may write one),
 * the newest reviews with instructor replies, and reply/hide for the course's managers. Review
 * text is plain text rendered as text: nothing in it becomes markup or a link.
 */
export function CourseReviews({
	course,
	studying,
	canManage,
}: {
	course: CourseDetail;
	/** An enrolled learner with a completed lesson: the only one who may have or write a review. */
	studying: boolean;
	canManage: boolean;
}) {
	const { t, format } = useSchool();
	const [limit, setLimit] = useState(10);
	// No request for what cannot exist: a list without ratings, a review before any progress.
	const reviews = useCourseReviews(course.id, limit, !!course.rating?.count);
	const mine = useMyReview(course.id, studying);
	const page = reviews.data;
	return (
		<section
			className="mt-10"
			aria-labelledby="reviews-heading"
			data-testid="course-reviews"
		>
			<h2 id="reviews-heading" className="mb-2 text-2xl font-semibold">
				{t.reviewsHeading}
			</h2>
			<RatingSummary rating={page?.rating ?? course.rating} className="mb-4" />
			{mine.data?.eligible || mine.data?.review ? (
				<ReviewForm
					key={mine.data.review?.updatedAt ?? "new"}
					courseId={course.id}
					mine={mine.data.review}
				/>
			) : studying && mine.data && !canManage ? (
				<p
					className="mb-4 text-sm text-muted-foreground"
					data-testid="review-not-yet"
				>
					{t.reviewNotYet}
				</p>
			) : null}
			{reviews.isError ? (
				<p role="alert" className="text-sm text-destructive">
					{t.reviewsLoadError}
				</p>
			) : !course.rating?.count || page?.items.length === 0 ? (
				<p className="text-sm text-muted-foreground">{t.reviewsEmpty}</p>
			) : (
				<ul className="m-0 flex list-none flex-col gap-4 p-0">
					{page?.items.map((review) => (
						<li
							key={review.id}
							className="rounded-lg border border-border p-4"
							data-testid="review-item"
						>
							<div className="flex flex-wrap items-center gap-2 text-sm">
								<span className="font-semibold">{review.authorName}</span>
								<span role="img" aria-label={t.reviewStar(review.rating)}>
									<Stars value={review.rating} />
								</span>
								<span className="text-muted-foreground">
									{format.date(review.createdAt)}
								</span>
							</div>
							{review.body ? (
								<p
									className="mt-2 whitespace-pre-line text-sm"
									data-testid="review-text"
								>
									{review.body}
								</p>
							) : null}
							{review.reply ? (
								<div
									className="mt-3 border-l-2 border-primary/40 pl-3 text-sm"
									data-testid="review-reply"
								>
									<p className="font-medium">{t.reviewReplyFrom}</p>
									<p className="whitespace-pre-line text-muted-foreground">
										{review.reply}
									</p>
								</div>
							) : null}
							{canManage ? (
								<ManageReview courseId={course.id} review={review} />
							) : null}
						</li>
					))}
				</ul>
			)}
			{page && page.total > page.items.length ? (
				<Button
					variant="outline"
					size="sm"
					className="mt-4"
					onClick={() => setLimit((n) => Math.min(100, n + 10))}
				>
					{t.reviewsMore}
				</Button>
			) : null}
		</section>
	);
}
