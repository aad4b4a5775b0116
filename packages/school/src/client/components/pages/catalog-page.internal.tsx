"use client";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { CATALOG_PAGE_SIZE as PAGE_SIZE } from "../../../api/query-key-defs.js";
import { difficultyValues } from "../../../schemas.js";
import { useCourseFacets, useCourses } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";
import { CourseCard } from "../shared/course-card.js";
import { PageShell, Skeleton } from "../shared/states.js";
import { Button } from "../ui/button.js";
import { SearchFilter, SelectFilter } from "../ui/filter-fields.js";
import { useHydrated } from "../ui/use-hydrated.js";
import {
	type CatalogFilters,
	filtersFromQuery,
	queryFromFilters,
} from "./catalog-filters.js";

const sameFilters = (a: CatalogFilters, b: CatalogFilters) =>
	queryFromFilters(a) === queryFromFilters(b);

/** The filters the address bar holds now (after Back or Forward). */
const filtersInLocation = () =>
	filtersFromQuery(
		Object.fromEntries(new URLSearchParams(window.location.search)),
	);

/** The sort choices in the order the menu lists them. */
const sortOptions = [
	"newest",
	"popular",
	"rating",
	"title",
	"price",
] as const satisfies readonly NonNullable<CatalogFilters["sort"]>[];

/** Each filter menu's share of the row (they wrap on narrow screens). */
const filterClass = "min-w-36 flex-1";

/** Names a facet value with how many courses have it ("Design (4)"). */
const facetLabel = (facets: { value: string; count: number }[] = []) => {
	const counts = new Map(facets.map((f) => [f.value, f.count]));
	return (value: string) => `${value} (${counts.get(value) ?? 0})`;
};

