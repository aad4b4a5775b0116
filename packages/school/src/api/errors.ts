/**
 * An error with an HTTP status that getters and mutations throw for expected failures
 * (missing, conflict, not allowed). Endpoints turn it into `ctx.error(status, { message })`.
 */
export class SchoolError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 500,
		message: string,
		readonly code?: string,
	) {
		super(message);
		this.name = "SchoolError";
	}
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
