import { redirect } from "next/navigation";
import { landingFor } from "@/lib/landing";
import { safeNext } from "@/lib/safe-next";
import { DEMO_PASSWORD, demoUsers } from "@/lib/seed-content";
import { currentUser } from "@/lib/session";
import { AuthForm } from "./auth-form";

/** Shared shell of /sign-in and /sign-up. Signed-in visitors go straight to `next`. */
export async function AuthPage({
	mode,
	searchParams,
}: {
	mode: "sign-in" | "sign-up";
	searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
	const asked = (await searchParams).next;
	// Without an explicit `next`, instructors and admins land on their dashboard.
	const next = safeNext(asked);
	const user = await currentUser();
	if (user) redirect(asked === undefined ? landingFor(user.roles) : next);
	const isSignUp = mode === "sign-up";

	return (
		<div
			className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2"
			data-testid={`${mode}-page`}
		>
			<section className="space-y-6">
				<div className="space-y-2">
					<h1 className="text-3xl font-bold tracking-tight">
						{isSignUp ? "Create your account" : "Sign in"}
					</h1>
					<p className="text-muted-foreground">
						{isSignUp
							? "New accounts are students: enroll in free courses right away."
							: "Welcome back. Pick up where you left off."}
					</p>
				</div>
				<AuthForm
					mode={mode}
					next={next}
					landOnDashboard={asked === undefined}
				/>
			</section>
			<aside
				aria-labelledby="demo-accounts-heading"
				className="rounded-lg border border-border bg-muted/50 p-5 text-sm"
			>
				<h2 id="demo-accounts-heading" className="font-semibold">
					Demo accounts
				</h2>
				<p className="mt-1 text-muted-foreground">
					Password for all:{" "}
					<code className="rounded bg-background px-1.5 py-0.5 text-foreground">
						{DEMO_PASSWORD}
					</code>
				</p>
				<ul className="mt-4 space-y-3">
					{Object.values(demoUsers).map((u) => (
						<li key={u.email}>
							<span className="font-medium">{u.name}</span>{" "}
							<span className="text-muted-foreground">({u.role})</span>
							<br />
							<span className="font-mono">{u.email}</span>
						</li>
					))}
				</ul>
			</aside>
		</div>
	);
}
