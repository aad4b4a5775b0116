"use client";
import type { CourseRating } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";

/** Five stars filled to `value` (0-5), drawn as text so they print and scale with the font. */
export function Stars({ value }: { value: number }) {
	const pct = Math.max(0, Math.min(100, (value / 5) * 100));
	return (
		<span aria-hidden="true" className="relative inline-block leading-none">
			<span className="text-muted-foreground/40">★★★★★</span>
			<span
				className="absolute inset-0 overflow-hidden text-amber-500"
				style={{ width: `${pct}%` }}
			>
				★★★★★
			</span>
		</span>
	);
}

/** A course's average and count, with one label for screen readers; "No ratings yet" without any. */
export function RatingSummary({
	rating,
	className = "",
}: {
	rating: CourseRating | undefined;
	className?: string;
}) {
	const { t, format } = useSchool();
	if (!rating?.count || rating.average === null)
		return (
			<span className={`text-sm text-muted-foreground ${className}`}>
				{t.noRatingsYet}
			</span>
		);
	return (
		<span
			className={`inline-flex items-center gap-1 text-sm ${className}`}
			data-testid="course-rating"
			role="img"
			aria-label={t.ratingLabel(rating.average, rating.count)}
		>
			<span className="font-semibold" data-testid="course-rating-average">
				{format.number(rating.average)}
			</span>
			<Stars value={rating.average} />
			<span className="text-muted-foreground" data-testid="course-rating-count">
				({t.ratingCount(rating.count)})
			</span>
		</span>
	);
}
