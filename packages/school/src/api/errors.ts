import { APIError } from "better-call";
import { ZodError } from "zod";

/**
 * The one error shape of the school API. Every 4xx answer has a `code` (stable, for programs)
 * and a `message` (for people); validation failures add `issues`, one per field, with the
 * field's path relative to the request body or query (`["title"]`,
 * `["content", "questions", "0", "prompt"]`). Built here and nowhere else.
 */
export interface SchoolErrorBody {
	code: string;
	message: string;
	issues?: SchoolErrorIssue[];
}

/** One field problem: where (relative to the body or query) and what. */
export interface SchoolErrorIssue {
	path: string[];
	message: string;
}

export type SchoolErrorStatus =
	| 400
	| 401
	| 403
	| 404
	| 409
	| 413
	| 415
	| 422
	| 500
	| 501
	| 503;

/** The code of an error that names none: one per status. */
const CODE_BY_STATUS: Record<SchoolErrorStatus, string> = {
	400: "bad_request",
	401: "unauthorized",
	403: "forbidden",
	404: "not_found",
	409: "conflict",
	413: "payload_too_large",
	415: "unsupported_media_type",
	422: "unprocessable",
	500: "internal",
	501: "not_implemented",
	503: "unavailable",
};

/** Seconds a client is told to wait (`Retry-After`) when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/** The code of every validation failure (kept from better-call, which clients already read). */
export const VALIDATION_ERROR = "VALIDATION_ERROR";

/**
 * An expected failure with an HTTP status, thrown by getters, mutations, access checks and
 * operations. The endpoints turn it into the JSON body above; server code can read `status`,
 * `code` and `issues` directly.
 */
export class SchoolError extends Error {
	readonly code: string;
	constructor(
		readonly status: SchoolErrorStatus,
		message: string,
		code?: string,
		readonly issues?: SchoolErrorIssue[],
		/** Extra fields of the body for programs (e.g. `opensAt`, `missing`); never secrets. */
		readonly details?: Record<string, unknown>,
	) {
		super(message);
		this.name = "SchoolError";
		this.code = code ?? CODE_BY_STATUS[status];
	}

	/** The JSON body an endpoint answers with. */
	toBody(): SchoolErrorBody {
		return {
			...this.details,
			code: this.code,
			message: this.message,
			...(this.issues ? { issues: this.issues } : {}),
		};
	}
}

type IssueLike = {
	path?: readonly (PropertyKey | { key: PropertyKey })[];
	message: string;
};

/** `["a", 0, {key: "b"}]` (zod or standard-schema paths) as `["a", "0", "b"]`. */
const pathOf = (path: IssueLike["path"]): string[] =>
	(path ?? []).map((p) =>
		String(typeof p === "object" && p !== null ? p.key : p),
	);

/**
 * A 400 with one issue per field. The message lists them as `path: message; …` so a client that
 * only shows the message still names the fields.
 */
export function validationError(
	issues: readonly IssueLike[],
	prefix: string[] = [],
): SchoolError {
	const list = issues.map((issue) => ({
		path: [...prefix, ...pathOf(issue.path)],
		message: issue.message,
	}));
	const message =
		list
			.map((i) => (i.path.length ? `${i.path.join(".")}: ` : "") + i.message)
			.join("; ") || "Invalid input";
	return new SchoolError(400, message, VALIDATION_ERROR, list);
}

/** Postgres (and PGlite) report a unique-constraint violation as SQLSTATE 23505. */
export function isUniqueViolation(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === "object" && !seen.has(current)) {
		seen.add(current);
		const e = current as { code?: unknown; message?: unknown; cause?: unknown };
		if (e.code === "23505" || e.code === "SQLITE_CONSTRAINT_UNIQUE")
			return true;
		if (
			typeof e.message === "string" &&
			/unique constraint|duplicate key/i.test(e.message)
		) {
			return true;
		}
		current = e.cause;
	}
	return false;
}

