import { isServer, QueryClient } from "@tanstack/react-query";

function makeQueryClient(): QueryClient {
	return new QueryClient({
		defaultOptions: {
			queries: {
				// Data prefetched on the server is fresh on arrival: don't refetch it immediately.
				staleTime: 60 * 1000,
				refetchOnWindowFocus: false,
				retry: false,
			},
			dehydrate: {
				// Ship failed queries too, so the client shows the error instead of refetching.
				shouldDehydrateQuery: (query) =>
					query.state.status === "success" || query.state.status === "error",
			},
		},
	});
}

let browserQueryClient: QueryClient | undefined;

/** A fresh client per server request; one shared client in the browser. */
export function getOrCreateQueryClient(): QueryClient {
	if (isServer) return makeQueryClient();
	browserQueryClient ??= makeQueryClient();
	return browserQueryClient;
}
