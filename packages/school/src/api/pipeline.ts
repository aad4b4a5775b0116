import type { Adapter } from "@btst/stack/plugins/api";
import { createEndpoint } from "@btst/stack/plugins/api";
import { APIError } from "better-call";
import type { z } from "zod";
import { identify, requireViewer, type Viewer } from "./access.js";
import type { TxDb } from "./db-types.js";
import { toHttpFailure, validationError } from "./errors.js";
import type { Actor, OperationDeps } from "./operations/index.js";
import type { SchoolBackendOptions } from "./options.js";
import {
	assertTrustedOrigin,
	DEFAULT_MAX_BODY_BYTES,
	normaliseOrigins,
	readJsonBody,
} from "./request-guard.js";
import type { SchoolPluginContext } from "./stack-auth.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A route's declaration: its method and the zod schemas of its body and query. */
export interface RouteSchemas<
	B extends z.ZodType | undefined,
	Q extends z.ZodType | undefined,
> {
	method: Method;
	body?: B;
	query?: Q;
	/** 201 for a route that always creates; one that only sometimes creates calls `setStatus`. */
	status?: 201;
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler gets: validated input, lazy identity, and the operations' dependencies. */
export interface RouteRequest<B, Q> {
	body: Parsed<B>;
	query: Parsed<Q>;
	params: Record<string, string>;
	deps: OperationDeps;
	/** The caller, or null. Memoised: identity is resolved at most once per request. */
	viewer(): Promise<Viewer | null>;
	/** The caller as the actor of an operation; 401 without identity. */
	actor(): Promise<Actor>;
	/** The success status (201 for a creation); errors set their own. */
	setStatus(status: 200 | 201): void;
}

/** Validates with a route's schema; failures become the one validation error shape. */
function parseInput<S extends z.ZodType | undefined>(
	schema: S,
	value: unknown,
): Parsed<S> {
	if (!schema) return undefined as Parsed<S>;
	const result = schema.safeParse(value ?? {});
	if (!result.success) throw validationError(result.error.issues);
	return result.data as Parsed<S>;
}

type EndpointContext = {
	request?: Request;
	headers?: Headers;
	body?: unknown;
	method?: string;
};

/**
 * The request pipeline every school endpoint runs, in this order:
 * 1. state-changing requests (every method but GET): the origin check (403 `cross_origin`), then
 *    the body — size (413), content type (415), JSON (400) — read here, because the router's own
 *    body parsing is switched off (`disableBody`) so it can neither accept forms nor answer a
 *    malformed body with an empty 500;
 * 2. the route's zod schemas for the body and query (here rather than in better-call, so
 *    failures carry `issues` in the school's error shape);
 * 3. the handler, with lazy identity: nothing above costs an identity lookup.
 * Every failure leaves as `{ code, message, issues? }` with its status (`toHttpFailure`): 503
 * with `Retry-After` when the database is unavailable, 500 `internal` for anything unexpected.
 * Identity-before-lookup is the loaders' rule (`access.ts`), which every handler goes through.
 */
export function routeFactory(
	adapter: Adapter,
	options: SchoolBackendOptions,
	/** What BTST 3's `stack()` passes to `routes`: its auth provider identifies when `getUser` is absent. */
	context: SchoolPluginContext = {},
) {
	const deps: OperationDeps = { db: adapter as TxDb, options };
	const trusted = normaliseOrigins(options.trustedOrigins);
	const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

	/** The request body, guarded; a call without a request (server code) passes its own. */
	async function bodyOf(ctx: EndpointContext, method: Method) {
		if (method === "GET") return undefined;
		if (!ctx.request) return ctx.body;
		assertTrustedOrigin(ctx.request, trusted);
		return readJsonBody(ctx.request, maxBodyBytes);
	}

	return function route<
		B extends z.ZodType | undefined = undefined,
		Q extends z.ZodType | undefined = undefined,
	>(
		path: string,
		schemas: RouteSchemas<B, Q>,
		handler: (req: RouteRequest<B, Q>) => Promise<unknown>,
	) {
		return createEndpoint(
			path,
			{ method: schemas.method, disableBody: true },
			async (ctx) => {
				try {
					const raw = await bodyOf(ctx, schemas.method);
					const request = { request: ctx.request, headers: ctx.headers };
					let who: Promise<Viewer | null> | undefined;
					const viewer = () => {
						who ??= identify(options, request, context.auth);
						return who;
					};
					const result = await handler({
						body: parseInput(schemas.body, raw) as Parsed<B>,
						query: parseInput(schemas.query, ctx.query) as Parsed<Q>,
						params: (ctx.params ?? {}) as Record<string, string>,
						deps,
						viewer,
						actor: async () => ({
							...request,
							viewer: requireViewer(await viewer()),
						}),
						setStatus: (status) => ctx.setStatus(status),
					});
					if (schemas.status) ctx.setStatus(schemas.status);
					return result;
				} catch (error) {
					// A redirect a hook throws is not a failure: better-call answers it as it is.
					if (error instanceof APIError && error.statusCode < 400) throw error;
					const failure = toHttpFailure(error);
					// The endpoint's own status and headers win over the error's in better-call.
					ctx.setStatus(failure.status as Parameters<typeof ctx.setStatus>[0]);
					for (const [name, value] of Object.entries(failure.headers ?? {}))
						ctx.setHeader(name, value);
					throw new APIError(
						failure.status as ConstructorParameters<typeof APIError>[0],
						failure.body,
					);
				}
			},
		);
	};
}
