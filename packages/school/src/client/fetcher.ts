/** One way to call the school API, shared by the query table, the mutations and the sitemap. */

export interface ApiTarget {
	apiBaseURL: string;
	apiBasePath: string;
	headers?: HeadersInit;
	/** Messages by error code (the localization's `errorMessages`); the server's message otherwise. */
	errorMessages?: Record<string, string>;
}

/** One field problem reported by the server; `path` is relative to the request body or query. */
export interface SchoolApiIssue {
	path: string[];
	message: string;
}

/**
 * An API call that did not succeed. `code` is the server's (`slug_taken`, `course_full`,
 * `VALIDATION_ERROR`, `not_found`, …), or, when the server sent no readable body, `network`
 * (no answer at all), `invalid_response` (a 2xx that is not JSON) or `http_<status>`.
 * `message` is always meant for people; `issues` lists field problems of a rejected input.
 */
export class SchoolApiError extends Error {
	readonly code: string;
	constructor(
		/** The HTTP status; 0 when the server could not be reached. */
		readonly status: number,
		message: string,
		code?: string,
		readonly issues?: SchoolApiIssue[],
	) {
		super(message);
		this.name = "SchoolApiError";
		this.code = code ?? `http_${status}`;
	}
}

/** Whether `error` came from the school API (and, given a code, carries that code). */
export function isSchoolApiError(
	error: unknown,
	code?: string,
): error is SchoolApiError {
	return (
		error instanceof SchoolApiError &&
		(code === undefined || error.code === code)
	);
}

export function apiUrl(
	target: ApiTarget,
	path: string,
	query?: Record<string, string | number | undefined | null>,
) {
	const base = `${target.apiBaseURL.replace(/\/$/, "")}/${target.apiBasePath.replace(/^\/|\/$/g, "")}`;
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(query ?? {})) {
		if (value !== undefined && value !== null && value !== "")
			search.set(key, String(value));
	}
	const qs = search.toString();
	return `${base}${path}${qs ? `?${qs}` : ""}`;
}

/** Messages for failures whose body says nothing usable (a proxy's HTML page, an empty body). */
const statusMessages: Record<number, string> = {
	400: "The request was not accepted.",
	401: "Please sign in to continue.",
	403: "You are not allowed to do this.",
	404: "This could not be found.",
	409: "This conflicts with a change made meanwhile. Reload and try again.",
	429: "Too many requests. Wait a moment and try again.",
};

function messageForStatus(status: number) {
	return (
		statusMessages[status] ??
		(status >= 500
			? "The server had a problem. Try again in a moment."
			: `The request failed (HTTP ${status}).`)
	);
}

function readIssues(value: unknown): SchoolApiIssue[] | undefined {
	if (!Array.isArray(value)) return undefined;
	return value
		.filter(
			(i): i is { path?: unknown; message: string } =>
				!!i && typeof i === "object" && typeof i.message === "string",
		)
		.map((i) => ({
			path: Array.isArray(i.path) ? i.path.map(String) : [],
			message: i.message,
		}));
}

/**
 * The one reader of failure bodies. The server answers every 4xx as
 * `{ code, message, issues? }`; anything else (HTML, plain text, empty) becomes
 * `http_<status>` with a message for people, never the raw body.
 */
export function errorFromResponse(
	status: number,
	body: unknown,
): SchoolApiError {
	const data = (body && typeof body === "object" ? body : {}) as {
		code?: unknown;
		message?: unknown;
		issues?: unknown;
	};
	const message =
		typeof data.message === "string" && data.message.trim()
			? data.message
			: messageForStatus(status);
	return new SchoolApiError(
		status,
		message,
		typeof data.code === "string" && data.code ? data.code : undefined,
		readIssues(data.issues),
	);
}

/** The app's message for the error's code, if it has one; else the error as it came. */
function localized(error: SchoolApiError, target: ApiTarget): SchoolApiError {
	const message = target.errorMessages?.[error.code];
	return message
		? new SchoolApiError(error.status, message, error.code, error.issues)
		: error;
}

/** One API call; a failure is a `SchoolApiError` with the app's message for its code. */
export async function schoolFetch<T>(
	target: ApiTarget,
	path: string,
	init: Parameters<typeof fetchOnce>[2] = {},
): Promise<T> {
	try {
		return await fetchOnce<T>(target, path, init);
	} catch (error) {
		throw error instanceof SchoolApiError ? localized(error, target) : error;
	}
}

async function fetchOnce<T>(
	target: ApiTarget,
	path: string,
	init: {
		method?: string;
		body?: unknown;
		query?: Record<string, string | number | undefined | null>;
		/** Let the request outlive the page (a last position save when the page is closed). */
		keepalive?: boolean;
		/** React Query's signal: an abandoned read stops downloading. */
		signal?: AbortSignal;
	} = {},
): Promise<T> {
	const headers = new Headers(target.headers);
	if (init.body !== undefined) headers.set("content-type", "application/json");
	let res: Response;
	let text: string;
	try {
		res = await fetch(apiUrl(target, path, init.query), {
			method: init.method ?? "GET",
			headers,
			credentials: "include",
			keepalive: init.keepalive,
			signal: init.signal,
			body: init.body === undefined ? undefined : JSON.stringify(init.body),
		});
		text = await res.text();
	} catch (error) {
		// A cancelled query must stay a cancellation for React Query.
		if (init.signal?.aborted) throw error;
		throw new SchoolApiError(
			0,
			"Could not reach the server. Check your connection and try again.",
			"network",
		);
	}
	let data: unknown = null;
	let json = true;
	try {
		data = text ? JSON.parse(text) : null;
	} catch {
		json = false;
	}
	if (!res.ok) throw errorFromResponse(res.status, json ? data : null);
	if (!json)
		throw new SchoolApiError(
			res.status,
			"The server sent an answer that could not be read.",
			"invalid_response",
		);
	return data as T;
}

/** For queries whose 404 means "nothing there" rather than an error. */
export async function orNullOn404<T>(promise: Promise<T>): Promise<T | null> {
	try {
		return await promise;
	} catch (error) {
		if (error instanceof SchoolApiError && error.status === 404) return null;
		throw error;
	}
}
