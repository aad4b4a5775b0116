import Link from "next/link";

export default function NotFound() {
	return (
		<div
			className="mx-auto max-w-xl space-y-4 py-16 text-center"
			data-testid="not-found-page"
		>
			<h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
			<p className="text-muted-foreground">
				The page you asked for does not exist, or it is not published yet.
			</p>
			<Link
				href="/pages/learn"
				className="inline-block rounded-md bg-primary px-4 py-2 font-medium text-primary-foreground hover:opacity-90"
			>
				Browse the catalog
			</Link>
		</div>
	);
}
