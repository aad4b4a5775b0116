import type { SchoolClientConfig } from "./plugin.js";

/** One tag of a route's `meta`: what BTST renders into the page head. */
export type MetaTag =
	| { title: string }
	| { name: string; content: string }
	| { property: string; content: string };

type MetaConfig = Pick<
	SchoolClientConfig,
	"siteBaseURL" | "siteBasePath" | "seo" | "locale"
>;

/**
 * Title, description, robots, Open Graph and Twitter tags for a page. `path` is the page's
 * route path (`routePaths`); `index: false` keeps private, editor and not-found pages out of
 * search engines.
 */
export function baseMeta(
	config: MetaConfig,
	path: string,
	title: string,
	description: string,
	index: boolean,
	image?: string | null,
): MetaTag[] {
	const url = `${config.siteBaseURL}${config.siteBasePath}${path}`;
	const img = image
		? image.startsWith("/")
			? `${config.siteBaseURL}${image}`
			: image
		: config.seo?.defaultImage;
	return [
		{ title },
		{ name: "title", content: title },
		{ name: "description", content: description },
		{ name: "robots", content: index ? "index, follow" : "noindex, nofollow" },
		{ property: "og:type", content: "website" },
		{ property: "og:title", content: title },
		{ property: "og:description", content: description },
		{ property: "og:url", content: url },
		// Open Graph writes locales with an underscore (de_DE).
		...(config.locale
			? [{ property: "og:locale", content: config.locale.replace("-", "_") }]
			: []),
		...(config.seo?.siteName
			? [{ property: "og:site_name", content: config.seo.siteName }]
			: []),
		...(img ? [{ property: "og:image", content: img }] : []),
		{ name: "twitter:card", content: img ? "summary_large_image" : "summary" },
		{ name: "twitter:title", content: title },
		{ name: "twitter:description", content: description },
		...(config.seo?.twitterHandle
			? [{ name: "twitter:site", content: config.seo.twitterHandle }]
			: []),
	];
}

/** Markdown reduced to a short plain-text description. */
export const plainText = (markdown: string | null | undefined, max = 160) =>
	(markdown ?? "")
		.replace(/[#*_`>[\]()!|-]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.slice(0, max);
