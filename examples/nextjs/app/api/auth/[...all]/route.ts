import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth";
import { ensureDatabase } from "@/lib/migrate";

export const { GET, POST } = toNextJsHandler(async (request: Request) => {
	await ensureDatabase();
	return getAuth().handler(request);
});
