import { API_BASE_PATH } from "./base-url";
import { databasePoolSize } from "./db";

/**
 * Why the demo queues blog post updates (`PUT /api/data/posts/:id`, mounted with
 * `SCHOOL_DEMO_BLOG=1`):
 *
 * BTST's blog plugin (`@btst/stack` 1.1.11) updates a post inside `adapter.transaction`, and in
 * the middle of that transaction looks its tags up (and creates missing ones) through the plain
 * adapter, not the transaction's. Each update therefore holds one pooled connection and then
 * waits for a second. With as many updates in flight as the pool has connections, every
 * connection is held by a transaction waiting for another one: nothing moves until `pg`'s connect
 * timeout (5 s, lib/db.ts) fails one of them with a 500. Updates of one post also queue on its
 * row lock, each still holding its connection, which makes that state easy to reach.
 *
 * The demo cannot change the plugin, so here at most half of the pool's connections can be taken
 * by blog updates at a time; the other half serves their tag lookups and every other request.
 * (The school plugin's own transactions use only their transaction handle, one connection each.)
 * On the embedded PGlite (one connection, no timeout) an update that carries tags cannot finish
 * at all, whatever the gate: mount the blog on PostgreSQL only.
 */

/** Is this request the blog plugin's post update? */
export function isBlogPostUpdate(request: Request): boolean {
	if (request.method !== "PUT") return false;
	const { pathname } = new URL(request.url);
	return (
		pathname.startsWith(`${API_BASE_PATH}/`) &&
		/^\/posts\/[^/]+\/?$/.test(pathname.slice(API_BASE_PATH.length))
	);
}

/** A counting semaphore: at most `limit` holders, the others wait in arrival order. */
export function createGate(limit: number) {
	let active = 0;
	const waiting: Array<() => void> = [];
	return {
		async run<T>(work: () => Promise<T>): Promise<T> {
			if (active < limit) active++;
			// The releasing holder hands its place over directly (`active` stays the same).
			else await new Promise<void>((resolve) => waiting.push(resolve));
			try {
				return await work();
			} finally {
				const next = waiting.shift();
				if (next) next();
				else active--;
			}
		},
		/** Holders now, and how many wait (for tests). */
		get state() {
			return { active, waiting: waiting.length };
		},
	};
}

const g = globalThis as typeof globalThis & {
	__schoolDemoBlogUpdateGate?: ReturnType<typeof createGate>;
};

/** The process's one gate (pinned on globalThis, like the pool it protects). */
function blogUpdateGate() {
	g.__schoolDemoBlogUpdateGate ??= createGate(
		Math.max(1, Math.floor(databasePoolSize() / 2)),
	);
	return g.__schoolDemoBlogUpdateGate;
}

/** Runs `handle` for the request, through the gate when it is a blog post update. */
export function throughBlogUpdateGate(
	request: Request,
	handle: () => Promise<Response>,
): Promise<Response> {
	return isBlogPostUpdate(request) ? blogUpdateGate().run(handle) : handle();
}
