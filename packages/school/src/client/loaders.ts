import type { FetchQueryOptions } from "@tanstack/react-query";
import type { SchoolClientConfig } from "./plugin.js";

/** Any entry of the query table (`schoolQueries`), whatever data and key it holds. */
// biome-ignore lint/suspicious/noExplicitAny: entries hold different data types; each is checked where it is built
type AnyQuery = FetchQueryOptions<any, Error, any, any>;

/**
 * A route loader that prefetches entries of the query table, the same objects the page's hooks
 * read, so the page renders from the cache without a second request. Loaders run on the server
 * only and never throw: an SSR fetch failure must not crash the page. Each failure goes to
 * `hooks.onLoadError` and the browser retries.
 */
export function prefetchLoader(
	config: Pick<SchoolClientConfig, "queryClient" | "hooks">,
	context: { path: string; params?: Record<string, string> },
	queries: () => AnyQuery[],
) {
	return async () => {
		if (typeof window !== "undefined") return;
		let list: AnyQuery[];
		try {
			list = queries();
		} catch (error) {
			await config.hooks?.onLoadError?.(error as Error, context);
			return;
		}
		await Promise.all(list.map((q) => config.queryClient.prefetchQuery(q)));
		for (const q of list) {
			const error = config.queryClient.getQueryState<unknown, Error>(
				q.queryKey,
			)?.error;
			if (error) await config.hooks?.onLoadError?.(error, context);
		}
	};
}