/** Node socket errors of a lost or unreachable database server. */
const CONNECTION_ERRNOS = new Set([
	"ECONNREFUSED",
	"ECONNRESET",
	"ETIMEDOUT",
	"EPIPE",
	"ENOTCONN",
	"EHOSTUNREACH",
	"ENETUNREACH",
	"EAI_AGAIN",
]);

/**
 * SQLSTATEs that say "the server is not there right now", not "your query is wrong": class 08
 * (connection exceptions), 57P01-57P03 (admin/crash shutdown, cannot connect now) and 53300
 * (too many connections).
 */
function isUnavailableSqlState(code: string): boolean {
	return (
		/^08[0-9A-Z]{3}$/.test(code) ||
		code === "57P01" ||
		code === "57P02" ||
		code === "57P03" ||
		code === "53300"
	);
}

/** Messages of `pg` (and pools) when a connection dies or cannot be had in time. */
const UNAVAILABLE_MESSAGE =
	/Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|ECONNREFUSED|ECONNRESET/i;

/**
 * Whether an error means the database is unavailable (down, restarting, out of connections),
 * so the request may succeed if retried: it follows `cause` chains, as adapters wrap errors.
 */
export function isUnavailable(error: unknown): boolean {
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === "object" && !seen.has(current)) {
		seen.add(current);
		const e = current as { code?: unknown; message?: unknown; cause?: unknown };
		if (typeof e.code === "string") {
			if (CONNECTION_ERRNOS.has(e.code) || isUnavailableSqlState(e.code))
				return true;
		}
		if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message))
			return true;
		// An AggregateError (a refused connect tried on IPv4 and IPv6) holds the socket errors.
		const inner = (current as { errors?: unknown }).errors;
		if (Array.isArray(inner) && inner.some((x) => isUnavailable(x)))
			return true;
		current = e.cause;
	}
	return false;
}

/**
 * The expected failures as a `SchoolError`: itself, a zod validation error (a mutation's own
 * parse), a unique-key race the code did not turn into a named conflict, or an unavailable
 * database (503). Anything else is unexpected and returned as null (it stays a 500).
 */
export function asSchoolError(error: unknown): SchoolError | null {
	if (error instanceof SchoolError) return error;
	if (error instanceof ZodError) return validationError(error.issues);
	if (isUniqueViolation(error))
		return new SchoolError(
			409,
			"This conflicts with existing data",
			"conflict",
		);
	if (isUnavailable(error))
		return new SchoolError(
			503,
			"The service is temporarily unavailable. Please try again in a few seconds.",
			"unavailable",
		);
	return null;
}

/** What an endpoint answers for a failure: status, the school's body, extra headers. */
export interface HttpFailure {
	status: number;
	body: SchoolErrorBody & Record<string, unknown>;
	headers?: Record<string, string>;
}

/** The body of every unexpected failure: nothing of the error itself reaches the client. */
const INTERNAL_BODY: SchoolErrorBody = {
	code: "internal",
	message: "Something went wrong on our side. Please try again later.",
};

/**
 * Every failure as an answer with `code` and `message`: a `SchoolError` (or what
 * `asSchoolError` recognises) with its body, and a 503 with `Retry-After`; an `APIError` a hook
 * threw keeps its status and gets a code and message if it lacks them; anything else is a 500
 * `internal`, logged here once with its details (which the body never carries).
 */
export function toHttpFailure(error: unknown): HttpFailure {
	const known = asSchoolError(error);
	if (known) {
		return {
			status: known.status,
			body: { ...known.toBody() },
			...(known.status === 503
				? { headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } }
				: {}),
		};
	}
	if (error instanceof APIError && error.statusCode >= 400) {
		const body = (error.body ?? {}) as Partial<SchoolErrorBody>;
		const status = error.statusCode;
		return {
			status,
			body: {
				...body,
				code:
					body.code ||
					CODE_BY_STATUS[status as SchoolErrorStatus] ||
					(status >= 500 ? "internal" : "error"),
				message: body.message || error.message || "Request refused",
			},
		};
	}
	console.error("[btst-school] unexpected error", error);
	return { status: 500, body: { ...INTERNAL_BODY } };
}
