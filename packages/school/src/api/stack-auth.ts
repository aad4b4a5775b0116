import type { SchoolUser } from "../types.js";

/**
 * BTST 3's server auth provider as the school's identity source. On v3 an app configures it
 * once, `stack({ auth })`, and `stack()` hands it to every plugin as `routes(adapter, context)`'s
 * second argument. The types below restate v3's `StackServerAuthProvider` structurally instead of
 * importing it, because `@btst/stack` 1.1.11 has no such type and the package supports both.
 */

/** The user an auth provider resolved (v3's `StackIdentity`). Extra fields are allowed. */
export interface SchoolAuthIdentity {
	id: string;
	name?: string;
	email?: string;
	image?: string;
	[key: string]: unknown;
}

/** A permission question to the provider (v3's `CanParams` with identity and headers). */
export interface SchoolAuthCanParams {
	resource: string;
	action: string;
	params?: Record<string, unknown>;
	identity: SchoolAuthIdentity | null;
	headers: Headers;
}

/** BTST 3's `StackServerAuthProvider`, as the school uses it. */
export interface SchoolAuthProvider {
	/** The identity of a request, or null when signed out. */
	getIdentity: (ctx: {
		headers: Headers;
		request: Request;
	}) => Promise<SchoolAuthIdentity | null> | SchoolAuthIdentity | null;
	/** The app's permission check; the school asks it about the `school` resource's roles. */
	can?: (params: SchoolAuthCanParams) => Promise<boolean> | boolean;
}

/**
 * What `stack()` passes as the second argument of a plugin's `routes` (v3's `StackContext`;
 * only `auth` is read). BTST 1.1.11 passes nothing.
 */
export interface SchoolPluginContext {
	auth?: SchoolAuthProvider;
}

/** The resource the school asks the provider's `can()` about. */
export const SCHOOL_AUTH_RESOURCE = "school";

/**
 * The actions of the `school` resource that grant roles. `instruct`: create courses and manage
 * one's own; `administer`: manage every course (implies `instruct`). Ownership of a course is
 * never asked: it stays the school's own decision (`can()` in access.ts).
 */
export const SCHOOL_AUTH_ACTIONS = {
	instruct: "instruct",
	administer: "administer",
} as const;

/** The role flags a provider grants, before the school adds the user. */
export interface ProviderRoles {
	isInstructor: boolean;
	isAdmin: boolean;
}

/**
 * The identity's role names: `roles` (an array) or `role` (a string; better-auth's admin plugin
 * stores several as "admin,user"). Anything else counts as no roles.
 */
export function identityRoles(identity: SchoolAuthIdentity): string[] {
	const { roles, role } = identity;
	if (Array.isArray(roles))
		return roles.filter((r): r is string => typeof r === "string");
	if (typeof role === "string")
		return role
			.split(",")
			.map((r) => r.trim())
			.filter(Boolean);
	return [];
}

/** The identity as a school user (no role flags yet). */
export function identityToUser(identity: SchoolAuthIdentity): SchoolUser {
	return {
		id: identity.id,
		name: typeof identity.name === "string" ? identity.name : null,
		email: typeof identity.email === "string" ? identity.email : null,
		roles: identityRoles(identity),
	};
}

/**
 * The signed-in identity of a request, or null. Like BTST 3's own `getRequestIdentity`, a
 * provider that throws (or answers without a string id) means "signed out", never a failed
 * request; and without a request (the router called from server code) there is nobody to ask.
 */
export async function resolveProviderIdentity(
	auth: SchoolAuthProvider,
	context: { request?: Request; headers?: Headers },
): Promise<SchoolAuthIdentity | null> {
	const { request } = context;
	if (!request) return null;
	try {
		const identity = await auth.getIdentity({
			headers: context.headers ?? request.headers,
			request,
		});
		return identity && typeof identity.id === "string" && identity.id
			? identity
			: null;
	} catch (error) {
		console.error("[btst-school] auth.getIdentity() failed:", error);
		return null;
	}
}

/**
 * The role flags from the provider's `can()`, or null when it has none (the caller then reads
 * the identity's role names). A `can()` that throws grants nothing: roles fail closed.
 */
export async function providerRoles(
	auth: SchoolAuthProvider,
	identity: SchoolAuthIdentity,
	headers: Headers,
): Promise<ProviderRoles | null> {
	const check = auth.can;
	if (!check) return null;
	const ask = async (action: string) => {
		try {
			return (
				(await check({
					resource: SCHOOL_AUTH_RESOURCE,
					action,
					identity,
					headers,
				})) === true
			);
		} catch (error) {
			console.error(
				`[btst-school] auth.can({ resource: "school", action: "${action}" }) failed:`,
				error,
			);
			return false;
		}
	};
	const [isAdmin, instructs] = await Promise.all([
		ask(SCHOOL_AUTH_ACTIONS.administer),
		ask(SCHOOL_AUTH_ACTIONS.instruct),
	]);
	return { isAdmin, isInstructor: isAdmin || instructs };
}
