/** Prices are stored in cents (minor units); Intl formats them for their currency. */
export function formatPrice(
	cents: number,
	currency: string,
	locale?: string,
): string {
	try {
		return new Intl.NumberFormat(locale, {
			style: "currency",
			currency,
		}).format(cents / 100);
	} catch {
		return `${(cents / 100).toFixed(2)} ${currency}`;
	}
}

export function formatDate(iso: string, locale?: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: "long",
		timeZone: "UTC",
	}).format(new Date(iso));
}
