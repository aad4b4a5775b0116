"use client";
import type { CourseDetail, EnrollmentDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { continueHref } from "./lesson-nav.js";

/** "Start learning" or "Continue learning": to the lesson the server picked, else the first. */
export function ContinueLink({
	course,
	enrollment,
	testId,
}: {
	course: CourseDetail;
	enrollment: Pick<EnrollmentDetail, "continueLessonId" | "lastLessonId">;
	testId: string;
}) {
	const { t, paths } = useSchool();
	return (
		<SchoolLink
			href={continueHref(course, enrollment.continueLessonId, paths)}
			className={buttonClass()}
			data-testid={testId}
		>
			{enrollment.lastLessonId ? t.continueLearning : t.startLearning}
		</SchoolLink>
	);
}
