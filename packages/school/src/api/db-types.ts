import type { Adapter } from "@btst/stack/plugins/api";

/** The adapter, or the adapter handed to a transaction callback (which has no `transaction`). */
export type Db = Omit<Adapter, "transaction">;

export type Where = NonNullable<Parameters<Db["findMany"]>[0]["where"]>[number];

export const eq = (field: string, value: Where["value"]): Where => ({ field, value, operator: "eq" });
export const inList = (field: string, value: string[]): Where => ({ field, value, operator: "in" });
