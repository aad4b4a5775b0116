"use client";
import { lazy } from "react";
import { routePaths } from "../../paths.js";
import { SchoolRoute } from "./school-route.js";

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
	return (
		<SchoolRoute
			name="catalog"
			path={routePaths.catalog()}
			Page={Page}
			props={{ initialFilters }}
		/>
	);
}
