"use client";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { CATALOG_PAGE_SIZE as PAGE_SIZE } from "../../../api/query-key-defs.js";
import { difficultyValues } from "../../../schemas.js";
import { useCourseFacets, useCourses } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn, inputClass } from "../shared/cn.js";
import { CourseCard } from "../shared/course-card.js";
import { PageShell, Skeleton } from "../shared/states.js";
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

function Select({
	label,
	value,
	onChange,
	options,
	anyLabel,
	testId,
}: {
	label: string;
	value: string;
	onChange: (value: string) => void;
	options: { value: string; label: string }[];
	anyLabel?: string;
	testId: string;
}) {
	const id = useId();
	return (
		<div className="flex min-w-36 flex-1 flex-col gap-1">
			<label htmlFor={id} className="text-sm font-medium">
				{label}
			</label>
			<select
				id={id}
				data-testid={testId}
				className={inputClass}
				value={value}
				onChange={(e) => onChange(e.target.value)}
			>
				{anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
		</div>
	);
}

export function CatalogPage({
	initialFilters = {},
}: {
	initialFilters?: CatalogFilters;
}) {
	const { t, paths } = useSchool();
	const [filters, setFilters] = useState<CatalogFilters>(initialFilters);
	const [search, setSearch] = useState(initialFilters.q ?? "");
	const searchId = useId();
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
				<div className="flex flex-col gap-1">
					<label htmlFor={searchId} className="text-sm font-medium">
						{t.searchLabel}
					</label>
					<input
						id={searchId}
						type="search"
						data-testid="catalog-search"
						className={inputClass}
						placeholder={t.searchPlaceholder}
						value={search}
						onChange={(e) => setSearch(e.target.value)}
					/>
				</div>
				<div className="flex flex-wrap gap-4">
					<Select
						label={t.filterCategory}
						testId="filter-category"
						value={filters.category ?? ""}
						anyLabel={t.filterAny}
						onChange={(v) => update({ category: v || undefined })}
						options={(facets.data?.categories ?? []).map((c) => ({
							value: c.value,
							label: `${c.value} (${c.count})`,
						}))}
					/>
					<Select
						label={t.filterTag}
						testId="filter-tag"
						value={filters.tag ?? ""}
						anyLabel={t.filterAny}
						onChange={(v) => update({ tag: v || undefined })}
						options={(facets.data?.tags ?? []).map((c) => ({
							value: c.value,
							label: `${c.value} (${c.count})`,
						}))}
					/>
					<Select
						label={t.filterDifficulty}
						testId="filter-difficulty"
						value={filters.difficulty ?? ""}
						anyLabel={t.filterAny}
						onChange={(v) =>
							update({
								difficulty: (v || undefined) as CatalogFilters["difficulty"],
							})
						}
						options={difficultyValues.map((d) => ({
							value: d,
							label: t.difficulty[d] ?? d,
						}))}
					/>
					<Select
						label={t.filterPrice}
						testId="filter-price"
						value={filters.price ?? ""}
						anyLabel={t.filterAny}
						onChange={(v) =>
							update({ price: (v || undefined) as CatalogFilters["price"] })
						}
						options={[
							{ value: "free", label: t.priceFree },
							{ value: "paid", label: t.pricePaid },
						]}
					/>
					<Select
						label={t.filterRating}
						testId="filter-rating"
						value={filters.minRating ? String(filters.minRating) : ""}
						anyLabel={t.filterAny}
						onChange={(v) => update({ minRating: v ? Number(v) : undefined })}
						options={[4.5, 4, 3.5, 3].map((stars) => ({
							value: String(stars),
							label: t.minRatingOption(stars),
						}))}
					/>
					<Select
						label={t.sortLabel}
						testId="catalog-sort"
						value={filters.sort ?? "newest"}
						onChange={(v) => update({ sort: v as CatalogFilters["sort"] })}
						options={[
							{ value: "newest", label: t.sortNewest },
							{ value: "popular", label: t.sortPopular },
							{ value: "rating", label: t.sortRating },
							{ value: "title", label: t.sortTitle },
							{ value: "price", label: t.sortPrice },
						]}
					/>
				</div>
				{hasFilters ? (
					<div>
						<button
							type="button"
							className={buttonClass("ghost", "sm")}
							onClick={() => {
								setSearch("");
								change({ sort: filters.sort });
							}}
						>
							{t.clearFilters}
						</button>
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
					<button
						type="button"
						className={buttonClass("outline", "sm")}
						disabled={page <= 1}
						onClick={() =>
							change({
								...filters,
								offset: Math.max(0, offset - PAGE_SIZE),
							})
						}
					>
						{t.previousPage}
					</button>
					<span
						className="text-sm text-muted-foreground"
						data-testid="catalog-page-info"
					>
						{t.pageOf(page, pages)}
					</span>
					<button
						type="button"
						className={buttonClass("outline", "sm")}
						disabled={page >= pages}
						onClick={() => change({ ...filters, offset: offset + PAGE_SIZE })}
					>
						{t.nextPage}
					</button>
				</nav>
			) : null}
		</PageShell>
	);
}
