"use client";
import { useEffect, useState } from "react";
import type { CourseDetail } from "../../../types.js";
import { useCourseProgress, useEnroll } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { PriceTag } from "../shared/course-card.js";
import { SchoolLink } from "../shared/link.js";
import { Skeleton } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { ContinueLink } from "./continue-link.js";
import { activeEnrollment, continueHref } from "./lesson-nav.js";

/**
 * The course page's action on phones: a bar fixed to the bottom of the screen, so Enroll, Buy
 * or Continue is never below the whole curriculum. Hidden on wide screens, where the side card
 * stays in view (and it is not rendered there at all: no duplicate controls). Its controls
 * have their own test ids (the side card keeps the usual ones).
 */
export function CourseStickyBar({ course }: { course: CourseDetail }) {
	const narrow = useNarrowScreen();
	return narrow ? <StickyBar course={course} /> : null;
}

/** Below Tailwind's `lg` breakpoint; false on the server and until mounted. */
function useNarrowScreen(): boolean {
	const [narrow, setNarrow] = useState(false);
	useEffect(() => {
		const query = window.matchMedia?.("(max-width: 1023.98px)");
		if (!query) return;
		const update = () => setNarrow(query.matches);
		update();
		query.addEventListener("change", update);
		return () => query.removeEventListener("change", update);
	}, []);
	return narrow;
}

function StickyBar({ course }: { course: CourseDetail }) {
	const { t, paths, signInUrl, checkout, navigate } = useSchool();
	const { data, isPending, isError, progress } = useCourseProgress(course.id);
	const enroll = useEnroll();
	const enrollment = activeEnrollment(data);
	const full =
		course.maxStudents !== null && course.enrollmentCount >= course.maxStudents;
	let action: React.ReactNode;
	if (isPending) action = <Skeleton className="h-10 w-32" />;
	else if (isError)
		action = (
			<SchoolLink href="#enroll" className={buttonClass("outline")}>
				{t.errorRetry}
			</SchoolLink>
		);
	else if (enrollment)
		action = (
			<ContinueLink
				course={course}
				enrollment={enrollment}
				testId="sticky-continue"
			/>
		);
	else if (data?.canManage) action = null;
	else if (!data?.signedIn)
		action = (
			<SchoolLink
				href={
					signInUrl
						? signInUrl(paths.course(course.slug))
						: paths.course(course.slug)
				}
				className={buttonClass()}
				data-testid="sticky-sign-in"
			>
				{t.signInToEnroll}
			</SchoolLink>
		);
	else if (full) action = <Button disabled>{t.courseFull}</Button>;
	else if (course.price > 0)
		action = (
			<Button
				data-testid="sticky-buy"
				disabled={!checkout}
				onClick={() => checkout?.(course)}
			>
				{t.previewEnrollCta}
			</Button>
		);
	else
		action = (
			<Button
				data-testid="sticky-enroll"
				disabled={enroll.isPending}
				onClick={() =>
					enroll.mutate(course.id, {
						onSuccess: () => void navigate(continueHref(course, null, paths)),
					})
				}
			>
				{enroll.isPending ? t.enrolling : t.enrollFree}
			</Button>
		);
	if (action === null) return null;
	return (
		<div
			data-testid="course-sticky-bar"
			className="fixed inset-x-0 bottom-0 z-30 border-t border-border bg-background/95 px-4 py-3 shadow-lg backdrop-blur lg:hidden"
		>
			<div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
				<div className="min-w-0 text-sm">
					<p className="truncate font-medium">{course.title}</p>
					<p className="text-muted-foreground">
						{enrollment ? (
							t.progressLabel(progress?.pct ?? 0)
						) : (
							<PriceTag course={course} />
						)}
					</p>
				</div>
				{action}
			</div>
		</div>
	);
}
