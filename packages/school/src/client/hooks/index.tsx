"use client";
export * from "./school-hooks";
export { useSchool } from "./use-school";
export { SchoolApiError } from "../fetcher";
