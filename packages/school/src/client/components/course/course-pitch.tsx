"use client";
import type { CourseDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { SchoolImage } from "../shared/link.js";
import { videoSource } from "../shared/player/sources.js";

/** The promo video: a file in `<video>`, YouTube and Vimeo in their privacy-friendly embeds. */
export function PromoVideo({ url }: { url: string }) {
	const { t } = useSchool();
	const source = videoSource(url);
	return source.kind === "file" ? (
		// biome-ignore lint/a11y/useMediaCaption: a promo's captions are the host video's own
		<video
			src={source.url}
			controls
			preload="metadata"
			className="aspect-video w-full rounded-lg bg-black"
			aria-label={t.promoVideoLabel}
			data-testid="course-promo-video"
		/>
	) : (
		<iframe
			src={source.embed}
			title={t.promoVideoLabel}
			className="aspect-video w-full rounded-lg border-0"
			allow="encrypted-media; fullscreen; picture-in-picture"
			allowFullScreen
			loading="lazy"
			data-testid="course-promo-video"
		/>
	);
}

function Section({
	id,
	title,
	children,
}: {
	id: string;
	title: string;
	children: React.ReactNode;
}) {
	return (
		<section className="mt-8" aria-labelledby={id} data-testid={id}>
			<h2 id={id} className="mb-3 text-2xl font-semibold">
				{title}
			</h2>
			{children}
		</section>
	);
}

/**
 * What a visitor scans before the curriculum: what they will learn, what they need, and who the
 * course is for. Plain text, rendered as text.
 */
export function CoursePitch({ course }: { course: CourseDetail }) {
	const { t } = useSchool();
	return (
		<>
			{course.outcomes?.length ? (
				<Section id="course-outcomes" title={t.outcomesHeading}>
					<ul className="m-0 grid list-none gap-2 rounded-lg border border-border p-4 sm:grid-cols-2">
						{course.outcomes.map((item) => (
							<li key={item} className="flex gap-2 text-sm">
								<span aria-hidden="true" className="text-primary">
									✓
								</span>
								<span>{item}</span>
							</li>
						))}
					</ul>
				</Section>
			) : null}
			{course.requirements?.length ? (
				<Section id="course-requirements" title={t.requirementsHeading}>
					<ul className="ml-5 list-disc text-sm">
						{course.requirements.map((item) => (
							<li key={item}>{item}</li>
						))}
					</ul>
				</Section>
			) : null}
			{course.audience ? (
				<Section id="course-audience" title={t.audienceHeading}>
					<p className="whitespace-pre-line text-sm">{course.audience}</p>
				</Section>
			) : null}
		</>
	);
}

/** The instructor's name, avatar and bio (the course's own, else the app user's name). */
export function InstructorBio({ course }: { course: CourseDetail }) {
	const { t } = useSchool();
	if (!course.instructorName && !course.instructorBio) return null;
	return (
		<Section id="course-instructor" title={t.instructorHeading}>
			<div className="flex gap-4">
				{course.instructorAvatar ? (
					<SchoolImage
						src={course.instructorAvatar}
						alt=""
						className="h-16 w-16 shrink-0 rounded-full object-cover"
					/>
				) : null}
				<div>
					<p className="font-semibold">{course.instructorName}</p>
					{course.instructorBio ? (
						<p className="mt-1 whitespace-pre-line text-sm text-muted-foreground">
							{course.instructorBio}
						</p>
					) : null}
				</div>
			</div>
		</Section>
	);
}
