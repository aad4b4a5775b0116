/**
 * What the checkout page may say after a failed payment. The API route sends a code
 * (`/checkout/<slug>?error=full`), never a sentence: the page shows only these texts, so a link
 * cannot put words of its own on the checkout page.
 */
export const CHECKOUT_ERRORS = {
	origin:
		"This payment was not sent from this site's checkout page, so nothing was charged. Press Pay to try again.",
	full: "This course is full, so nothing was charged.",
	busy: "The course is busy right now and nothing was charged. Please try again.",
	unavailable:
		"The school is temporarily unavailable and nothing was charged. Please try again in a moment.",
	failed: "Enrollment failed and nothing was charged. Please try again.",
} as const;

export type CheckoutErrorCode = keyof typeof CHECKOUT_ERRORS;

export function checkoutErrorMessage(code: unknown): string | null {
	return typeof code === "string" && Object.hasOwn(CHECKOUT_ERRORS, code)
		? CHECKOUT_ERRORS[code as CheckoutErrorCode]
		: null;
}

/** The code for a failed enroll answer of the school plugin (its `code`, else its status). */
export function enrollErrorCode(
	status: number,
	pluginCode: unknown,
): CheckoutErrorCode {
	if (pluginCode === "course_full") return "full";
	if (pluginCode === "busy") return "busy";
	if (status === 503) return "unavailable";
	return "failed";
}
