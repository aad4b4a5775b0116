import { toNextJsHandler } from "better-auth/next-js";
import { jsonError, withoutErrorDetails } from "@/lib/api-errors";
import { apiRoute, bodyLimit } from "@/lib/api-route";
import { getAuth } from "@/lib/auth";
import { authInputProblem } from "@/lib/auth-input";

const AUTH_BASE_PATH = "/api/auth";

/**
 * better-auth's routes. Sign-in bodies are small: 16 KiB (`AUTH_MAX_BODY_BYTES`). Field types
 * and the display name are checked first (lib/auth-input.ts): better-auth answered 500 to a
 * numeric password and stored any name. Its error answers never carry database details.
 */
const handler = apiRoute(
	async (request, json) => {
		const path = new URL(request.url).pathname.slice(AUTH_BASE_PATH.length);
		const problem =
			request.method === "POST" ? authInputProblem(path, json) : null;
		if (problem) return jsonError(400, "invalid_input", problem);
		return withoutErrorDetails(await getAuth().handler(request));
	},
	{ maxBodyBytes: bodyLimit("AUTH_MAX_BODY_BYTES", 16 * 1024) },
);

export const { GET, POST } = toNextJsHandler(handler);
