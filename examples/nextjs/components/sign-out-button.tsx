"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth-client";

export function SignOutButton({
	label = "Sign out",
	pendingLabel = "Signing out…",
}: {
	label?: string;
	pendingLabel?: string;
}) {
	const [pending, setPending] = useState(false);
	return (
		<button
			type="button"
			data-testid="sign-out"
			disabled={pending}
			onClick={async () => {
				setPending(true);
				await authClient.signOut();
				// A full navigation, so every server-rendered part forgets the user.
				window.location.assign("/");
			}}
			className="rounded-md border border-border px-3 py-1.5 text-sm font-medium hover:bg-muted disabled:opacity-60"
		>
			{pending ? pendingLabel : label}
		</button>
	);
}
