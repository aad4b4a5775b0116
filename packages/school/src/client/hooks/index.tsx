"use client";
export { SchoolApiError } from "../fetcher";
export * from "./instructor-hooks";
export * from "./school-hooks";
export { useSchool } from "./use-school";
