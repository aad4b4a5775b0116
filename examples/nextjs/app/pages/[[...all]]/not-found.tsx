"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The school's 404 (an unknown course, lesson, quiz or certificate answers HTTP 404): a way
 * back to the course when the address names one, and to the catalog.
 */
export default function SchoolNotFound() {
	const pathname = usePathname() ?? "";
	const slug = pathname.match(/^\/pages\/learn\/([^/]+)\/lessons\//)?.[1];
	const isCertificate = pathname.startsWith("/pages/learn/certificates/");
	return (
		<div
			className="mx-auto max-w-xl space-y-4 py-16 text-center"
			data-testid="not-found-page"
		>
			<h1
				className="text-3xl font-bold tracking-tight"
				data-testid={isCertificate ? "certificate-not-found" : undefined}
			>
				{isCertificate ? "No such certificate" : "Page not found"}
			</h1>
			<p className="text-muted-foreground">
				{isCertificate
					? "We could not find a certificate with this ID. Check the link and try again."
					: "The page you asked for does not exist, or it is not published yet."}
			</p>
			<div className="flex flex-wrap justify-center gap-3">
				{slug ? (
					<Link
						href={`/pages/learn/${slug}`}
						data-testid="not-found-back-to-course"
						className="inline-block rounded-md bg-primary px-4 py-2 font-medium text-primary-foreground hover:opacity-90"
					>
						Back to the course
					</Link>
				) : null}
				<Link
					href="/pages/learn"
					className="inline-block rounded-md border border-border px-4 py-2 font-medium hover:bg-muted"
				>
					Browse the catalog
				</Link>
			</div>
		</div>
	);
}
