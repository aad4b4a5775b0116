import { sql } from "kysely";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { checkoutErrorMessage } from "@/lib/checkout-errors";
import { getDb } from "@/lib/db";
import { formatPrice } from "@/lib/format";
import { currentLanguage } from "@/lib/i18n/current";
import { LANGUAGES } from "@/lib/i18n/languages";
import { currentUser } from "@/lib/session";
import { schoolApi } from "@/lib/stack";

export const metadata: Metadata = {
	title: "Checkout · Acme School",
	robots: { index: false },
};

type Params = { slug: string };
type Search = Record<string, string | string[] | undefined>;

/** The demo checkout: shows the course and its price; "Pay (demo)" posts to /api/checkout. */
export default async function CheckoutPage({
	params,
	searchParams,
}: {
	params: Promise<Params>;
	searchParams: Promise<Search>;
}) {
	const { slug } = await params;
	const { error } = await searchParams;
	const user = await currentUser();
	if (!user)
		redirect(`/sign-in?next=${encodeURIComponent(`/checkout/${slug}`)}`);

	const course = await schoolApi.getCourseBySlug(slug);
	if (course?.status !== "published") notFound();

	const coursePath = `/pages/learn/${course.slug}`;
	const purchased = await sql`
		select 1 from demo_purchase where user_id = ${user.id} and course_id = ${course.id} limit 1
	`.execute(getDb());
	// The visitor's locale, as on the school's pages.
	const price = formatPrice(
		course.price,
		course.currency,
		LANGUAGES[await currentLanguage()].locale,
	);
	// A code from the checkout route, shown as one of our own sentences (never the query text).
	const errorMessage = checkoutErrorMessage(error);

	return (
		<div className="mx-auto max-w-3xl space-y-6" data-testid="checkout-page">
			<nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
				<Link
					href={coursePath}
					className="underline underline-offset-4 hover:text-foreground"
				>
					← Back to {course.title}
				</Link>
			</nav>
			<h1 className="text-3xl font-bold tracking-tight">Checkout</h1>

			<div className="grid gap-6 rounded-lg border border-border bg-card p-6 text-card-foreground md:grid-cols-[240px_1fr]">
				{course.coverImage ? (
					// biome-ignore lint/performance/noImgElement: local SVG covers need no optimisation
					<img
						src={course.coverImage}
						alt=""
						className="aspect-video w-full rounded-md object-cover"
					/>
				) : null}
				<div className="space-y-2">
					<h2
						className="text-xl font-semibold"
						data-testid="checkout-course-title"
					>
						{course.title}
					</h2>
					{course.instructorName ? (
						<p className="text-sm text-muted-foreground">
							by {course.instructorName}
						</p>
					) : null}
					{course.description ? (
						<p className="text-sm text-muted-foreground">
							{course.description}
						</p>
					) : null}
				</div>
			</div>

			<section
				aria-labelledby="order-heading"
				className="space-y-4 rounded-lg border border-border p-6"
			>
				<h2 id="order-heading" className="text-lg font-semibold">
					Order summary
				</h2>
				<dl className="grid grid-cols-[1fr_auto] gap-y-2 text-sm">
					<dt>{course.title}</dt>
					<dd data-testid="checkout-price">{price}</dd>
					<dt className="font-semibold">Total</dt>
					<dd className="font-semibold">{price}</dd>
				</dl>

				{errorMessage ? (
					<p
						role="alert"
						data-testid="checkout-error"
						className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
					>
						{errorMessage}
					</p>
				) : null}

				{!course.price ? (
					<p className="text-sm">
						This course is free.{" "}
						<Link
							href={coursePath}
							className="font-medium underline underline-offset-4"
						>
							Enroll on the course page
						</Link>
						.
					</p>
				) : purchased.rows.length > 0 && !errorMessage ? (
					<p className="text-sm" data-testid="checkout-owned">
						You already bought this course.{" "}
						<Link
							href={coursePath}
							className="font-medium underline underline-offset-4"
						>
							Go to the course
						</Link>
						.
					</p>
				) : (
					<form method="post" action="/api/checkout" className="space-y-3">
						<input type="hidden" name="slug" value={course.slug} />
						<p className="text-sm text-muted-foreground" id="demo-note">
							This is a demo checkout: no card is needed and nothing is charged.
							Paying records a demo purchase for{" "}
							<span className="font-medium text-foreground">{user.email}</span>{" "}
							and enrolls you in the course.
						</p>
						<button
							type="submit"
							data-testid="checkout-pay"
							aria-describedby="demo-note"
							className="w-full rounded-md bg-primary px-4 py-2.5 font-medium text-primary-foreground hover:opacity-90"
						>
							Pay (demo)
						</button>
					</form>
				)}
			</section>
		</div>
	);
}
