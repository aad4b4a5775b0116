"use client";

import Link from "next/link";
import { type FormEvent, useId, useState } from "react";
import { authClient } from "@/lib/auth-client";
import { landingFor } from "@/lib/landing";

const inputClass =
	"block w-full rounded-md border border-input bg-background px-3 py-2 text-sm text-foreground placeholder:text-muted-foreground aria-invalid:border-destructive";

/** Sign-in / sign-up form. On success: a full page load of `next`, so the server sees the cookie. */
export function AuthForm({
	mode,
	next,
	landOnDashboard = false,
}: {
	mode: "sign-in" | "sign-up";
	next: string;
	/** No page asked for the sign-in: go where the user's role belongs (`landingFor`). */
	landOnDashboard?: boolean;
}) {
	const [error, setError] = useState<string | null>(null);
	const [pending, setPending] = useState(false);
	const id = useId();
	const isSignUp = mode === "sign-up";

	async function onSubmit(event: FormEvent<HTMLFormElement>) {
		event.preventDefault();
		const data = new FormData(event.currentTarget);
		const email = String(data.get("email") ?? "").trim();
		const password = String(data.get("password") ?? "");
		const name = String(data.get("name") ?? "").trim();
		setError(null);
		setPending(true);
		try {
			const result = isSignUp
				? await authClient.signUp.email({ name, email, password })
				: await authClient.signIn.email({ email, password });
			if (result.error) {
				setError(
					result.error.message ||
						(isSignUp
							? "Could not create the account."
							: "Wrong email or password."),
				);
				setPending(false);
				return;
			}
			const role = (result.data?.user as { role?: string | null } | undefined)
				?.role;
			window.location.assign(
				landOnDashboard && role ? landingFor([role]) : next,
			);
		} catch {
			setError(
				"Could not reach the server. Check your connection and try again.",
			);
			setPending(false);
		}
	}

	const other = isSignUp ? "/sign-in" : "/sign-up";
	const otherHref =
		next === "/pages/learn"
			? other
			: `${other}?next=${encodeURIComponent(next)}`;

	return (
		<form
			onSubmit={onSubmit}
			aria-describedby={error ? `${id}-error` : undefined}
			className="space-y-4"
			data-testid={`${mode}-form`}
		>
			{isSignUp ? (
				<div className="space-y-1.5">
					<label htmlFor={`${id}-name`} className="text-sm font-medium">
						Name
					</label>
					<input
						id={`${id}-name`}
						name="name"
						type="text"
						autoComplete="name"
						required
						maxLength={100}
						className={inputClass}
						aria-invalid={error ? true : undefined}
					/>
				</div>
			) : null}
			<div className="space-y-1.5">
				<label htmlFor={`${id}-email`} className="text-sm font-medium">
					Email
				</label>
				<input
					id={`${id}-email`}
					name="email"
					type="email"
					autoComplete="email"
					required
					className={inputClass}
					aria-invalid={error ? true : undefined}
				/>
			</div>
			<div className="space-y-1.5">
				<label htmlFor={`${id}-password`} className="text-sm font-medium">
					Password
				</label>
				<input
					id={`${id}-password`}
					name="password"
					type="password"
					autoComplete={isSignUp ? "new-password" : "current-password"}
					required
					minLength={isSignUp ? 8 : undefined}
					aria-describedby={isSignUp ? `${id}-password-hint` : undefined}
					className={inputClass}
					aria-invalid={error ? true : undefined}
				/>
				{isSignUp ? (
					<p
						id={`${id}-password-hint`}
						className="text-xs text-muted-foreground"
					>
						At least 8 characters.
					</p>
				) : null}
			</div>
			{error ? (
				<p
					id={`${id}-error`}
					role="alert"
					data-testid="auth-error"
					className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
				>
					{error}
				</p>
			) : null}
			<button
				type="submit"
				disabled={pending}
				data-testid={`${mode}-submit`}
				className="w-full rounded-md bg-primary px-4 py-2 font-medium text-primary-foreground hover:opacity-90 disabled:opacity-60"
			>
				{pending
					? isSignUp
						? "Creating account…"
						: "Signing in…"
					: isSignUp
						? "Create account"
						: "Sign in"}
			</button>
			<p className="text-center text-sm text-muted-foreground">
				{isSignUp ? "Already have an account? " : "New here? "}
				<Link
					href={otherHref}
					className="font-medium text-foreground underline underline-offset-4"
				>
					{isSignUp ? "Sign in" : "Create an account"}
				</Link>
			</p>
		</form>
	);
}
