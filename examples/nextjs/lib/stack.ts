import { createKyselyAdapter } from "@btst/adapter-kysely";
import type { Adapter } from "@btst/stack/plugins/api";
import { blogBackendPlugin } from "@btst/stack/plugins/blog/api";
import { createSchoolApi, schoolBackendPlugin } from "btst-school/api";
import { kyselyAggregates } from "btst-school/api/kysely";
import { sql } from "kysely";
import { getSessionUser, trustedOrigins } from "./auth";
import { allowIf, stack as createStack } from "./btst-compat";
import { getDb } from "./db";
import { outboxHooks } from "./outbox";
import { revalidateForCourseChange } from "./revalidate-school-pages";

/**
 * The BTST backend of the demo: the school plugin mounted at `/api/data`, stored through the
 * Kysely adapter on the shared database. Server-only.
 *
 * With `SCHOOL_DEMO_BLOG=1`, BTST's own blog plugin is mounted beside it on the same database
 * (`/api/data/posts`): the benchmark (`npm run bench`) measures it as the school's peer. Reading
 * posts is public; writing them needs an admin session. PostgreSQL only (`DATABASE_URL`): the
 * blog's update looks tags up on a second connection while its transaction holds the first, and
 * the embedded database has one connection, so a tagged update would never finish there.
 *
 * Runs on BTST 1.1.11 (the default install) and on BTST 3 (`SCHOOL_BTST=3 npm start`):
 * `./btst-compat` bridges the two names and hook styles that differ.
 */

const g = globalThis as typeof globalThis & { __schoolDemoAdapter?: Adapter };

/**
 * Has this learner "paid" for the course on the demo checkout (`app/api/checkout/route.ts`)?
 * Free courses need no purchase.
 */
async function hasDemoPurchase(
	userId: string,
	course: { id: string; price?: number | null },
): Promise<boolean> {
	if (!course.price) return true;
	const result = await sql<{ found: number }>`
		select 1 as found from demo_purchase
		where user_id = ${userId} and course_id = ${course.id}
		limit 1
	`.execute(getDb());
	return result.rows.length > 0;
}

async function isAdmin(headers: Headers | undefined): Promise<boolean> {
	const user = headers ? await getSessionUser(headers) : null;
	return !!user?.roles.includes("admin");
}

const aggregates = kyselyAggregates(getDb());

async function adminOnly(headers: Headers | undefined) {
	return allowIf(await isAdmin(headers), "Only admins can write posts");
}

if (process.env.SCHOOL_DEMO_BLOG === "1" && !process.env.DATABASE_URL) {
	console.warn(
		"[school-demo] SCHOOL_DEMO_BLOG=1 needs DATABASE_URL: on the embedded database the blog's tagged post updates never finish (see lib/stack.ts)",
	);
}

const blog = blogBackendPlugin({
	onBeforeCreatePost: (_data, ctx) => adminOnly(ctx.headers),
	onBeforeUpdatePost: (_id, _data, ctx) => adminOnly(ctx.headers),
	onBeforeDeletePost: (_id, ctx) => adminOnly(ctx.headers),
});

export const stack = createStack({
	basePath: "/api/data",
	plugins: {
		...(process.env.SCHOOL_DEMO_BLOG === "1" ? { blog } : {}),
		school: schoolBackendPlugin({
			// Identity comes from the better-auth session cookie, never from the request body.
			getUser: (ctx) => (ctx.headers ? getSessionUser(ctx.headers) : null),
			// Writes from pages of these origins only: the same list better-auth trusts (the public
			// URL; `next start` reports localhost in request.url whatever address was browsed).
			trustedOrigins: trustedOrigins(),
			// Dashboard and analytics totals as GROUP BY queries on the same database.
			aggregates,
			// Bulk enrollment (#19) resolves emails on better-auth's user table: one IN query.
			findUsersByEmail: async (emails) => {
				const result = await sql<{
					id: string;
					name: string | null;
					email: string;
					role: string | null;
				}>`select id, name, email, role from "user" where lower(email) in (${sql.join(emails)})`.execute(
					getDb(),
				);
				return result.rows.map((u) => ({
					id: u.id,
					name: u.name,
					email: u.email,
					roles: [u.role || "student"],
				}));
			},
			hooks: {
				// Every after-hook also "mails" the user through the demo's outbox (/outbox).
				...outboxHooks,
				// Paid courses: enrolling needs a demo payment first (see app/checkout).
				onBeforeEnroll: (userId, course) => hasDemoPurchase(userId, course),
				// The static catalog and course pages show an instructor's edit on the next visit.
				onCourseChanged: async (change, ctx) => {
					revalidateForCourseChange(change);
					await outboxHooks.onCourseChanged(change, ctx);
				},
			},
		}),
	},
	// 1.1.11 calls this once per plugin (3 once per stack): memoise it (on globalThis, so
	// Next.js route handlers, server components and HMR reloads all share one adapter over one
	// database).
	adapter: (db) => {
		g.__schoolDemoAdapter ??= createKyselyAdapter(
			getDb(),
			// @btst/db 1.0.3 (the stack) and 2.0.3 (the adapter) schema objects are identical at
			// run time; only their TypeScript types differ.
			// biome-ignore lint/suspicious/noExplicitAny: the one cast at the adapter boundary
			db as any,
			{ type: "postgres", transaction: true },
		)({}) as unknown as Adapter;
		return g.__schoolDemoAdapter;
	},
});

if (!g.__schoolDemoAdapter)
	throw new Error("stack() did not create the adapter");

/** The adapter the stack uses (`stack` above created it). */
export const adapter: Adapter = g.__schoolDemoAdapter;

/**
 * Server-side reads (no HTTP, no hooks): for server components such as the checkout page.
 * Authorization is the caller's job.
 */
export const schoolApi = createSchoolApi(adapter, { aggregates });
