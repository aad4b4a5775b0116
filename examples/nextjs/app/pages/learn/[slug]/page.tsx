import { metaElementsToObject } from "@btst/stack/client";
import {
	dehydrate,
	HydrationBoundary,
	QueryClient,
} from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ensureDatabase } from "@/lib/migrate";
import { schoolApi } from "@/lib/stack";
import { getStackClient } from "@/lib/stack-client";
import { skipDatabaseAtBuild } from "@/lib/static-pages";

/**
 * A course page, statically generated: published courses are built ahead when the build can
 * read the database, any other on its first visit, and each is regenerated when its instructor
 * changes it (lib/stack.ts) or after `revalidate` seconds. Who is enrolled, Continue, progress
 * and the manager banner load in the browser after the page. Signed-in visitors, other
 * languages and the personal pages that share this segment (`me`, `instructor`) get the
 * per-request catch-all route (proxy.ts), so here an unknown or unpublished slug is a 404.
 */
export const dynamic = "force-static";
export const revalidate = 300;

type Props = { params: Promise<{ slug: string }> };

/** Every published course, built ahead; other slugs render on their first visit. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
	if (skipDatabaseAtBuild()) return [];
	const params: { slug: string }[] = [];
	try {
		for (let offset = 0; ; offset += 100) {
			const page = await schoolApi.listCourses({ limit: 100, offset });
			params.push(...page.items.map((course) => ({ slug: course.slug })));
			if (offset + 100 >= page.total) return params;
		}
	} catch (error) {
		// No tables yet: build nothing ahead; every course renders on its first visit.
		console.warn("[school-demo] listing courses for the build failed", error);
		return [];
	}
}

const load = cache(async (slug: string) => {
	const queryClient = new QueryClient();
	const route = getStackClient(queryClient).router.getRoute(`/learn/${slug}`);
	// Only a course can be missing; other routes here are client-rendered shells.
	let published = route?.routeKey !== "course";
	if (route?.routeKey === "course" && !skipDatabaseAtBuild()) {
		try {
			await ensureDatabase();
			await schoolApi.prefetchForRoute("course", queryClient, { slug });
			published = queryClient.getQueryCache().getAll().length > 0;
		} catch (error) {
			console.warn(`[school-demo] course prefetch failed: ${slug}`, error);
			// Unknown is not the same as missing: render the page and let the browser load it.
			published = true;
		}
	}
	return { queryClient, route, published };
});

export default async function CoursePage({ params }: Props) {
	const { slug } = await params;
	const { queryClient, route, published } = await load(slug);
	if (!route?.PageComponent || !published) notFound();
	const { PageComponent } = route;
	return (
		<HydrationBoundary state={dehydrate(queryClient)}>
			<PageComponent />
		</HydrationBoundary>
	);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
	const { slug } = await params;
	const { route, published } = await load(slug);
	if (!route || !published) notFound();
	return route.meta ? metaElementsToObject(route.meta()) : {};
}
