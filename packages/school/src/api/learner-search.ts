import type { Where } from "./db-types.js";
import { inertText } from "./search-index.js";

/**
 * The roster's search and sort columns on `enrollment`, kept beside learnerName/learnerEmail.
 *
 * Why stored columns: the adapter's `contains` is a case-sensitive LIKE on PostgreSQL and SQL has
 * no portable accent folding, so without them the roster read every enrollment of a course and
 * searched and sorted in the app. Folded once at write time, search is one `contains` and the
 * name/email sorts are plain column sorts on every adapter.
 */

/** Lower-case without accents, so "jose" finds "José". */
export const fold = (text: string): string =>
	text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The three columns for a learner's name and email. The name key is what the roster shows in
 * the name column (the email when there is no name), and neither key is ever null: a NULL sorts
 * differently per database and cannot be matched by the stable page's equality re-read.
 */
export function learnerSearchFields(
	name: string | null | undefined,
	email: string | null | undefined,
): { learnerSearch: string; learnerNameKey: string; learnerEmailKey: string } {
	return {
		// LIKE wildcards made inert the same way as the catalog's searchText (search-index.ts).
		learnerSearch: inertText(fold(`${name ?? ""} ${email ?? ""}`)),
		learnerNameKey: fold(name || email || ""),
		learnerEmailKey: fold(email ?? ""),
	};
}

/** The condition for a roster search `q` (already trimmed); none for an empty one. */
export function learnerSearchCondition(q: string | undefined): Where[] {
	if (!q) return [];
	return [
		{ field: "learnerSearch", value: inertText(fold(q)), operator: "contains" },
	];
}
