import type { Adapter } from "@btst/stack/plugins/api";
import { vi } from "vitest";
import {
	type SchoolBackendOptions,
	type SchoolRequestContext,
	schoolBackendPlugin,
} from "../../src/api/plugin";
import { makeStack, users, type Who } from "./fixtures";

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
type Json = any;

export interface RawRequest {
	method: string;
	path: string;
	who?: Who;
	headers?: Record<string, string>;
	/** Sent as is: a string, bytes or a stream; only `headers` set the content type. */
	body?: BodyInit;
}

/** The `x-test-user` header's user, as `makeStack` reads it. */
function identityOf({ headers }: SchoolRequestContext) {
	const who = headers?.get("x-test-user") as Who | null;
	return who && who !== "anonymous" ? users[who] : null;
}

/**
 * Requests as a browser or an attacker sends them: any headers, any body, any content type
 * (`makeStack().call` always sends JSON). `getUser` is a spy, so a test can assert that a
 * refused request never reached identity.
 */
export function rawStack(
	db: Adapter,
	options: Partial<SchoolBackendOptions> = {},
) {
	const getUser = vi.fn(identityOf);
	const { stack, call } = makeStack(db, { getUser, ...options });
	async function send(req: RawRequest) {
		const headers = new Headers(req.headers);
		if (req.who) headers.set("x-test-user", req.who);
		const init: RequestInit & { duplex?: "half" } = {
			method: req.method,
			headers,
			body: req.body,
		};
		if (req.body instanceof ReadableStream) init.duplex = "half";
		const res = await stack.handler(
			new Request(`http://localhost/api/data${req.path}`, init),
		);
		const text = await res.text();
		let json: Json = null;
		try {
			json = text ? JSON.parse(text) : null;
		} catch {}
		return { status: res.status, json, text, headers: res.headers };
	}
	return { send, getUser, call };
}

/** Every state-changing school route (method and path), read from the plugin's route table. */
export function writeRoutes(db: Adapter): { method: string; path: string }[] {
	const routes = schoolBackendPlugin().routes(db) as Record<
		string,
		{ path?: string; options?: { method?: string } }
	>;
	return Object.values(routes)
		.map((e) => ({ method: e.options?.method ?? "", path: e.path ?? "" }))
		.filter((r) => r.method !== "GET" && r.path.startsWith("/school/"));
}

/** A route path with every `:param` replaced by `id`. */
export const fill = (path: string, id: string) =>
	path.replace(/:[A-Za-z]+/g, id);
