/**
 * The two app-level names BTST renamed in v2, under their current (v3) names, whichever major
 * is installed: `stack` (1.1.11: `betterStack`, from `@btst/stack/api`) and `StackProvider`
 * (1.1.11: `BetterStackProvider`, from `@btst/stack/context`). The plugin's `src/` uses neither;
 * the tests do, and they run on both majors (`scripts/v3-check.mjs`). When 1.1.11 support
 * ends, the imports of this file become plain `@btst/stack` imports.
 *
 * The demo has its own copy split by runtime (`examples/nextjs/lib/btst-compat*.ts`): it must
 * not import from the tests, and the published package should not grow API for this.
 */
import * as stackApi from "@btst/stack/api";
import * as stackContext from "@btst/stack/context";

/** The type of export `Current` of module `M`, or else of export `Legacy`. */
type Renamed<M, Current extends string, Legacy extends string> = M extends {
	[K in Current]: infer F;
}
	? F
	: M extends { [K in Legacy]: infer F }
		? F
		: never;

function renamed<
	M extends object,
	Current extends string,
	Legacy extends string,
>(module: M, current: Current, legacy: Legacy): Renamed<M, Current, Legacy> {
	const exports = module as Record<string, unknown>;
	const found = exports[current] ?? exports[legacy];
	if (typeof found !== "function") {
		throw new Error(`@btst/stack exports neither ${current} nor ${legacy}`);
	}
	return found as Renamed<M, Current, Legacy>;
}

/** `stack()` on BTST 3, `betterStack()` on 1.1.11. */
export const stack = renamed(stackApi, "stack", "betterStack");

/** `StackProvider` on BTST 3, `BetterStackProvider` on 1.1.11. */
export const StackProvider = renamed(
	stackContext,
	"StackProvider",
	"BetterStackProvider",
);
