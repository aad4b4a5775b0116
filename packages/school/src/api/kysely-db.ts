import type { Kysely, SelectQueryBuilder } from "kysely";

/** The Kysely types of `btst-school/api/kysely`'s queries, shared by its modules. */

// biome-ignore lint/suspicious/noExplicitAny: the plugin's tables are not in the app's Kysely types
export type AnyDb = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type AnySelect = SelectQueryBuilder<any, any, any>;
