import { currencyDigits, toMajorUnits } from "../../../money.js";

/**
 * The one place dates, numbers and prices become text. Every call names its locale and time
 * zone: the runtime's defaults differ between the server and the browser (a German browser, a
 * UTC server), and text that differs between the two is a React hydration error (#418). So the
 * app sets `locale` (and optionally `timeZone`) once, in the client config for server-rendered
 * meta and in the overrides for the pages, and both sides format alike.
 */

/** Used when the app sets no locale: fixed, never the runtime's. */
export const DEFAULT_LOCALE = "en-US";
/** Used when the app sets no time zone: fixed, so a date reads the same on server and browser. */
export const DEFAULT_TIME_ZONE = "UTC";

export interface SchoolLocaleSettings {
	/** A BCP 47 locale, e.g. `de-DE`, `ja-JP`, `ar`. Default `en-US`. */
	locale?: string;
	/** An IANA time zone for dates, e.g. `Europe/Berlin`. Default `UTC`. */
	timeZone?: string;
}

export interface SchoolFormat {
	locale: string;
	timeZone: string;
	/** A price stored in the currency's minor unit: 4900 USD → "$49.00", 4900 JPY → "¥4,900". */
	price: (minor: number, currency: string) => string;
	/** A calendar date from an ISO timestamp, e.g. "1. März 2026". */
	date: (iso: string) => string;
	/** A whole or decimal number with the locale's digits and separators. */
	number: (value: number) => string;
}

const cache = new Map<string, SchoolFormat>();

/** A locale Intl accepts, or the default (an unknown tag must not break every page). */
function supportedLocale(locale: string | undefined): string {
	if (!locale) return DEFAULT_LOCALE;
	try {
		return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_LOCALE;
	} catch {
		return DEFAULT_LOCALE;
	}
}

function supportedTimeZone(timeZone: string | undefined): string {
	if (!timeZone) return DEFAULT_TIME_ZONE;
	try {
		new Intl.DateTimeFormat("en", { timeZone });
		return timeZone;
	} catch {
		return DEFAULT_TIME_ZONE;
	}
}

/** The formatters for a locale and time zone (built once per pair). */
export function schoolFormat(
	settings: SchoolLocaleSettings = {},
): SchoolFormat {
	const locale = supportedLocale(settings.locale);
	const timeZone = supportedTimeZone(settings.timeZone);
	const key = `${locale}|${timeZone}`;
	const cached = cache.get(key);
	if (cached) return cached;

	const dates = new Intl.DateTimeFormat(locale, {
		dateStyle: "long",
		timeZone,
	});
	const numbers = new Intl.NumberFormat(locale);
	const prices = new Map<string, Intl.NumberFormat | null>();
	const priceFormat = (currency: string) => {
		if (!prices.has(currency)) {
			try {
				prices.set(
					currency,
					new Intl.NumberFormat(locale, {
						style: "currency",
						currency,
						// Whole minor units: never round a KWD price to two digits.
						minimumFractionDigits: currencyDigits(currency),
						maximumFractionDigits: currencyDigits(currency),
					}),
				);
			} catch {
				prices.set(currency, null);
			}
		}
		return prices.get(currency) ?? null;
	};

	const format: SchoolFormat = {
		locale,
		timeZone,
		price: (minor, currency) => {
			const code = currency.toUpperCase();
			const major = toMajorUnits(minor, code);
			const f = priceFormat(code);
			return f ? f.format(major) : `${numbers.format(major)} ${code}`;
		},
		date: (iso) => {
			const date = new Date(iso);
			return Number.isNaN(date.getTime()) ? "" : dates.format(date);
		},
		number: (value) => numbers.format(value),
	};
	cache.set(key, format);
	return format;
}
