import type { z } from "zod";
import { pageQuerySchema } from "../schemas.js";
import type { Db, Where } from "./db-types.js";

/** A page of a list: the items, the total matching, and the page asked for. */
export interface Page<T> {
	items: T[];
	total: number;
	limit: number;
	offset: number;
}

/** `limit`/`offset` from a query, validated against the bounded page schema. */
export const parsePage = (raw: z.input<typeof pageQuerySchema> = {}) =>
	pageQuerySchema.parse(raw);

/**
 * One page of rows and the total count, read together (two queries). Every paged list goes
 * through here, so bounds and the `{ items, total, limit, offset }` shape are the same everywhere.
 */
export async function findPage<T>(
	db: Db,
	query: {
		model: string;
		where: Where[];
		sortBy: { field: string; direction: "asc" | "desc" };
	},
	page: { limit: number; offset: number },
): Promise<Page<T>> {
	const [items, total] = await Promise.all([
		db.findMany<T>({ ...query, limit: page.limit, offset: page.offset }),
		db.count({ model: query.model, where: query.where }),
	]);
	return { items, total, limit: page.limit, offset: page.offset };
}
