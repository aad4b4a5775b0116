export { type SchoolQueries, schoolQueries } from "./options.js";
export { type Paged, schoolReads } from "./reads.js";
export { schoolCacheUpdates } from "./updates.js";
