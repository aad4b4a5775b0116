import { describe, expect, it } from "vitest";
import { defaultSchoolLocalization } from "../../../packages/school/src/client/localization";
import { demoStrings, englishDemoStrings } from "../lib/i18n/demo-strings";
import { schoolGerman } from "../lib/i18n/school-de";

/** Strings that are the same word in German (or no word at all). */
const SAME_IN_GERMAN = new Set(["Quiz", "Video", "Name", "—", "Lektion"]);

type Entry = [path: string, english: unknown, german: unknown];

function entries(
	english: object,
	german: object | undefined,
	prefix = "",
): Entry[] {
	return Object.entries(english).flatMap(([key, value]): Entry[] => {
		const other = (german as Record<string, unknown> | undefined)?.[key];
		if (value && typeof value === "object" && key !== "errorMessages")
			return entries(value, other as object | undefined, `${prefix}${key}.`);
		return [[`${prefix}${key}`, value, other]];
	});
}

describe("the demo's German", () => {
	const school = entries(defaultSchoolLocalization, schoolGerman);

	it("has every string of the school, including label maps", () => {
		const missing = school.filter(([, , german]) => german === undefined);
		expect(missing.map(([path]) => path)).toEqual([]);
	});

	it("translates: no German string is the English one", () => {
		const untranslated = school.filter(
			([, english, german]) =>
				typeof english === "string" &&
				english === german &&
				!SAME_IN_GERMAN.has(english),
		);
		expect(untranslated.map(([path]) => path)).toEqual([]);
		// Functions answer in German for a sample argument too.
		const functions = school.filter(
			([, english]) => typeof english === "function",
		);
		for (const [path, english, german] of functions) {
			// Numeric strings suit both the number and the string parameters.
			const args = ["2", "3", "4", "5"];
			const en = (english as (...a: unknown[]) => string)(...args);
			const de = (german as (...a: unknown[]) => string)(...args);
			// A name alone, and "Quiz · <course>", read the same in German.
			if (path === "learnerDetailTitle" || path === "metaQuizTitle") continue;
			expect(de, path).not.toBe(en);
		}
	});

	it("has German error messages for the codes the API sends", () => {
		for (const code of ["course_full", "slug_taken", "not_found", "network"])
			expect(schoolGerman.errorMessages?.[code], code).toBeTruthy();
	});

	it("has every demo string in German", () => {
		const german = demoStrings("de");
		const pairs = entries(englishDemoStrings, german);
		expect(pairs.filter(([, en, de]) => !de || en === de)).toEqual([]);
	});
});
