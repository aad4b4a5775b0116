"use client";

import { config } from "zod";

// zod 4 (the school plugin validates forms with it) probes once for `new Function`, to compile
// faster parsers. The pages' CSP has no 'unsafe-eval', so the browser refuses that probe and
// reports a CSP violation; zod then falls back anyway. Saying so up front avoids the probe.
config({ jitless: true });

/** Rendered once in the root layout so the setting above runs in the browser before any parse. */
export function ZodJitless() {
	return null;
}
