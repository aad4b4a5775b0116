import { jsonError } from "./api-errors";

/**
 * Checks a request before any router sees it, so what routers cannot take answers a clear
 * 4xx JSON error instead of an empty 500: a path that is not valid percent-encoded UTF-8, a NUL
 * in the query (PostgreSQL refuses it in text), a body over the size limit (read no further
 * than the limit, before identity is even looked at), and a JSON body that is not valid JSON or
 * carries a NUL in a string.
 *
 * Passes on a fresh `Request` with the same bytes (the original stream has been read), and the
 * parsed JSON body for callers that check fields.
 */
export type GuardResult =
	| { ok: true; request: Request; json: unknown }
	| { ok: false; response: Response };

export interface GuardOptions {
	/** Largest body accepted, in bytes; larger answers 413. */
	maxBodyBytes: number;
}

/** The test better-call itself uses to decide to `JSON.parse` a body: the two must agree. */
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json/i;

const METHODS_WITHOUT_BODY = new Set(["GET", "HEAD", "OPTIONS"]);

/** Every segment of a URL path decodes as UTF-8 percent-encoding, without NUL. */
export function isDecodablePath(pathname: string): boolean {
	try {
		return !decodeURIComponent(pathname).includes("\u0000");
	} catch {
		return false;
	}
}

/** Is there a NUL in any string of this JSON value (keys included)? */
export function containsNul(value: unknown): boolean {
	if (typeof value === "string") return value.includes("\u0000");
	if (Array.isArray(value)) return value.some(containsNul);
	if (value && typeof value === "object") {
		for (const [key, inner] of Object.entries(value)) {
			if (key.includes("\u0000") || containsNul(inner)) return true;
		}
	}
	return false;
}

function tooLarge(limit: number): Response {
	return jsonError(
		413,
		"payload_too_large",
		`The request body is larger than ${limit} bytes.`,
	);
}

/** Reads at most `limit` bytes; `null` when the body is longer. */
async function readAtMost(
	body: ReadableStream<Uint8Array>,
	limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

function parseJson(
	bytes: Uint8Array<ArrayBuffer>,
): { value: unknown } | Response {
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return jsonError(400, "invalid_encoding", "The body is not valid UTF-8.");
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return jsonError(400, "invalid_json", "The body is not valid JSON.");
	}
	if (containsNul(value))
		return jsonError(
			400,
			"invalid_text",
			"Text may not contain NUL characters.",
		);
	return { value };
}

export async function guardRequest(
	request: Request,
	{ maxBodyBytes }: GuardOptions,
): Promise<GuardResult> {
	const url = new URL(request.url);
	if (!isDecodablePath(url.pathname))
		return {
			ok: false,
			response: jsonError(
				400,
				"invalid_path",
				"The address is not valid percent-encoded UTF-8.",
			),
		};
	for (const [key, value] of url.searchParams) {
		if (key.includes("\u0000") || value.includes("\u0000"))
			return {
				ok: false,
				response: jsonError(
					400,
					"invalid_text",
					"Query parameters may not contain NUL characters.",
				),
			};
	}
	if (METHODS_WITHOUT_BODY.has(request.method) || !request.body)
		return { ok: true, request, json: undefined };

	const declared = Number(request.headers.get("content-length"));
	if (Number.isFinite(declared) && declared > maxBodyBytes)
		return { ok: false, response: tooLarge(maxBodyBytes) };
	const bytes = await readAtMost(request.body, maxBodyBytes);
	if (!bytes) return { ok: false, response: tooLarge(maxBodyBytes) };

	let json: unknown;
	const type = request.headers.get("content-type") ?? "";
	// An empty body goes on as no body at all, which routers read as "no input" (and validate).
	if (bytes.byteLength && JSON_TYPE.test(type.trim())) {
		const parsed = parseJson(bytes);
		if (parsed instanceof Response) return { ok: false, response: parsed };
		json = parsed.value;
	}

	const headers = new Headers(request.headers);
	// The new body's length is computed from the bytes themselves.
	headers.delete("content-length");
	headers.delete("transfer-encoding");
	return {
		ok: true,
		request: new Request(request.url, {
			method: request.method,
			headers,
			body: bytes.byteLength ? bytes : null,
			signal: request.signal,
		}),
		json,
	};
}
