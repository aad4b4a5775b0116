import type { Where } from "./db-types.js";

/**
 * The catalog's search index: one maintained `searchText` column per course.
 *
 * Why a column and not PostgreSQL text search: BTST's adapter interface has no raw SQL, so text
 * search would only work through an app-provided Kysely hook and every other adapter (memory,
 * Drizzle, Prisma, Mongo) would need its own fallback. One lower-cased column matched with the
 * adapter's `contains` works on all of them, and the same column answers the tag and category
 * filters case-insensitively.
 *
 * Why the odd characters: adapters turn `contains` into `LIKE '%…%'` without an ESCAPE clause
 * (and the memory adapter into `includes`), so escaping `%` `_` `\` cannot be done portably.
 * Instead those three are replaced by control characters both in the stored text and in every
 * pattern, so a pattern never holds a wildcard and each adapter matches it literally. Control
 * characters are removed from input first, which keeps the replacement one-to-one.
 *
 * Layout (everything lower-cased):
 * `title \n description \n category \n instructor \n tags` followed by one marker per facet,
 * `\u0001cat\u0002<category>\u0001` and `\u0001tag\u0002<tag>\u0001` for each tag, so a filter
 * matches one whole value and never a substring of another.
 */

const WILDCARDS: Record<string, string> = {
	"%": "\u0003",
	_: "\u0004",
	"\\": "\u0005",
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Lower-cased text without control characters and with LIKE wildcards made inert. */
export function inertText(text: string): string {
	return text
		.replace(CONTROL, " ")
		.toLowerCase()
		.replace(/[%_\\]/g, (c) => WILDCARDS[c] ?? c);
}

const marker = (kind: "cat" | "tag", value: string) =>
	`\u0001${kind}\u0002${inertText(value.trim())}\u0001`;

export interface SearchableCourse {
	title: string;
	description?: string | null;
	category?: string | null;
	instructorName?: string | null;
	tags: string[];
}

/** The `searchText` stored with a course. */
export function courseSearchText(course: SearchableCourse): string {
	const words = [
		course.title,
		course.description ?? "",
		course.category ?? "",
		course.instructorName ?? "",
		course.tags.join(" "),
	]
		.map(inertText)
		.join("\n");
	const markers = [
		...(course.category ? [marker("cat", course.category)] : []),
		...course.tags.map((t) => marker("tag", t)),
	].join("");
	return `${words}\n${markers}`;
}

const contains = (value: string): Where => ({
	field: "searchText",
	value,
	operator: "contains",
});

/**
 * Conditions for a search and the tag and category filters: every word of `q` must appear
 * somewhere (title, description, category, instructor or tags); tag and category match one whole
 * value, ignoring case.
 */
export function searchConditions(filters: {
	q?: string;
	tag?: string;
	category?: string;
}): Where[] {
	const where: Where[] = [];
	const words = (filters.q ?? "")
		.replace(CONTROL, " ")
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 10);
	for (const word of new Set(words)) where.push(contains(inertText(word)));
	if (filters.category?.trim())
		where.push(contains(marker("cat", filters.category)));
	if (filters.tag?.trim()) where.push(contains(marker("tag", filters.tag)));
	return where;
}
