import { sql } from "kysely";
import { isDatabaseUnavailable } from "@/lib/api-errors";
import { getSessionUser, trustedOrigins } from "@/lib/auth";
import { type CheckoutErrorCode, enrollErrorCode } from "@/lib/checkout-errors";
import { getDb } from "@/lib/db";
import { ensureDatabase } from "@/lib/migrate";
import { guardRequest } from "@/lib/request-guard";
import { isFromOwnSite } from "@/lib/request-origin";
import { schoolApi, stack } from "@/lib/stack";

/**
 * A redirect to a path on this site. The `Location` is relative on purpose: `request.url` says
 * `http://localhost:<port>` behind `next start`, and an absolute redirect there would send a
 * learner browsing at another address to a host where their session cookie does not exist.
 */
function redirectTo(path: string): Response {
	return new Response(null, { status: 303, headers: { location: path } });
}

const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * The demo checkout's "Pay" button (a plain form POST, so it works without JavaScript):
 * records a demo purchase for the signed-in learner, then enrolls them through the school
 * plugin's own endpoint — whose `onBeforeEnroll` hook (lib/stack.ts) checks for that purchase —
 * and sends them to the course. No real payment happens. Every failure lands on the styled
 * checkout page with an error code (lib/checkout-errors.ts), never on raw JSON.
 */
export async function POST(request: Request) {
	// The form has one short field: nothing bigger is read.
	const guarded = await guardRequest(request, { maxBodyBytes: 4096 });
	const form = guarded.ok
		? await guarded.request.formData().catch(() => null)
		: null;
	const slug = String(form?.get("slug") ?? "");
	if (!SLUG.test(slug)) return redirectTo("/pages/learn");
	const checkoutPath = `/checkout/${slug}`;
	const failed = (code: CheckoutErrorCode) =>
		redirectTo(`${checkoutPath}?error=${code}`);

	// Only the site's own checkout page may spend the learner's session here (CSRF).
	if (!isFromOwnSite(request.headers, trustedOrigins()))
		return failed("origin");

	try {
		return await pay(request, slug, checkoutPath, failed);
	} catch (error) {
		console.error("[school-demo] checkout failed", error);
		return failed(isDatabaseUnavailable(error) ? "unavailable" : "failed");
	}
}

async function pay(
	request: Request,
	slug: string,
	checkoutPath: string,
	failed: (code: CheckoutErrorCode) => Response,
): Promise<Response> {
	await ensureDatabase();
	const user = await getSessionUser(request.headers);
	if (!user)
		return redirectTo(`/sign-in?next=${encodeURIComponent(checkoutPath)}`);

	const course = await schoolApi.getCourseBySlug(slug);
	if (course?.status !== "published") return redirectTo("/pages/learn");

	const db = getDb();
	const ref = `demo_${crypto.randomUUID()}`;
	const inserted = await sql`
		insert into demo_purchase (user_id, course_id, ref)
		values (${user.id}, ${course.id}, ${ref})
		on conflict (user_id, course_id) do nothing
	`.execute(db);
	const isNewPurchase = Number(inserted.numAffectedRows ?? 0) > 0;

	const cookie = request.headers.get("cookie") ?? "";
	const response = await stack.handler(
		new Request(
			`http://localhost/api/data/school/courses/${encodeURIComponent(course.id)}/enroll`,
			{
				method: "POST",
				headers: { cookie, "content-type": "application/json" },
				body: "{}",
			},
		),
	);
	if (response.ok) return redirectTo(`/pages/learn/${slug}`);

	const body = (await response.json().catch(() => null)) as {
		message?: string;
		code?: string;
	} | null;
	// Already enrolled: nothing to pay for, just go to the course.
	if (response.status === 409 && /already/i.test(body?.message ?? "")) {
		return redirectTo(`/pages/learn/${slug}`);
	}
	// Not enrolled (e.g. the course is full): undo this purchase so it can be retried later.
	if (isNewPurchase) {
		await sql`delete from demo_purchase where user_id = ${user.id} and course_id = ${course.id}`.execute(
			db,
		);
	}
	return failed(enrollErrorCode(response.status, body?.code));
}
