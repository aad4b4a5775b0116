/**
 * The one error shape of the demo's API route handlers: `{ code, message }` JSON, the same
 * shape the school plugin's own errors have, so a client never meets an empty 500.
 */

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECS = 5;

export function jsonError(
	status: number,
	code: string,
	message: string,
	headers?: HeadersInit,
): Response {
	const response = Response.json({ code, message }, { status, headers });
	response.headers.set("cache-control", "no-store");
	return response;
}

export function databaseUnavailable(): Response {
	return jsonError(
		503,
		"database_unavailable",
		"The database is not reachable right now. Please try again in a few seconds.",
		{ "retry-after": String(RETRY_AFTER_SECS) },
	);
}

export function internalError(): Response {
	return jsonError(
		500,
		"internal_error",
		"Something went wrong on the server. It has been logged.",
	);
}

/** Node socket errors and PostgreSQL SQLSTATEs that mean "no database", not "bad query". */
const UNAVAILABLE_CODES = new Set([
	"ECONNREFUSED",
	"ECONNRESET",
	"ETIMEDOUT",
	"EHOSTUNREACH",
	"ENOTFOUND",
	"EPIPE",
	"57P01", // admin_shutdown
	"57P02", // crash_shutdown
	"57P03", // cannot_connect_now (starting up / shutting down)
	"53300", // too_many_connections
]);

const UNAVAILABLE_MESSAGE =
	/connection terminated|timeout exceeded when trying to connect|connection (refused|reset|closed)|client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** Is this error (or one in its `cause` chain) the database being down or unreachable? */
export function isDatabaseUnavailable(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === "object" && !seen.has(current)) {
		seen.add(current);
		const e = current as {
			code?: unknown;
			message?: unknown;
			cause?: unknown;
			errors?: unknown;
		};
		if (typeof e.code === "string") {
			// SQLSTATE class 08: connection exceptions.
			if (UNAVAILABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))
				return true;
		}
		if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message))
			return true;
		// `AggregateError` (e.g. ECONNREFUSED on both ::1 and 127.0.0.1).
		if (Array.isArray(e.errors) && e.errors.some(isDatabaseUnavailable))
			return true;
		current = e.cause;
	}
	return false;
}

/**
 * Any 5xx answer in the JSON shape: 503 + `Retry-After` when `databaseDown()` says the database
 * is gone (whatever the router made of that), else the answer itself if it is JSON, else (the
 * router logs the error and answers an empty 500) a 500 that says so. Other answers pass
 * through untouched.
 */
export async function withJsonFailure(
	response: Response,
	databaseDown: () => Promise<boolean>,
): Promise<Response> {
	if (response.status < 500) return response;
	// The school plugin answers an unavailable database itself (JSON 503 + Retry-After): kept.
	if (response.status === 503 && response.headers.get("retry-after"))
		return response;
	if (await databaseDown()) {
		await response.body?.cancel();
		return databaseUnavailable();
	}
	const type = response.headers.get("content-type") ?? "";
	if (type.includes("application/json")) return response;
	await response.body?.cancel();
	return internalError();
}

/**
 * better-auth puts the database driver's error object in `details` of some answers (a NUL in a
 * name returned PostgreSQL's query text and parameters): keep `code` and `message`, drop the rest.
 */
export async function withoutErrorDetails(
	response: Response,
): Promise<Response> {
	if (response.status < 400) return response;
	const type = response.headers.get("content-type") ?? "";
	if (!type.includes("application/json")) return response;
	const body = (await response
		.clone()
		.json()
		.catch(() => null)) as Record<string, unknown> | null;
	if (!body || typeof body !== "object" || !("details" in body))
		return response;
	const { details: _dropped, ...rest } = body;
	const headers = new Headers(response.headers);
	headers.delete("content-length");
	return new Response(JSON.stringify(rest), {
		status: response.status,
		statusText: response.statusText,
		headers,
	});
}
