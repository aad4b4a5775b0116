/** A price in the currency's smallest unit (cents) as text: 4900 USD -> "$49.00". */
export function formatPrice(
	amount: number,
	currency: string,
	locale = "en-US",
): string {
	if (!amount) return "Free";
	const format = new Intl.NumberFormat(locale, { style: "currency", currency });
	const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
	return format.format(amount / 10 ** digits);
}
