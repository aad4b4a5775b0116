"use client";
export {
	isSchoolApiError,
	SchoolApiError,
	type SchoolApiIssue,
} from "../fetcher.js";
export * from "./instructor-hooks.js";
export * from "./notes-hooks.js";
export * from "./school-hooks.js";
export { useSchool, useSchoolQueries } from "./use-school.js";
