export { type SchoolQueries, schoolQueries } from "./options";
export { type Paged, schoolReads } from "./reads";
export { schoolCacheUpdates } from "./updates";
