import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AdminUsers } from "@/components/admin-users";
import { currentUser } from "@/lib/session";

export const metadata: Metadata = {
	title: "Users and roles · Acme School",
	robots: { index: false },
};

/**
 * The demo's admin area: users and their roles, through better-auth's admin plugin (its
 * endpoints check the admin role again on every call). Signed-out visitors sign in first; other
 * roles see why they cannot use it.
 */
export default async function AdminPage() {
	const user = await currentUser();
	if (!user) redirect(`/sign-in?next=${encodeURIComponent("/admin")}`);
	if (!user.roles.includes("admin")) {
		return (
			<div
				className="mx-auto max-w-xl space-y-4 py-16 text-center"
				data-testid="admin-forbidden"
			>
				<h1 className="text-3xl font-bold tracking-tight">Admins only</h1>
				<p className="text-muted-foreground">
					Managing users and roles needs the admin role.
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
	return (
		<div className="space-y-6" data-testid="admin-page">
			<div className="space-y-1">
				<h1 className="text-3xl font-bold tracking-tight">Users and roles</h1>
				<p className="text-muted-foreground">
					Make someone an instructor so they can create and publish courses.
					Admins manage every course and every account.
				</p>
			</div>
			<AdminUsers currentUserId={user.id} />
		</div>
	);
}
