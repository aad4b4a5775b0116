import type { MetadataRoute } from "next";
import { getSiteBaseURL } from "@/lib/base-url";
import { ensureDatabase } from "@/lib/migrate";
import { getOrCreateQueryClient } from "@/lib/query-client";
import { getStackClient } from "@/lib/stack-client";

export const dynamic = "force-dynamic";

/** Home page + everything the plugins list (catalog and published courses). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
	const home: MetadataRoute.Sitemap = [
		{ url: `${getSiteBaseURL()}/`, changeFrequency: "weekly", priority: 1 },
	];
	try {
		await ensureDatabase();
		const entries = await getStackClient(
			getOrCreateQueryClient(),
		).generateSitemap();
		return [
			...home,
			...entries.map((e) => ({
				url: e.url,
				lastModified: e.lastModified,
				changeFrequency: e.changeFrequency,
				priority: e.priority,
			})),
		];
	} catch (error) {
		console.error("[school-demo] sitemap: plugin entries unavailable", error);
		return home;
	}
}
