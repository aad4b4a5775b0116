"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

const Page = lazy(() =>
	import("./certificate-page.internal.js").then((m) => ({
		default: m.CertificatePage,
	})),
);

/** The certificate route: the page inside Suspense and an error boundary, loaded lazily. */
export function CertificatePageComponent({
	certificateId,
}: {
	certificateId: string;
}) {
	return (
		<SchoolRoute
			name="certificate"
			path={routePaths.certificate(certificateId)}
			Page={Page}
			props={{ certificateId }}
		/>
	);
}
