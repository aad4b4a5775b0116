import Link from "next/link";
import { isStaff, type SessionUser } from "@/lib/auth";
import type { DemoStrings } from "@/lib/i18n/demo-strings";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({
	user,
	strings: t,
}: {
	user: SessionUser | null;
	/** The demo's strings in the visitor's language. */
	strings: DemoStrings;
}) {
	return (
		<header className="border-b border-border bg-background/95">
			<div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
				<Link
					href="/"
					data-testid="site-name"
					className="flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight"
				>
					<svg
						aria-hidden="true"
						viewBox="0 0 24 24"
						className="size-6 text-primary"
						fill="currentColor"
					>
						<path d="M12 3 1 9l11 6 9-4.9V17h2V9L12 3zm-6.8 9.9V16c0 1.7 3 3.5 6.8 3.5s6.8-1.8 6.8-3.5v-3.1L12 16.6l-6.8-3.7z" />
					</svg>
					Acme School
				</Link>
				<nav
					aria-label={t.mainNav}
					className="flex flex-wrap items-center gap-1"
				>
					<NavLink
						href="/pages/learn"
						exclude={["/pages/learn/me", "/pages/learn/instructor"]}
						testId="nav-catalog"
					>
						{t.navCatalog}
					</NavLink>
					<NavLink href="/pages/learn/me" testId="nav-my-learning">
						{t.navMyLearning}
					</NavLink>
					{isStaff(user) ? (
						<NavLink href="/pages/learn/instructor" testId="nav-instructor">
							{t.navInstructor}
						</NavLink>
					) : null}
					{user ? (
						<NavLink href="/outbox" testId="nav-outbox">
							{t.navOutbox}
						</NavLink>
					) : null}
					{user?.roles.includes("admin") ? (
						<NavLink href="/admin" testId="nav-admin">
							{t.navAdmin}
						</NavLink>
					) : null}
				</nav>
				<div className="ms-auto flex items-center gap-3">
					<LanguageSwitcher label={t.language} />
					<ThemeToggle
						labels={{
							dark: t.themeDark,
							toLight: t.themeToLight,
							toDark: t.themeToDark,
						}}
					/>
					{user ? (
						<>
							<p className="text-sm" data-testid="current-user">
								<span className="font-medium">{user.name}</span>{" "}
								<span className="rounded-full bg-muted px-2 py-0.5 text-xs text-muted-foreground">
									{user.roles.map((r) => t.roles[r] ?? r).join(", ")}
								</span>
							</p>
							<SignOutButton label={t.signOut} pendingLabel={t.signingOut} />
						</>
					) : (
						<>
							<Link
								href="/sign-in"
								data-testid="sign-in-link"
								className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-muted"
							>
								{t.signIn}
							</Link>
							<Link
								href="/sign-up"
								data-testid="sign-up-link"
								className="rounded-md bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground hover:opacity-90"
							>
								{t.signUp}
							</Link>
						</>
					)}
				</div>
			</div>
		</header>
	);
}
