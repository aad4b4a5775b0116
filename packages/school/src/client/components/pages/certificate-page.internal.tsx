"use client";
import { useCertificate } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { NotFoundState, PageShell } from "../shared/states.js";

export function CertificatePage({ certificateId }: { certificateId: string }) {
	const { t, paths, format } = useSchool();
	const { data: certificate } = useCertificate(certificateId);
	if (!certificate) {
		return (
			<NotFoundState
				testId="certificate-not-found"
				title={t.certificateNotFound}
				body={t.certificateNotFoundBody}
			/>
		);
	}
	return (
		<PageShell testId="school-certificate-page" className="max-w-4xl">
			<div className="school-no-print mb-4 flex justify-end">
				<button
					type="button"
					className={buttonClass("outline")}
					onClick={() => window.print()}
					data-testid="download-pdf"
				>
					{t.downloadPdf}
				</button>
			</div>
			<section
				className="school-certificate relative rounded-xl border-4 border-double border-primary/50 bg-card px-8 py-12 text-center shadow-sm"
				aria-labelledby="certificate-heading"
			>
				<p
					className="mb-2 inline-flex items-center gap-2 rounded-full bg-primary/10 px-3 py-1 text-sm font-medium text-primary"
					data-testid="certificate-verified"
				>
					✓ {t.certificateVerified}
				</p>
				<h1
					id="certificate-heading"
					className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl"
				>
					{t.certificateTitle}
				</h1>
				<p className="mt-8 text-muted-foreground">{t.certificateCertifies}</p>
				<p
					className="mt-2 text-3xl font-semibold"
					data-testid="certificate-learner"
				>
					{certificate.learnerName}
				</p>
				<p className="mt-6 text-muted-foreground">{t.certificateCompleted}</p>
				<p
					className="mt-2 text-2xl font-semibold"
					data-testid="certificate-course"
				>
					<SchoolLink
						href={paths.course(certificate.courseSlug)}
						className="hover:underline"
					>
						{certificate.courseTitle}
					</SchoolLink>
				</p>
				<dl className="mt-10 grid gap-6 text-sm sm:grid-cols-3">
					<div>
						<dt className="text-muted-foreground">{t.certificateInstructor}</dt>
						<dd className="mt-1 font-medium">
							{certificate.instructorName ?? "—"}
						</dd>
					</div>
					<div>
						<dt className="text-muted-foreground">{t.certificateDate}</dt>
						<dd className="mt-1 font-medium" data-testid="certificate-date">
							{format.date(certificate.completedAt)}
						</dd>
					</div>
					<div>
						<dt className="text-muted-foreground">{t.certificateId}</dt>
						<dd
							className="mt-1 break-all font-mono text-xs"
							data-testid="certificate-id"
						>
							{certificate.certificateId}
						</dd>
					</div>
				</dl>
			</section>
		</PageShell>
	);
}
