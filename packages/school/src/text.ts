import { z } from "zod";

/**
 * Text the database and JSON cannot hold faithfully: a NUL (PostgreSQL refuses it in text
 * columns with error 22021, which used to surface as an empty 500) or a lone UTF-16 surrogate
 * (not valid Unicode; it turns into U+FFFD or an error on the way to the database).
 */
const LONE_SURROGATE =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const INVALID_TEXT_MESSAGE =
	"Text may not contain NUL characters or unpaired surrogates";

/** Whether a string can be stored and sent back unchanged. */
export function isValidText(value: string): boolean {
	return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/**
 * The one base of every text field and query string the school accepts: `z.string()` with the
 * shared refinement above, so invalid text is a 400 with the field's path, never a database
 * error. Chain the usual checks after it (`text().trim().min(1).max(200)`).
 */
export const text = () =>
	z.string().refine(isValidText, { message: INVALID_TEXT_MESSAGE });
