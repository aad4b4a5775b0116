import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * Browser-side better-auth client (same origin, so no baseURL needed), with the admin plugin's
 * calls (`authClient.admin.listUsers`, `setRole`) for the /admin page.
 */
export const authClient = createAuthClient({ plugins: [adminClient()] });
