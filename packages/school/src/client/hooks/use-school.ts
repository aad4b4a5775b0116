"use client";
import { useBasePath, usePluginOverrides } from "@btst/stack/context";
import { useMemo } from "react";
import {
	defaultSchoolLocalization,
	type SchoolLocalization,
} from "../localization.js";
import type { SchoolPluginOverrides } from "../overrides.js";
import { type SchoolPaths, schoolPaths } from "../paths.js";
import { schoolQueries } from "../queries/index.js";

/** Overrides win; the label maps (difficulty, lesson and question types, ...) merge key by key. */
function mergeLocalization(
	custom: Partial<SchoolLocalization> | undefined,
): SchoolLocalization {
	const d = defaultSchoolLocalization;
	return {
		...d,
		...custom,
		difficulty: { ...d.difficulty, ...custom?.difficulty },
		lessonTypes: { ...d.lessonTypes, ...custom?.lessonTypes },
		quizShowAnswers: { ...d.quizShowAnswers, ...custom?.quizShowAnswers },
		questionTypes: { ...d.questionTypes, ...custom?.questionTypes },
	};
}

export type ResolvedSchoolOverrides = SchoolPluginOverrides & {
	t: SchoolLocalization;
	paths: SchoolPaths;
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
		}),
		[overrides, basePath],
	);
}

/** Where the API is and which headers to send: what every hook passes to `schoolFetch`. */
export function useApiTarget() {
	const { apiBaseURL, apiBasePath, headers } = useSchool();
	return useMemo(
		() => ({ apiBaseURL, apiBasePath, headers }),
		[apiBaseURL, apiBasePath, headers],
	);
}

/** The query table bound to the app's API target: what every read hook passes to `useQuery`. */
export function useSchoolQueries() {
	const target = useApiTarget();
	return useMemo(() => schoolQueries(target), [target]);
}
