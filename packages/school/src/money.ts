/**
 * Money in the currency's own minor unit. Prices are stored as integers of the currency's
 * smallest unit: cents for USD (2 digits), yen for JPY (0), fils for KWD (3). How many digits a
 * currency has comes from Intl (ISO 4217 data shipped with the runtime), never from a guess of 100.
 */

const digitsCache = new Map<string, number>();

/** ISO 4217 codes the runtime knows (`Intl.supportedValuesOf`); null where the API is missing. */
const knownCurrencies: Set<string> | null = (() => {
	const intl = Intl as unknown as {
		supportedValuesOf?: (key: string) => string[];
	};
	try {
		return intl.supportedValuesOf
			? new Set(intl.supportedValuesOf("currency"))
			: null;
	} catch {
		return null;
	}
})();

/** Whether `code` is an ISO 4217 currency code (upper case, e.g. `EUR`). */
export function isCurrencyCode(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	if (knownCurrencies) return knownCurrencies.has(code);
	try {
		new Intl.NumberFormat("en", { style: "currency", currency: code });
		return true;
	} catch {
		return false;
	}
}

/** Digits of the currency's minor unit: JPY 0, USD 2, KWD 3 (2 for a code Intl does not know). */
export function currencyDigits(currency: string): number {
	const code = currency.toUpperCase();
	const cached = digitsCache.get(code);
	if (cached !== undefined) return cached;
	let digits = 2;
	try {
		digits =
			new Intl.NumberFormat("en", {
				style: "currency",
				currency: code,
			}).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		// Unknown code: validation refuses it on write; display falls back to two digits.
	}
	digitsCache.set(code, digits);
	return digits;
}

/** A stored amount (minor units) in major units: 4900 USD -> 49, 4900 JPY -> 4900, 4900 KWD -> 4.9. */
export function toMajorUnits(minor: number, currency: string): number {
	const digits = currencyDigits(currency);
	return Number((minor / 10 ** digits).toFixed(digits));
}
