import { CATALOG_PAGE_SIZE } from "../../../api/query-key-defs.js";
import {
	catalogQuerySchema,
	type catalogSortValues,
	type difficultyValues,
} from "../../../schemas.js";

/** Catalog filters and their URL form: shared by the page (browser) and its loader (server). */
export interface CatalogFilters {
	q?: string;
	category?: string;
	tag?: string;
	difficulty?: (typeof difficultyValues)[number];
	price?: "free" | "paid";
	/** Average rating at least (1-5). */
	minRating?: number;
	sort?: (typeof catalogSortValues)[number];
	offset?: number;
}

const PAGE_SIZE = CATALOG_PAGE_SIZE;

/** Reads filters from URL query values, dropping anything not on the fixed lists. */
export function filtersFromQuery(
	query: Record<string, string | string[] | undefined> = {},
): CatalogFilters {
	const pick = (key: string) => {
		const v = query[key];
		return Array.isArray(v) ? v[0] : v;
	};
	const parsed = catalogQuerySchema.safeParse({
		q: pick("q"),
		category: pick("category"),
		tag: pick("tag"),
		difficulty: pick("difficulty"),
		price: pick("price"),
		minRating: pick("minRating"),
		sort: pick("sort"),
		offset: pick("page")
			? (Math.max(1, Number(pick("page")) || 1) - 1) * PAGE_SIZE
			: 0,
		limit: PAGE_SIZE,
	});
	if (!parsed.success) return {};
	const { limit: _limit, ...rest } = parsed.data;
	return rest;
}

/** The query string a set of filters is shared as (defaults left out). */
export function queryFromFilters(filters: CatalogFilters): string {
	const params = new URLSearchParams();
	if (filters.q) params.set("q", filters.q);
	if (filters.category) params.set("category", filters.category);
	if (filters.tag) params.set("tag", filters.tag);
	if (filters.difficulty) params.set("difficulty", filters.difficulty);
	if (filters.price) params.set("price", filters.price);
	if (filters.minRating) params.set("minRating", String(filters.minRating));
	if (filters.sort && filters.sort !== "newest")
		params.set("sort", filters.sort);
	if (filters.offset)
		params.set("page", String(Math.floor(filters.offset / PAGE_SIZE) + 1));
	return params.toString();
}
