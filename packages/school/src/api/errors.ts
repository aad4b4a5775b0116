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

export type SchoolErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 500;

/** The code of an error that names none: one per status. */
const CODE_BY_STATUS: Record<SchoolErrorStatus, string> = {
	400: "bad_request",
	401: "unauthorized",
	403: "forbidden",
	404: "not_found",
	409: "conflict",
	422: "unprocessable",
	500: "internal",
};

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
	) {
		super(message);
		this.name = "SchoolError";
		this.code = code ?? CODE_BY_STATUS[status];
	}

	/** The JSON body an endpoint answers with. */
	toBody(): SchoolErrorBody {
		return {
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

/**
 * The expected failures as a `SchoolError`: itself, a zod validation error (a mutation's own
 * parse), or a unique-key race the code did not turn into a named conflict. Anything else is
 * unexpected and returned as null (it stays a 500).
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
	return null;
}

type ApiStatus = ConstructorParameters<typeof APIError>[0];

/**
 * What an endpoint throws for a failure: an `APIError` with the school's body for expected
 * failures; an `APIError` a hook threw keeps its status and gets a code if it lacks one;
 * anything else is rethrown unchanged.
 */
export function toHttpError(error: unknown): unknown {
	const known = asSchoolError(error);
	if (known)
		return new APIError(known.status as ApiStatus, { ...known.toBody() });
	if (error instanceof APIError) {
		const body = (error.body ?? {}) as Partial<SchoolErrorBody>;
		const status = error.statusCode as SchoolErrorStatus;
		if (status >= 400 && status < 500 && (!body.code || !body.message)) {
			return new APIError(error.status, {
				...body,
				code: body.code || CODE_BY_STATUS[status] || "error",
				message: body.message || error.message || "Request refused",
			});
		}
	}
	return error;
}
