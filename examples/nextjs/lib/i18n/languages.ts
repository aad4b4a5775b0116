/**
 * The demo's languages. `locale` goes to the school (dates, numbers, prices), `dir` to <html>.
 * English and German have every string; Japanese and Arabic show how formatting and
 * right-to-left layout follow the locale (their strings stay English).
 */
export const LANGUAGES = {
	en: { locale: "en-US", dir: "ltr", label: "English" },
	de: { locale: "de-DE", dir: "ltr", label: "Deutsch" },
	ja: { locale: "ja-JP", dir: "ltr", label: "日本語" },
	ar: { locale: "ar", dir: "rtl", label: "العربية" },
} as const;

export type Language = keyof typeof LANGUAGES;

/** The cookie the language switcher writes and the server reads. */
export const LANGUAGE_COOKIE = "lang";

/** Dates are shown in UTC in the demo: the same text on the server and in every browser. */
export const TIME_ZONE = "UTC";

/** The language a cookie value names, English for anything else. */
export function languageFrom(value: string | undefined | null): Language {
	return value && Object.hasOwn(LANGUAGES, value) ? (value as Language) : "en";
}
