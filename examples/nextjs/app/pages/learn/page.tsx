import { metaElementsToObject } from "@btst/stack/client";
import {
	dehydrate,
	HydrationBoundary,
	QueryClient,
} from "@tanstack/react-query";
import type { Metadata } from "next";
import { cache } from "react";
import { ensureDatabase } from "@/lib/migrate";
import { schoolApi } from "@/lib/stack";
import { getStackClient } from "@/lib/stack-client";
import { skipDatabaseAtBuild } from "@/lib/static-pages";

/**
 * The catalog, statically generated (docs: "Static generation (SSG)"): the unfiltered first page
 * and its facets, prefetched straight from the database with `prefetchForRoute`, regenerated
 * when an instructor changes a course (lib/stack.ts) or after `revalidate` seconds. Filtered and
 * searched URLs, signed-in visitors and other languages get the per-request catch-all route
 * instead (proxy.ts, lib/static-pages.ts).
 */
export const dynamic = "force-static";
// Literal: Next.js reads segment config statically (= STATIC_REVALIDATE_SECONDS).
export const revalidate = 300;

const load = cache(async () => {
	const queryClient = new QueryClient();
	if (!skipDatabaseAtBuild()) {
		try {
			await ensureDatabase();
			await schoolApi.prefetchForRoute("catalog", queryClient);
		} catch (error) {
			// Ship the page without data: it loads in the browser, and the next regeneration
			// fills it in.
			console.warn("[school-demo] catalog prefetch failed", error);
		}
	}
	const route = getStackClient(queryClient).router.getRoute("/learn");
	return { queryClient, route };
});

export default async function CatalogPage() {
	const { queryClient, route } = await load();
	const PageComponent = route?.PageComponent;
	if (!PageComponent) return null;
	return (
		<HydrationBoundary state={dehydrate(queryClient)}>
			<PageComponent />
		</HydrationBoundary>
	);
}

export async function generateMetadata(): Promise<Metadata> {
	const { route } = await load();
	return route?.meta ? metaElementsToObject(route.meta()) : {};
}
