"use client";
export {
	isSchoolApiError,
	SchoolApiError,
	type SchoolApiIssue,
} from "../fetcher";
export * from "./instructor-hooks";
export * from "./school-hooks";
export { useSchool, useSchoolQueries } from "./use-school";
