import { sql } from "kysely";
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ensureDatabase } from "@/lib/migrate";
import { schoolApi, stack } from "@/lib/stack";

/**
 * The demo checkout's "Pay" button (a plain form POST, so it works without JavaScript):
 * records a demo purchase for the signed-in learner, then enrolls them through the school
 * plugin's own endpoint — whose `onBeforeEnroll` hook (lib/stack.ts) checks for that purchase —
 * and sends them to the course. No real payment happens.
 */
export async function POST(request: Request) {
	const redirectTo = (path: string) =>
		NextResponse.redirect(new URL(path, request.url), 303);

	// Same-origin form posts only.
	const origin = request.headers.get("origin");
	if (origin && origin !== new URL(request.url).origin) {
		return NextResponse.json(
			{ message: "Cross-site request refused" },
			{ status: 403 },
		);
	}

	await ensureDatabase();
	const form = await request.formData().catch(() => null);
	const slug = String(form?.get("slug") ?? "");
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) return redirectTo("/pages/learn");
	const checkoutPath = `/checkout/${slug}`;

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

	if (!response.ok) {
		const body = (await response.json().catch(() => null)) as {
			message?: string;
		} | null;
		const message =
			body?.message || `Enrollment failed (HTTP ${response.status})`;
		// Already enrolled: nothing to pay for, just go to the course.
		if (response.status === 409 && /already/i.test(message)) {
			return redirectTo(`/pages/learn/${slug}`);
		}
		// Not enrolled (e.g. the course is full): undo this purchase so it can be retried later.
		if (isNewPurchase) {
			await sql`delete from demo_purchase where user_id = ${user.id} and course_id = ${course.id}`.execute(
				db,
			);
		}
		return redirectTo(`${checkoutPath}?error=${encodeURIComponent(message)}`);
	}

	return redirectTo(`/pages/learn/${slug}`);
}
