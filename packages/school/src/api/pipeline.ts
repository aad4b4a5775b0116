import type { Adapter } from "@btst/stack/plugins/api";
import { createEndpoint } from "@btst/stack/plugins/api";
import type { z } from "zod";
import { identify, requireViewer, type Viewer } from "./access.js";
import type { TxDb } from "./db-types.js";
import { toHttpError, validationError } from "./errors.js";
import type { Actor, OperationDeps } from "./operations/index.js";
import type { SchoolBackendOptions } from "./options.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A route's declaration: its method and the zod schemas of its body and query. */
export interface RouteSchemas<
	B extends z.ZodType | undefined,
	Q extends z.ZodType | undefined,
> {
	method: Method;
	body?: B;
	query?: Q;
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

/**
 * The request pipeline every school endpoint runs: validate the body and query with the route's
 * zod schemas (here rather than in better-call, so failures carry `issues` in the school's error
 * shape), hand the handler lazy identity, and turn every expected failure into
 * `{ code, message, issues? }` with its status. Identity-before-lookup is the loaders' rule
 * (`access.ts`), which every handler goes through.
 */
export function routeFactory(adapter: Adapter, options: SchoolBackendOptions) {
	const deps: OperationDeps = { db: adapter as TxDb, options };
	return function route<
		B extends z.ZodType | undefined = undefined,
		Q extends z.ZodType | undefined = undefined,
	>(
		path: string,
		schemas: RouteSchemas<B, Q>,
		handler: (req: RouteRequest<B, Q>) => Promise<unknown>,
	) {
		return createEndpoint(path, { method: schemas.method }, async (ctx) => {
			try {
				const request = { request: ctx.request, headers: ctx.headers };
				let who: Promise<Viewer | null> | undefined;
				const viewer = () => {
					who ??= identify(options, request);
					return who;
				};
				return await handler({
					body: parseInput(schemas.body, ctx.body) as Parsed<B>,
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
			} catch (error) {
				throw toHttpError(error);
			}
		});
	};
}
