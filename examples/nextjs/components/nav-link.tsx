"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A header link that marks the current section with `aria-current="page"`.
 * `exact` for links whose sub-paths belong to other links (the catalog vs. "My learning").
 */
export function NavLink({
	href,
	exact = false,
	exclude = [],
	children,
	testId,
}: {
	href: string;
	exact?: boolean;
	/** Sub-paths that belong to another link. */
	exclude?: string[];
	children: ReactNode;
	testId?: string;
}) {
	const pathname = usePathname() ?? "";
	const inside =
		pathname === href || (!exact && pathname.startsWith(`${href}/`));
	const active =
		inside &&
		!exclude.some((p) => pathname === p || pathname.startsWith(`${p}/`));
	return (
		<Link
			href={href}
			data-testid={testId}
			aria-current={active ? "page" : undefined}
			className="rounded-md px-2 py-1 text-sm font-medium text-muted-foreground hover:bg-muted hover:text-foreground aria-[current=page]:text-foreground aria-[current=page]:underline aria-[current=page]:decoration-primary aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8"
		>
			{children}
		</Link>
	);
}
