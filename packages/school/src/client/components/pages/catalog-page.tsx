"use client";
import { ComposedRoute } from "@btst/stack/client/components";
import { lazy } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { routePaths } from "../../paths.js";
import { PageError, PageSkeleton } from "../shared/states.js";

const Page = lazy(() =>
	import("./catalog-page.internal.js").then((m) => ({
		default: m.CatalogPage,
	})),
);

/** The catalog route: the page inside Suspense and an error boundary, loaded lazily. */
export function CatalogPageComponent({
	initialFilters,
}: {
	initialFilters?: import("./catalog-filters.js").CatalogFilters;
}) {
	const { onRouteError } = useSchool();
	const path = routePaths.catalog();
	return (
		<ComposedRoute
			path={path}
			PageComponent={Page}
			ErrorComponent={PageError}
			LoadingComponent={PageSkeleton}
			props={{ initialFilters }}
			onError={(error) =>
				onRouteError?.("catalog", error, {
					path,
					isSSR: typeof window === "undefined",
				})
			}
		/>
	);
}
