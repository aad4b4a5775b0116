"use client";
import { useBasePath, usePluginOverrides } from "@btst/stack/context";
import { useMemo } from "react";
import {
	type SchoolFormat,
	schoolFormat,
} from "../components/shared/format.js";
import type { SchoolLocalization } from "../localization.js";
import { mergeLocalization } from "../localize.js";
import type { SchoolPluginOverrides } from "../overrides.js";
import { type SchoolPaths, schoolPaths } from "../paths.js";
import { schoolQueries } from "../queries/index.js";

export type ResolvedSchoolOverrides = SchoolPluginOverrides & {
	t: SchoolLocalization;
	paths: SchoolPaths;
	/** Dates, numbers and prices in the app's `locale` and `timeZone`. */
	format: SchoolFormat;
};

/** The app's school overrides with defaults filled in, the merged strings as `t`, and page paths. */
export function useSchool(): ResolvedSchoolOverrides {
	const overrides =
		usePluginOverrides<SchoolPluginOverrides>("school") ??
		({} as SchoolPluginOverrides);
	const basePath = useBasePath();
	return useMemo(
		() => ({
			...overrides,
			apiBaseURL: overrides.apiBaseURL ?? "",
			apiBasePath: overrides.apiBasePath ?? "/api/data",
			t: mergeLocalization(overrides.localization),
			paths: schoolPaths(basePath ?? ""),
			format: schoolFormat({
				locale: overrides.locale,
				timeZone: overrides.timeZone,
			}),
		}),
		[overrides, basePath],
	);
}

/** Where the API is and which headers to send: what every hook passes to `schoolFetch`. */
export function useApiTarget() {
	const { apiBaseURL, apiBasePath, headers, t } = useSchool();
	const errorMessages = t.errorMessages;
	return useMemo(
		() => ({ apiBaseURL, apiBasePath, headers, errorMessages }),
		[apiBaseURL, apiBasePath, headers, errorMessages],
	);
}

/** The query table bound to the app's API target: what every read hook passes to `useQuery`. */
export function useSchoolQueries() {
	const target = useApiTarget();
	return useMemo(() => schoolQueries(target), [target]);
}
