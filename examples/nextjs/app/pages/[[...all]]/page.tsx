import { metaElementsToObject, normalizePath } from "@btst/stack/client";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { SchoolRouteExtra } from "btst-school/client";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { currentLanguage } from "@/lib/i18n/current";
import { ensureDatabase } from "@/lib/migrate";
import { getOrCreateQueryClient } from "@/lib/query-client";
import { forwardedHeaders, getStackClient } from "@/lib/stack-client";
import { LIVE_SEGMENT } from "@/lib/static-pages";

/**
 * Every school page rendered per request, with the visitor's session, language and query. The
 * catalog and course pages also have static routes (`app/pages/learn/…`); `proxy.ts` sends the
 * visitors those do not fit here as `/pages/live/learn/…` (lib/static-pages.ts), and the
 * `live` segment is dropped before the plugin's router sees the path.
 */
export const dynamic = "force-dynamic";

type Params = { all?: string[] };
type Search = Record<string, string | string[] | undefined>;

function toQuery(search: Search): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const [key, value] of Object.entries(search)) {
		if (value !== undefined) query[key] = value;
	}
	return query;
}

/**
 * Resolves the plugin route for this path and runs its loader (which prefetches into a fresh
 * QueryClient, forwarding the visitor's cookie). Wrapped in React `cache` so the page and
 * `generateMetadata` share one load per request.
 */
const loadRoute = cache(async (path: string, queryJson: string) => {
	await ensureDatabase();
	const queryClient = getOrCreateQueryClient();
	const stackClient = getStackClient(queryClient, {
		headers: forwardedHeaders(await headers()),
		language: await currentLanguage(),
	});
	const route = stackClient.router.getRoute(
		path,
		JSON.parse(queryJson) as Record<string, string | string[]>,
	);
	if (route?.loader) await route.loader();
	return { queryClient, route };
});

/**
 * The school's routes say when the server answered "no such course, lesson, quiz or
 * certificate" (`extra()` after the loader): the page then answers HTTP 404.
 */
function isNotFound(route: { extra?: () => unknown }): boolean {
	const extra = route.extra?.() as SchoolRouteExtra | undefined;
	return extra?.notFound === true;
}

async function resolve(props: {
	params: Promise<Params>;
	searchParams: Promise<Search>;
}) {
	const [{ all }, search] = await Promise.all([
		props.params,
		props.searchParams,
	]);
	const segments = all?.[0] === LIVE_SEGMENT ? all.slice(1) : all;
	return loadRoute(normalizePath(segments), JSON.stringify(toQuery(search)));
}

export default async function SchoolPage(props: {
	params: Promise<Params>;
	searchParams: Promise<Search>;
}) {
	const { queryClient, route } = await resolve(props);
	if (!route?.PageComponent || isNotFound(route)) notFound();
	const { PageComponent } = route;
	return (
		<HydrationBoundary state={dehydrate(queryClient)}>
			<PageComponent />
		</HydrationBoundary>
	);
}

export async function generateMetadata(props: {
	params: Promise<Params>;
	searchParams: Promise<Search>;
}): Promise<Metadata> {
	const { route } = await resolve(props);
	if (!route || isNotFound(route)) notFound();
	if (!route.meta) return {};
	return metaElementsToObject(route.meta()) satisfies Metadata;
}
