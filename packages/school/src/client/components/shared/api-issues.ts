import { SchoolApiError } from "../../fetcher.js";

/** A problem with one part of a request body: its path (`["content", "questions", "0"]`) and text. */
export interface PathIssue {
	path: readonly PropertyKey[];
	message: string;
}

/**
 * The one reader of the server's field errors. Every 4xx body is `{ code, message, issues? }`,
 * with `issues` paths relative to the request body; `SchoolApiError.issues` carries them. Returns
 * the issues about the form's own `fields` (by the path's first segment), and the message to show
 * for the form as a whole when none of them is about a field.
 */
export function apiFieldIssues(
	error: unknown,
	fields: Iterable<string>,
): { issues: PathIssue[]; form: string | null } {
	if (!(error instanceof Error)) return { issues: [], form: String(error) };
	const known = new Set(fields);
	const issues =
		error instanceof SchoolApiError
			? (error.issues ?? []).filter((issue) =>
					known.has(String(issue.path[0] ?? "")),
				)
			: [];
	return { issues, form: issues.length ? null : error.message };
}
