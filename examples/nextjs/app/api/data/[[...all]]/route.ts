import { jsonError } from "@/lib/api-errors";
import { apiRoute, bodyLimit } from "@/lib/api-route";
import { API_BASE_PATH } from "@/lib/base-url";
import { throughBlogUpdateGate } from "@/lib/blog-update-gate";
import { revalidateSchoolPagesOnce } from "@/lib/revalidate-school-pages";
import { stack } from "@/lib/stack";

/**
 * The router's OpenAPI page (better-call serves it at `<basePath>/api/reference` and 1.1.11's
 * `betterStack` has no option to turn it off). It loads an unpinned script from a CDN, so it
 * is only served when `SCHOOL_OPENAPI=1` asks for it (local development).
 */
const OPENAPI_PATH = `${API_BASE_PATH}/api/reference`;

function openApiEnabled(): boolean {
	return process.env.SCHOOL_OPENAPI === "1";
}

/**
 * The BTST API (school plugin endpoints under /api/data/school/...): bodies up to 1 MiB
 * (`API_MAX_BODY_BYTES`), and every failure as `{ code, message }` JSON (lib/api-route.ts).
 */
const handler = apiRoute(
	async (request) => {
		const { pathname } = new URL(request.url);
		if (pathname.replace(/\/+$/, "") === OPENAPI_PATH && !openApiEnabled())
			return jsonError(404, "not_found", "Not found.");
		// The database is ready here: the static school pages may now regenerate with its data.
		revalidateSchoolPagesOnce();
		// Blog post updates queue so they cannot take the whole pool (lib/blog-update-gate.ts).
		const response = await throughBlogUpdateGate(request, () =>
			stack.handler(request),
		);
		// The router's own 404 (no such route) has an empty body.
		if (response.status === 404 && !response.headers.get("content-type"))
			return jsonError(404, "not_found", "Not found.");
		return response;
	},
	{ maxBodyBytes: bodyLimit("API_MAX_BODY_BYTES", 1024 * 1024) },
);

export {
	handler as DELETE,
	handler as GET,
	handler as PATCH,
	handler as POST,
	handler as PUT,
};
