import { ensureDatabase } from "@/lib/migrate";
import { stack } from "@/lib/stack";

/** The BTST API (school plugin endpoints under /api/data/school/...). */
async function handler(request: Request): Promise<Response> {
	await ensureDatabase();
	return stack.handler(request);
}

export {
	handler as DELETE,
	handler as GET,
	handler as PATCH,
	handler as POST,
	handler as PUT,
};
