import type { SchoolLocalization } from "btst-school/client";
import { LANGUAGES, type Language, TIME_ZONE } from "./languages";
import { schoolGerman } from "./school-de";

/**
 * What the school needs for a language, for the client config (server: meta) and the overrides
 * (pages) alike: the same values on both sides keep server and browser text identical.
 */
export function schoolLocaleSettings(language: Language): {
	locale: string;
	timeZone: string;
	localization?: Partial<SchoolLocalization>;
} {
	return {
		locale: LANGUAGES[language].locale,
		timeZone: TIME_ZONE,
		localization: language === "de" ? schoolGerman : undefined,
	};
}
