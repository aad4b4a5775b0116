import type { Certificate } from "../../../types.js";

/**
 * The certificate's public verification address: the app's `siteURL` (its public origin) when
 * set, else the browser's origin, then the certificate page's path.
 */
export function verificationUrl(
	path: string,
	siteURL: string | undefined,
	browserOrigin?: string,
): string {
	const origin = (siteURL ?? browserOrigin ?? "").replace(/\/+$/, "");
	return `${origin}${path}`;
}

/**
 * LinkedIn's documented "Add to profile" link for a certification
 * (https://addtoprofile.linkedin.com): the certification's name, the issuing organization, the
 * issue month and year, the credential id and its verification URL, pre-filled.
 */
export function linkedInAddToProfileUrl(
	certificate: Pick<
		Certificate,
		"courseTitle" | "completedAt" | "certificateId"
	>,
	options: { url: string; organizationName?: string },
): string {
	const issued = new Date(certificate.completedAt);
	const params = new URLSearchParams({
		startTask: "CERTIFICATION_NAME",
		name: certificate.courseTitle,
		...(options.organizationName
			? { organizationName: options.organizationName }
			: {}),
		issueYear: String(issued.getUTCFullYear()),
		issueMonth: String(issued.getUTCMonth() + 1),
		certUrl: options.url,
		certId: certificate.certificateId,
	});
	return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
