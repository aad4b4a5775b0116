"use client";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "./cn.js";
import { SchoolLink } from "./link.js";

/** Shown when the learner has finished every lesson, with the way to the certificate. */
export function CourseCompleteBanner({
	certificateId,
}: {
	certificateId: string | null;
}) {
	const { t, paths } = useSchool();
	return (
		<section
			data-testid="course-complete"
			aria-live="polite"
			className="rounded-lg border border-primary/40 bg-primary/10 p-5"
		>
			<h2 className="text-xl font-semibold">{t.courseCompleteTitle}</h2>
			<p className="mt-1 text-muted-foreground">{t.courseCompleteBody}</p>
			{certificateId ? (
				<SchoolLink
					href={paths.certificate(certificateId)}
					className={`${buttonClass()} mt-4`}
					data-testid="certificate-link"
				>
					{t.viewCertificate}
				</SchoolLink>
			) : null}
		</section>
	);
}
