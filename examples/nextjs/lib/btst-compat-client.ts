/**
 * Client half of the demo's BTST 1.1.11 / 3 bridge (see `btst-compat.ts`): BTST v2 renamed
 * `BetterStackProvider` to `StackProvider` (`@btst/stack/context`). Same props on both for
 * what the demo passes (`basePath`, `overrides`).
 */
import * as stackContext from "@btst/stack/context";

const exported = stackContext as Record<string, unknown>;
type Context = typeof stackContext;

/** `StackProvider` on BTST 3, `BetterStackProvider` on 1.1.11, typed as the installed one. */
export const StackProvider = (exported.StackProvider ??
	exported.BetterStackProvider) as Context extends {
	StackProvider: infer P;
}
	? P
	: Context extends { BetterStackProvider: infer P }
		? P
		: never;
