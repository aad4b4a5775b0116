"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

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
	const { onRouteError } = useSchool();
	const path = routePaths.certificate(certificateId);
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ certificateId }}
			onError={(error) =>
				onRouteError?.("certificate", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
