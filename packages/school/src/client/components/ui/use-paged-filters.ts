"use client";
import { useState } from "react";

/**
 * The filters of a paged list and its page offset: changing any filter goes back to the first
 * page (page 3 of the old results means nothing in the new ones), and `clear` restores the
 * filters the list started with.
 */
export function usePagedFilters<F extends Record<string, string>>(initial: F) {
	const [start] = useState(initial);
	const [filters, setFilters] = useState(initial);
	const [offset, setOffset] = useState(0);
	return {
		filters,
		offset,
		setOffset,
		set: <K extends keyof F>(key: K, value: F[K]) => {
			setFilters((current) => ({ ...current, [key]: value }));
			setOffset(0);
		},
		clear: () => {
			setFilters(start);
			setOffset(0);
		},
	};
}
