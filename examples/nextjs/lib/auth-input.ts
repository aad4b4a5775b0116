/**
 * What better-auth does not check itself, checked before it runs: a numeric or null password
 * crashed it (500), a 2 MB display name was stored, and control characters went into names.
 * Returns a message for a 400 answer, or null when the input may go on.
 */

export const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and the bidirectional
 * overrides that can make a name display as something else.
 */
const UNSAFE_IN_NAME =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
	/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Fields each endpoint requires as strings; any other known text field is checked if present. */
const REQUIRED: Record<string, string[]> = {
	"/sign-up/email": ["name", "email", "password"],
	"/sign-in/email": ["email", "password"],
};
const TEXT_FIELDS = [
	"name",
	"email",
	"password",
	"newPassword",
	"currentPassword",
	"image",
	"callbackURL",
	"token",
];

/** A display name: `null` if fine, else why not. */
export function nameProblem(name: string): string | null {
	const trimmed = name.trim();
	if (!trimmed) return "Name is required.";
	if ([...trimmed].length > MAX_NAME_LENGTH)
		return `Name must be at most ${MAX_NAME_LENGTH} characters.`;
	if (UNSAFE_IN_NAME.test(name))
		return "Name may not contain control characters.";
	return null;
}

/**
 * `path` is the auth route's path after `/api/auth` (e.g. `/sign-up/email`); `body` the parsed
 * JSON body, or undefined when there was none.
 */
export function authInputProblem(path: string, body: unknown): string | null {
	const required = REQUIRED[path] ?? [];
	if (body === undefined) {
		return required.length ? "A JSON body is required." : null;
	}
	if (!body || typeof body !== "object" || Array.isArray(body)) {
		return required.length || path === "/update-user"
			? "The body must be a JSON object."
			: null;
	}
	const fields = body as Record<string, unknown>;
	for (const key of required) {
		if (typeof fields[key] !== "string") return `${key} must be a string.`;
	}
	for (const key of TEXT_FIELDS) {
		if (!(key in fields) || typeof fields[key] === "string") continue;
		// Clearing the avatar is the one legitimate null.
		if (key === "image" && fields[key] === null) continue;
		return `${key} must be a string.`;
	}
	if (
		typeof fields.email === "string" &&
		fields.email.length > MAX_EMAIL_LENGTH
	)
		return `Email must be at most ${MAX_EMAIL_LENGTH} characters.`;
	// Only where a name is being set: sign-up and profile updates.
	if (
		(path === "/sign-up/email" || path === "/update-user") &&
		typeof fields.name === "string"
	) {
		return nameProblem(fields.name);
	}
	return null;
}
