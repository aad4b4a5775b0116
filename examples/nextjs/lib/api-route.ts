import {
	databaseUnavailable,
	internalError,
	isDatabaseUnavailable,
	withJsonFailure,
} from "./api-errors";
import { isDatabaseDown } from "./db";
import { ensureDatabase } from "./migrate";
import { type GuardOptions, guardRequest } from "./request-guard";

/**
 * A route handler around a router (the BTST stack, better-auth): the request is checked first
 * (`guardRequest`), the database is made ready, and whatever goes wrong after that (the router
 * throws, or answers an empty 500) becomes `{ code, message }` JSON: 503 with `Retry-After`
 * while the database is unreachable, else 500. The error itself is logged, never sent.
 */
export function apiRoute(
	handle: (request: Request, json: unknown) => Promise<Response>,
	options: GuardOptions,
): (request: Request) => Promise<Response> {
	return async (incoming) => {
		const guarded = await guardRequest(incoming, options);
		if (!guarded.ok) return guarded.response;
		try {
			await ensureDatabase();
			const response = await handle(guarded.request, guarded.json);
			return await withJsonFailure(response, isDatabaseDown);
		} catch (error) {
			if (isDatabaseUnavailable(error) || (await isDatabaseDown()))
				return databaseUnavailable();
			console.error("[school-demo] API request failed", error);
			return internalError();
		}
	};
}

/** A byte count from the environment, or the default. */
export function bodyLimit(envName: string, fallback: number): number {
	const fromEnv = Number(process.env[envName]);
	return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
}
