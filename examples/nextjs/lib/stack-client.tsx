import { createStackClient } from "@btst/stack/client";
import type { QueryClient } from "@tanstack/react-query";
import { schoolClientPlugin } from "btst-school/client";
import {
	API_BASE_PATH,
	getApiBaseURL,
	getSiteBaseURL,
	SITE_BASE_PATH,
} from "./base-url";
import type { Language } from "./i18n/languages";
import { schoolLocaleSettings } from "./i18n/school-strings";

/**
 * The BTST client: the school plugin's pages (under `/pages`), their loaders, metadata and
 * sitemap. Built per request on the server, so `headers` can carry that request's cookie into
 * the loaders' API calls (the SSR render then sees the same signed-in user as the browser).
 */
export function getStackClient(
	queryClient: QueryClient,
	options?: { headers?: Headers; language?: Language },
) {
	return createStackClient({
		plugins: {
			school: schoolClientPlugin({
				apiBaseURL: getApiBaseURL(),
				apiBasePath: API_BASE_PATH,
				siteBaseURL: getSiteBaseURL(),
				siteBasePath: SITE_BASE_PATH,
				queryClient,
				headers: options?.headers,
				// Locale, time zone and strings of titles and meta: the pages get the same ones.
				...schoolLocaleSettings(options?.language ?? "en"),
			}),
		},
	});
}

/** Only the cookie of an incoming request: all the API needs to know who is asking. */
export function forwardedHeaders(incoming: Pick<Headers, "get">): Headers {
	const headers = new Headers();
	const cookie = incoming.get("cookie");
	if (cookie) headers.set("cookie", cookie);
	return headers;
}
