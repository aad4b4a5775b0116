/** One way to call the school API, shared by the hooks, the loaders and the sitemap. */

export interface ApiTarget {
	apiBaseURL: string;
	apiBasePath: string;
	headers?: HeadersInit;
}

/** One field problem reported by the server (zod issues from a mutation). */
export interface SchoolApiIssue {
	path: (string | number)[];
	message: string;
}

/** An API answer other than 2xx, with the server's message (and field issues, when it sent any). */
export class SchoolApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly code?: string,
		readonly issues?: SchoolApiIssue[],
	) {
		super(message);
		this.name = "SchoolApiError";
	}
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

export async function schoolFetch<T>(
	target: ApiTarget,
	path: string,
	init: {
		method?: string;
		body?: unknown;
		query?: Record<string, string | number | undefined | null>;
		/** Let the request outlive the page (a last position save when the page is closed). */
		keepalive?: boolean;
	} = {},
): Promise<T> {
	const headers = new Headers(target.headers);
	if (init.body !== undefined) headers.set("content-type", "application/json");
	const res = await fetch(apiUrl(target, path, init.query), {
		method: init.method ?? "GET",
		headers,
		credentials: "include",
		keepalive: init.keepalive,
		body: init.body === undefined ? undefined : JSON.stringify(init.body),
	});
	const text = await res.text();
	let data: unknown = null;
	try {
		data = text ? JSON.parse(text) : null;
	} catch {
		data = null;
	}
	if (!res.ok) {
		const body = (data ?? {}) as {
			message?: string;
			code?: string;
			issues?: SchoolApiIssue[];
		};
		throw new SchoolApiError(
			res.status,
			body.message || res.statusText || "Request failed",
			body.code,
			Array.isArray(body.issues) ? body.issues : undefined,
		);
	}
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
