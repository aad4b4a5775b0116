"use client";
import { useEffect, useState } from "react";
import { useCertificate } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { CertificateActions } from "../certificate/certificate-actions.js";
import { qrDataUrl } from "../certificate/qr.js";
import { verificationUrl } from "../certificate/share-links.js";
import { CourseLink, SchoolImage } from "../shared/link.js";
import { NotFoundState, PageShell } from "../shared/states.js";

/** The verification URL's QR code, made in the browser (a data URL; nothing is fetched). */
function useQr(url: string) {
	const [src, setSrc] = useState<string | null>(null);
	useEffect(() => {
		let live = true;
		qrDataUrl(url).then(
			(data) => live && setSrc(data),
			() => live && setSrc(null),
		);
		return () => {
			live = false;
		};
	}, [url]);
	return src;
}

/**
 * The browser's origin, after hydration only: the server render has none, and reading it during
 * the first render would make the printed URL differ between server and browser.
 */
function useBrowserOrigin() {
	const [origin, setOrigin] = useState<string | undefined>(undefined);
	useEffect(() => setOrigin(window.location.origin), []);
	return origin;
}

export function CertificatePage({ certificateId }: { certificateId: string }) {
	const { t, paths, format, siteURL, schoolName, schoolLogo } = useSchool();
	const { data: certificate } = useCertificate(certificateId);
	const origin = useBrowserOrigin();
	const url = verificationUrl(
		paths.certificate(certificateId),
		siteURL,
		origin,
	);
	const qr = useQr(url);
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
			<CertificateActions certificate={certificate} url={url} />
			<section
				className="school-certificate relative rounded-xl border-4 border-double border-primary/50 bg-card px-8 py-12 text-center shadow-sm"
				aria-labelledby="certificate-heading"
			>
				{schoolName || schoolLogo ? (
					<div
						className="mb-6 flex items-center justify-center gap-3"
						data-testid="certificate-school"
					>
						{schoolLogo ? (
							<SchoolImage src={schoolLogo} alt="" className="h-10 w-auto" />
						) : null}
						{schoolName ? (
							<span className="text-lg font-semibold">{schoolName}</span>
						) : null}
					</div>
				) : null}
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
					<CourseLink slug={certificate.courseSlug} className="hover:underline">
						{certificate.courseTitle}
					</CourseLink>
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
				<div className="mt-10 flex items-center justify-center gap-4 text-left text-sm">
					{qr ? (
						<img
							src={qr}
							alt={t.certificateQrAlt}
							width={96}
							height={96}
							className="h-24 w-24"
							data-testid="certificate-qr"
						/>
					) : null}
					<p>
						<span className="block text-muted-foreground">
							{t.certificateVerifyAt}
						</span>
						<span
							className="break-all font-mono text-xs"
							data-testid="certificate-url"
						>
							{url}
						</span>
					</p>
				</div>
			</section>
		</PageShell>
	);
}