export function CatalogPage({
	initialFilters = {},
}: {
	initialFilters?: CatalogFilters;
}) {
	const { t, paths } = useSchool();
	const [filters, setFilters] = useState<CatalogFilters>(initialFilters);
	const [search, setSearch] = useState(initialFilters.q ?? "");
	// The filters write the address from event handlers: off until those handlers are attached.
	const hydrated = useHydrated();
	// On phones the filter menus fold behind one button, so the courses start on the first screen.
	const [filtersOpen, setFiltersOpen] = useState(false);
	const filtersId = useId();
	const sortLabels = {
		newest: t.sortNewest,
		popular: t.sortPopular,
		rating: t.sortRating,
		title: t.sortTitle,
		price: t.sortPrice,
	};
	const { data, isFetching, isPending } = useCourses({
		...filters,
		limit: PAGE_SIZE,
	});
	const facets = useCourseFacets(filters);

	// The filters live in the address too, so a view can be shared, survives a reload, and each
	// change is a history entry that Back and Forward return to. Entries are written where the
	// visitor changes something, never from an effect: a router that keeps pages mounted while
	// hidden (Next.js) re-runs effects when it shows them again, which must not write history.
	const latest = useRef(filters);
	latest.current = filters;
	const change = useCallback(
		(next: CatalogFilters) => {
			setFilters(next);
			const url = paths.catalog(queryFromFilters(next));
			if (`${window.location.pathname}${window.location.search}` !== url)
				// `null` state: routers that patch the History API (Next.js) record the entry as theirs.
				window.history.pushState(null, "", url);
		},
		[paths],
	);

	// On (re)mount: the address wins over the props the page was first rendered with (a router
	// may show the page again for another address); else tidy the address it was opened with.
	// biome-ignore lint/correctness/useExhaustiveDependencies: once per mount, with the first filters
	useEffect(() => {
		const inAddress = filtersInLocation();
		if (window.location.search && !sameFilters(inAddress, latest.current)) {
			setFilters(inAddress);
			setSearch(inAddress.q ?? "");
			return;
		}
		const next = paths.catalog(queryFromFilters(latest.current));
		if (`${window.location.pathname}${window.location.search}` !== next)
			window.history.replaceState(window.history.state, "", next);
	}, []);

	// Back and Forward: take the filters from the address the browser went to.
	useEffect(() => {
		const onPopState = () => {
			const restored = filtersInLocation();
			setFilters(restored);
			setSearch(restored.q ?? "");
		};
		window.addEventListener("popstate", onPopState);
		return () => window.removeEventListener("popstate", onPopState);
	}, []);

	// Debounce typing into the search box.
	useEffect(() => {
		const handle = setTimeout(() => {
			const f = latest.current;
			if ((f.q ?? "") !== search.trim())
				change({ ...f, q: search.trim() || undefined, offset: 0 });
		}, 300);
		return () => clearTimeout(handle);
	}, [search, change]);

	const update = (patch: Partial<CatalogFilters>) =>
		change({ ...filters, ...patch, offset: 0 });
	const total = data?.total ?? 0;
	const offset = filters.offset ?? 0;
	const page = Math.floor(offset / PAGE_SIZE) + 1;
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const activeFilters = [
		filters.category,
		filters.tag,
		filters.difficulty,
		filters.price,
		filters.minRating,
	].filter(Boolean).length;
	const hasFilters = !!(
		filters.q ||
		filters.category ||
		filters.tag ||
		filters.difficulty ||
		filters.price
	);

	return (
		<PageShell testId="school-catalog-page">
			<header className="mb-6">
				<h1 className="text-3xl font-bold tracking-tight">{t.catalogTitle}</h1>
				<p className="mt-1 text-muted-foreground">{t.catalogDescription}</p>
			</header>
			<search
				className="mb-6 flex flex-col gap-4 rounded-lg border border-border bg-card p-4"
				aria-label={t.searchLabel}
			>
				<SearchFilter
					label={t.searchLabel}
					placeholder={t.searchPlaceholder}
					testId="catalog-search"
					disabled={!hydrated}
					value={search}
					onChange={setSearch}
				/>
				<Button
					variant="outline"
					size="sm"
					className="self-start sm:hidden"
					aria-expanded={filtersOpen}
					aria-controls={filtersId}
					disabled={!hydrated}
					data-testid="catalog-filters-toggle"
					onClick={() => setFiltersOpen((open) => !open)}
				>
					{t.filtersToggle(activeFilters)}
				</Button>
				<div
					id={filtersId}
					className={cn(
						"flex-wrap gap-4",
						filtersOpen ? "flex" : "hidden sm:flex",
					)}
				>
					<SelectFilter
						label={t.filterCategory}
						testId="filter-category"
						className={filterClass}
						disabled={!hydrated}
						value={filters.category ?? ""}
						allLabel={t.filterAny}
						values={(facets.data?.categories ?? []).map((c) => c.value)}
						optionLabel={facetLabel(facets.data?.categories)}
						onChange={(v) => update({ category: v || undefined })}
					/>
					<SelectFilter
						label={t.filterTag}
						testId="filter-tag"
						className={filterClass}
						disabled={!hydrated}
						value={filters.tag ?? ""}
						allLabel={t.filterAny}
						values={(facets.data?.tags ?? []).map((c) => c.value)}
						optionLabel={facetLabel(facets.data?.tags)}
						onChange={(v) => update({ tag: v || undefined })}
					/>
					<SelectFilter
						label={t.filterDifficulty}
						testId="filter-difficulty"
						className={filterClass}
						disabled={!hydrated}
						value={filters.difficulty ?? ""}
						allLabel={t.filterAny}
						values={difficultyValues}
						optionLabel={(d) => t.difficulty[d] ?? d}
						onChange={(v) => update({ difficulty: v || undefined })}
					/>
					<SelectFilter
						label={t.filterPrice}
						testId="filter-price"
						className={filterClass}
						disabled={!hydrated}
						value={filters.price ?? ""}
						allLabel={t.filterAny}
						values={["free", "paid"] as const}
						optionLabel={(p) => (p === "free" ? t.priceFree : t.pricePaid)}
						onChange={(v) => update({ price: v || undefined })}
					/>
					<SelectFilter
						label={t.filterRating}
						testId="filter-rating"
						className={filterClass}
						disabled={!hydrated}
						value={filters.minRating ? String(filters.minRating) : ""}
						allLabel={t.filterAny}
						values={["4.5", "4", "3.5", "3"]}
						optionLabel={(stars) => t.minRatingOption(Number(stars))}
						onChange={(v) => update({ minRating: v ? Number(v) : undefined })}
					/>
					<SelectFilter
						label={t.sortLabel}
						testId="catalog-sort"
						className={filterClass}
						disabled={!hydrated}
						value={filters.sort ?? "newest"}
						values={sortOptions}
						optionLabel={(sort) => sortLabels[sort]}
						onChange={(v) => update({ sort: v || undefined })}
					/>
				</div>
				{hasFilters ? (
					<div>
						<Button
							variant="ghost"
							size="sm"
							onClick={() => {
								setSearch("");
								change({ sort: filters.sort });
							}}
						>
							{t.clearFilters}
						</Button>
					</div>
				) : null}
			</search>
			<p
				className="mb-4 text-sm text-muted-foreground"
				aria-live="polite"
				data-testid="catalog-count"
			>
				{data ? t.resultsCount(total) : t.loading}
			</p>
			{isPending && !data ? (
				<div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
					{[0, 1, 2].map((i) => (
						<Skeleton key={i} className="h-72" />
					))}
				</div>
			) : data && data.items.length === 0 ? (
				<div
					data-testid="catalog-empty"
					className="rounded-lg border border-dashed border-border p-10 text-center"
				>
					<h2 className="text-lg font-semibold">{t.emptyCatalogTitle}</h2>
					<p className="mt-1 text-muted-foreground">{t.emptyCatalogBody}</p>
				</div>
			) : (
				<ul
					className={cn(
						"grid list-none gap-6 p-0 sm:grid-cols-2 lg:grid-cols-3",
						isFetching && "opacity-70",
					)}
					aria-busy={isFetching}
				>
					{data?.items.map((course) => (
						<li key={course.id} className="flex">
							<CourseCard course={course} />
						</li>
					))}
				</ul>
			)}
			{pages > 1 ? (
				<nav
					className="mt-8 flex items-center justify-center gap-4"
					aria-label={t.paginationLabel}
				>
					<Button
						variant="outline"
						size="sm"
						disabled={page <= 1}
						onClick={() =>
							change({
								...filters,
								offset: Math.max(0, offset - PAGE_SIZE),
							})
						}
					>
						{t.previousPage}
					</Button>
					<span
						className="text-sm text-muted-foreground"
						data-testid="catalog-page-info"
					>
						{t.pageOf(page, pages)}
					</span>
					<Button
						variant="outline"
						size="sm"
						disabled={page >= pages}
						onClick={() => change({ ...filters, offset: offset + PAGE_SIZE })}
					>
						{t.nextPage}
					</Button>
				</nav>
			) : null}
		</PageShell>
	);
}
