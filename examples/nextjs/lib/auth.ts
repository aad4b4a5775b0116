import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type BetterAuthOptions, betterAuth } from "better-auth";
import { admin } from "better-auth/plugins";
import { dataDir, getDb } from "./db";

/**
 * Sign-in for the demo: better-auth with email + password on the same database as the school
 * tables. Users carry one `role` ("student" | "instructor" | "admin"); it defaults to "student"
 * and is not accepted from sign-up input, so nobody can make themselves an instructor.
 */

export type Role = "student" | "instructor" | "admin";

/** The identity the school plugin receives from `getUser`. */
export interface SessionUser {
	id: string;
	name: string;
	email: string;
	roles: string[];
}

export function appPort(): string {
	return process.env.PORT || "3000";
}

export function authBaseURL(): string {
	return process.env.BETTER_AUTH_URL || `http://localhost:${appPort()}`;
}

/**
 * `BETTER_AUTH_SECRET` when set. Without it, the demo (`SCHOOL_DEMO=1`, set by
 * `npm start`) and development generate one and keep it in `.data/auth-secret`, so sessions
 * survive restarts. A production server that is not the demo refuses to start without a secret.
 */
function resolveSecret(): string {
	const fromEnv = process.env.BETTER_AUTH_SECRET;
	if (fromEnv) return fromEnv;
	const isDemo = process.env.SCHOOL_DEMO === "1";
	if (process.env.NODE_ENV === "production" && !isDemo) {
		throw new Error(
			"BETTER_AUTH_SECRET is not set. Set it to a random string of 32+ characters " +
				"(e.g. `openssl rand -base64 32`), or run the demo with `npm start`, which sets SCHOOL_DEMO=1.",
		);
	}
	const file = path.join(dataDir(), "auth-secret");
	if (existsSync(file)) {
		const saved = readFileSync(file, "utf8").trim();
		if (saved.length >= 32) return saved;
	}
	mkdirSync(path.dirname(file), { recursive: true });
	const secret = randomBytes(32).toString("base64url");
	try {
		// `wx`: if another process wrote it first, keep theirs.
		writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
		return secret;
	} catch {
		return readFileSync(file, "utf8").trim();
	}
}

/**
 * The origins the site is served at: its public URL (`BETTER_AUTH_URL`, `SITE_URL`), loopback
 * at its port, and `BETTER_AUTH_TRUSTED_ORIGINS`. better-auth refuses requests from any other
 * origin; the demo checkout uses the same list.
 */
export function trustedOrigins(): string[] {
	const port = appPort();
	const extra = (process.env.BETTER_AUTH_TRUSTED_ORIGINS ?? "")
		.split(",")
		.map((o) => o.trim())
		.filter(Boolean);
	return [
		...new Set([
			authBaseURL(),
			...(process.env.SITE_URL ? [process.env.SITE_URL] : []),
			`http://localhost:${port}`,
			`http://127.0.0.1:${port}`,
			...extra,
		]),
	];
}

/**
 * The better-auth options without the secret. `lib/migrate.ts` passes the same object to
 * `getMigrations`, so the tables it creates match what better-auth reads and writes.
 */
export function authOptions() {
	return {
		appName: "Acme School",
		baseURL: authBaseURL(),
		trustedOrigins: trustedOrigins(),
		database: { db: getDb(), type: "postgres" },
		emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
		user: {
			additionalFields: {
				role: {
					type: "string",
					required: false,
					defaultValue: "student",
					input: false,
				},
			},
		},
		// better-auth's own user management (list users, set a role, ban): the demo's /admin page
		// uses it so an admin can make someone an instructor. It owns the `role` column (and adds
		// banned/banReason/banExpires and session.impersonatedBy, created by lib/migrate.ts).
		plugins: [admin({ defaultRole: "student", adminRoles: ["admin"] })],
		// Every signed-in request looks its session up: with joins, the session and its user come
		// in one query instead of two (better-auth's Kysely adapter joins natively).
		experimental: { joins: true },
		// On by default in production. `AUTH_RATE_LIMIT=off` turns it off (e.g. for browser tests
		// that sign in many times from one address).
		rateLimit: {
			enabled: process.env.AUTH_RATE_LIMIT === "off" ? false : undefined,
		},
	} satisfies BetterAuthOptions;
}

function createAuth() {
	return betterAuth({ ...authOptions(), secret: resolveSecret() });
}

export type Auth = ReturnType<typeof createAuth>;

const g = globalThis as typeof globalThis & { __schoolDemoAuth?: Auth };

/**
 * The better-auth instance, created on first use (never while `next build` imports modules)
 * and pinned on `globalThis` like the database.
 */
export function getAuth(): Auth {
	g.__schoolDemoAuth ??= createAuth();
	return g.__schoolDemoAuth;
}

/** The signed-in user for these request headers (their cookie), or null. */
export async function getSessionUser(
	headers: Headers,
): Promise<SessionUser | null> {
	const session = await getAuth().api.getSession({ headers });
	if (!session) return null;
	const { user } = session;
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		roles: [user.role || "student"],
	};
}

export function isStaff(
	user: Pick<SessionUser, "roles"> | null | undefined,
): boolean {
	return !!user?.roles.some((r) => r === "instructor" || r === "admin");
}
