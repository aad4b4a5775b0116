"use client";
import type { CourseSummary } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { RatingSummary } from "../course/rating.js";
import { GeneratedCover } from "./generated-cover.js";
import { CourseLink, SchoolImage } from "./link.js";

export function PriceTag({
	course,
}: {
	course: Pick<CourseSummary, "price" | "currency">;
}) {
	const { t, format } = useSchool();
	return (
		<>
			{course.price > 0
				? format.price(course.price, course.currency)
				: t.priceFree}
		</>
	);
}

export function CourseCard({ course }: { course: CourseSummary }) {
	const { t } = useSchool();
	return (
		<article
			data-testid="course-card"
			className="group relative flex w-full flex-col overflow-hidden rounded-lg border border-border bg-card text-card-foreground shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-ring hover:shadow-md"
		>
			<div className="aspect-video w-full overflow-hidden bg-muted">
				{course.coverImage ? (
					<SchoolImage
						src={course.coverImage}
						alt=""
						className="h-full w-full object-cover"
					/>
				) : (
					<GeneratedCover title={course.title} />
				)}
			</div>
			<div className="flex flex-1 flex-col gap-2 p-4">
				<div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
					{course.category ? <span>{course.category}</span> : null}
					<span className="rounded-full border border-border px-2 py-0.5">
						{t.difficulty[course.difficulty] ?? course.difficulty}
					</span>
				</div>
				<h3 className="text-lg font-semibold leading-snug">
					<CourseLink
						slug={course.slug}
						className="after:absolute after:inset-0 focus-visible:outline-none"
					>
						{course.title}
					</CourseLink>
				</h3>
				{course.instructorName ? (
					<p className="text-sm text-muted-foreground">
						{t.byInstructor(course.instructorName)}
					</p>
				) : null}
				{course.rating?.count ? <RatingSummary rating={course.rating} /> : null}
				<div className="mt-auto flex items-center justify-between pt-2 text-sm">
					<span className="text-muted-foreground">
						{t.lessonsCount(course.lessonCount)} ·{" "}
						{t.minutes(course.totalDurationMins || course.durationMins || 0)}
					</span>
					<span className="font-semibold" data-testid="course-price">
						<PriceTag course={course} />
					</span>
				</div>
			</div>
		</article>
	);
}
