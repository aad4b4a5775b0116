import { createAuthClient } from "better-auth/react";

/** Browser-side better-auth client (same origin, so no baseURL needed). */
export const authClient = createAuthClient();
