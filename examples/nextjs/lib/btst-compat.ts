/**
 * Server half of the demo's BTST 1.1.11 / 3 bridge (the client half is `btst-compat-client.ts`:
 * the provider must not be imported by route handlers). The demo runs on both majors
 * (`SCHOOL_BTST=3 npm start`), and two things an app writes differ between them:
 *
 * - BTST v2 renamed `betterStack()` to `stack()` (`@btst/stack/api`);
 * - BTST's own plugins' `onBefore*` hooks (the blog here) deny by returning `false` on 1.1.11
 *   and by throwing on 3 (a returned boolean still works there, with a deprecation warning).
 *
 * An app on one major needs none of this: it imports `stack` (or `betterStack`) directly and
 * writes its hooks the one way. The school plugin's own hooks accept both styles.
 */
import * as stackApi from "@btst/stack/api";

const exported = stackApi as Record<string, unknown>;

/** True when the installed `@btst/stack` is v2 or later (it exports `stack`). */
export const isStackV3 = typeof exported.stack === "function";

type Api = typeof stackApi;

/** `stack()` on BTST 3, `betterStack()` on 1.1.11, typed as the installed one. */
export const stack = (exported.stack ?? exported.betterStack) as Api extends {
	stack: infer F;
}
	? F
	: Api extends { betterStack: infer F }
		? F
		: never;

/** What an allowing `onBefore*` hook of a BTST plugin returns: `true` on 1.1.11, nothing on 3. */
export type HookAllowed = Api extends { stack: unknown } ? undefined : boolean;

/**
 * Ends an authorization hook of one of BTST's own plugins: allows, or denies the way the
 * installed major expects — on 3 by throwing (answered as 403 with `message`), on 1.1.11 by
 * returning `false` (answered as 403; a thrown plain `Error` there would be an empty 500).
 */
export function allowIf(allowed: boolean, message: string): HookAllowed {
	if (isStackV3 && !allowed) throw new Error(message);
	return (isStackV3 ? undefined : allowed) as HookAllowed;
}
