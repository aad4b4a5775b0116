"use client";
import { useState } from "react";
import type { Certificate } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { certificatePdf, downloadBytes } from "./certificate-pdf.js";
import { qrDataUrl } from "./qr.js";
import { linkedInAddToProfileUrl } from "./share-links.js";

/** Copy link, Add to LinkedIn profile, and a real PDF download built from the same data. */
export function CertificateActions({
	certificate,
	url,
}: {
	certificate: Certificate;
	url: string;
}) {
	const { t, format, schoolName } = useSchool();
	const [copied, setCopied] = useState(false);
	const [pdfFailed, setPdfFailed] = useState(false);
	const [busy, setBusy] = useState(false);

	async function downloadPdf() {
		setBusy(true);
		setPdfFailed(false);
		try {
			const bytes = await certificatePdf({
				schoolName,
				title: t.certificateTitle,
				certifies: t.certificateCertifies,
				learnerName: certificate.learnerName,
				completed: t.certificateCompleted,
				courseTitle: certificate.courseTitle,
				instructorLabel: t.certificateInstructor,
				instructorName: certificate.instructorName ?? "-",
				dateLabel: t.certificateDate,
				date: format.date(certificate.completedAt),
				idLabel: t.certificateId,
				certificateId: certificate.certificateId,
				verifyLabel: t.certificateVerifyAt,
				verificationUrl: url,
				qrPng: await qrDataUrl(url),
			});
			downloadBytes(bytes, `certificate-${certificate.courseSlug}.pdf`);
		} catch {
			setPdfFailed(true);
		} finally {
			setBusy(false);
		}
	}

	return (
		<div className="school-no-print mb-4 flex flex-wrap justify-end gap-2">
			<Button
				variant="outline"
				data-testid="certificate-copy-link"
				onClick={async () => {
					await navigator.clipboard?.writeText(url);
					setCopied(true);
				}}
			>
				{copied ? t.certificateLinkCopied : t.certificateCopyLink}
			</Button>
			<a
				className={buttonClass("outline")}
				href={linkedInAddToProfileUrl(certificate, {
					url,
					organizationName: schoolName,
				})}
				target="_blank"
				rel="noopener noreferrer"
				data-testid="certificate-linkedin"
			>
				{t.certificateAddToLinkedIn}
			</a>
			<Button onClick={downloadPdf} disabled={busy} data-testid="download-pdf">
				{t.downloadPdf}
			</Button>
			<span role="status" className="sr-only">
				{copied ? t.certificateLinkCopied : ""}
			</span>
			{pdfFailed ? (
				<p role="alert" className="w-full text-right text-sm text-destructive">
					{t.certificatePdfError}
				</p>
			) : null}
		</div>
	);
}
