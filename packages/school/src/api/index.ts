export { schoolSchema } from "../db";
export * from "../quiz";
export * from "../schemas";
export * from "../types";
export type {
	AggregateModel,
	AggregateWhere,
	GroupTotal,
	GroupTotalsQuery,
	SchoolAggregates,
} from "./aggregates";
export { isUniqueViolation, SchoolError } from "./errors";
export * from "./getters";
export * from "./mutations";
export * from "./plugin";
export {
	CATALOG_PAGE_SIZE,
	type CatalogParams,
	SCHOOL_QUERY_KEYS,
} from "./query-key-defs";
export * from "./serializers";
