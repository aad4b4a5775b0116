import { headers } from "next/headers";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "./auth";
import { ensureDatabase } from "./migrate";

/** The signed-in user of the current request (server components), once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
	// Read the request first: it marks the page dynamic, so `next build` never prerenders it
	// (and never opens the database).
	const requestHeaders = await headers();
	// No cookie, no session: and no database either, so a statically generated page (whose
	// headers are empty) never opens it, not even during `next build`.
	if (!requestHeaders.get("cookie")) return null;
	await ensureDatabase();
	return getSessionUser(requestHeaders);
});
