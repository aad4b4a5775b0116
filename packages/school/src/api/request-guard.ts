import { SchoolError } from "./errors.js";

/** The default of `maxBodyBytes`: 1 MiB, far above any school form, far below a flood. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The configured trusted origins, normalised (`https://a.example/path` → `https://a.example`).
 * A malformed entry is a configuration mistake that would silently refuse every write, so it
 * fails when the plugin is built rather than on the first request.
 */
export function normaliseOrigins(
	origins: string[] | undefined,
): Set<string> | null {
	if (!origins) return null;
	return new Set(
		origins.map((origin) => {
			try {
				return new URL(origin).origin;
			} catch {
				throw new Error(
					`[btst-school] trustedOrigins: "${origin}" is not a URL`,
				);
			}
		}),
	);
}

const crossOrigin = () =>
	new SchoolError(
		403,
		"This request came from another site and was refused",
		"cross_origin",
	);

/**
 * CSRF defence for a state-changing request. Browsers send `Origin` on every cross-origin and
 * every non-GET request; when it is there it must be trusted (`"null"`, from sandboxed frames and
 * some redirects, never is). Without it, `Sec-Fetch-Site` tells same-origin from cross-site and
 * same-site (a sibling port or subdomain, which SameSite cookies do not stop). A request with
 * neither comes from a program (curl, a server, a test), which cookies do not ride along with
 * by accident, so it is allowed.
 */
export function assertTrustedOrigin(
	request: Request,
	trusted: Set<string> | null,
): void {
	const origin = request.headers.get("origin");
	if (origin !== null) {
		const allowed = trusted ?? new Set([new URL(request.url).origin]);
		let normalised: string | null = null;
		try {
			normalised = origin === "null" ? null : new URL(origin).origin;
		} catch {}
		if (!normalised || !allowed.has(normalised)) throw crossOrigin();
		return;
	}
	const site = request.headers.get("sec-fetch-site");
	if (site === "cross-site" || site === "same-site") throw crossOrigin();
}

const tooLarge = (max: number) =>
	new SchoolError(
		413,
		`The request body is larger than ${max} bytes`,
		"payload_too_large",
	);

const notJson = () =>
	new SchoolError(
		415,
		"Send the request body as JSON with Content-Type: application/json",
		"unsupported_media_type",
	);

/** Reads at most `max` bytes of the body; a longer one stops reading and is refused. */
async function readLimited(request: Request, max: number): Promise<Uint8Array> {
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel().catch(() => {});
			throw tooLarge(max);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

/**
 * The JSON body of a state-changing request, read by the school itself (the router's own body
 * parsing is off for school endpoints), so every refusal has the school's error shape:
 * 413 over `max` bytes (by `Content-Length` before reading, or while reading), 415 for any
 * content type but `application/json` (a form or `text/plain` is what a cross-site page can
 * send without a CORS preflight; refused even when the body is empty), 400 `invalid_json` for a
 * body that is not UTF-8 JSON. An empty body is `undefined`.
 */
export async function readJsonBody(
	request: Request,
	max: number,
): Promise<unknown> {
	const length = request.headers.get("content-length");
	if (length !== null && Number(length) > max) throw tooLarge(max);
	const type = request.headers.get("content-type");
	const essence = type?.split(";")[0]?.trim().toLowerCase() ?? "";
	if (type !== null && essence !== "application/json") throw notJson();
	const bytes = await readLimited(request, max);
	let text: string;
	try {
		text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new SchoolError(
			400,
			"The request body is not valid UTF-8",
			"invalid_json",
		);
	}
	if (text.trim() === "") return undefined;
	if (type === null) throw notJson();
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new SchoolError(
			400,
			"The request body is not valid JSON",
			"invalid_json",
		);
	}
}
