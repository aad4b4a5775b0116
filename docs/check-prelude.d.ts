// Ambient declarations for `npm run check:docs` (scripts/check-docs.mjs): the docs' examples use
// these packages, which this repository does not install. Each is the subset of the package's
// real published types that the examples touch, with the same names and shapes — nothing extra.
// Everything else the examples use (btst-school, @btst/stack, better-auth, kysely, next, ...)
// is checked against the real installed package.

/** `stripe` (stripe-node): the Checkout Session and webhook APIs used by the payment example. */
declare module "stripe" {
	namespace Stripe {
		type Metadata = Record<string, string>;

		namespace Checkout {
			interface Session {
				id: string;
				/** The URL to redirect the customer to (null once the session is complete). */
				url: string | null;
				client_reference_id: string | null;
				metadata: Stripe.Metadata | null;
				payment_status: "no_payment_required" | "paid" | "unpaid";
				payment_intent: string | { id: string } | null;
				amount_total: number | null;
				currency: string | null;
			}

			interface SessionCreateParams {
				mode?: "payment" | "setup" | "subscription";
				line_items?: Array<{
					price?: string;
					price_data?: {
						currency: string;
						unit_amount?: number;
						product_data?: { name: string; description?: string };
					};
					quantity?: number;
				}>;
				success_url?: string;
				cancel_url?: string;
				client_reference_id?: string;
				customer_email?: string;
				metadata?: Stripe.Metadata;
			}
		}

		interface CheckoutSessionCompletedEvent {
			id: string;
			type: "checkout.session.completed";
			data: { object: Stripe.Checkout.Session };
		}
		interface CheckoutSessionAsyncPaymentSucceededEvent {
			id: string;
			type: "checkout.session.async_payment_succeeded";
			data: { object: Stripe.Checkout.Session };
		}
		interface ChargeRefundedEvent {
			id: string;
			type: "charge.refunded";
			data: { object: { id: string; payment_intent: string | null } };
		}
		/** The real union has one member per event type; these stand for "and many others". */
		type Event =
			| CheckoutSessionCompletedEvent
			| CheckoutSessionAsyncPaymentSucceededEvent
			| ChargeRefundedEvent;

		interface StripeConfig {
			apiVersion?: string;
		}
	}

	class Stripe {
		constructor(apiKey: string, config?: Stripe.StripeConfig);
		webhooks: {
			/** Verifies the `stripe-signature` header against the raw body; throws when it does not match. */
			constructEvent(
				payload: string | Buffer,
				header: string | Buffer | Array<string>,
				secret: string,
				tolerance?: number,
			): Stripe.Event;
		};
		checkout: {
			sessions: {
				create(
					params?: Stripe.Checkout.SessionCreateParams,
				): Promise<Stripe.Checkout.Session>;
				retrieve(id: string): Promise<Stripe.Checkout.Session>;
			};
		};
	}

	export default Stripe;
}
