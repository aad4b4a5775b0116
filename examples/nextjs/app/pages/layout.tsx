"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { SchoolPluginOverrides } from "btst-school/client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ComponentProps, type ReactNode, useState } from "react";
import { useLanguage } from "@/components/language-provider";
import { API_BASE_PATH, getApiBaseURL, SITE_BASE_PATH } from "@/lib/base-url";
import { StackProvider } from "@/lib/btst-compat-client";
import { schoolLocaleSettings } from "@/lib/i18n/school-strings";
import { getOrCreateQueryClient } from "@/lib/query-client";

/** The plugin's `Image` override: a plain <img> (covers are small local SVGs). */
function PlainImage({ alt = "", ...props }: ComponentProps<"img">) {
	// biome-ignore lint/performance/noImgElement: plain images on purpose, see above
	return <img alt={alt} loading="lazy" decoding="async" {...props} />;
}

/** The plugin's `Link` override: Next.js client-side navigation. */
function NextLink({ href, ...props }: ComponentProps<"a">) {
	return <Link href={href ?? "#"} {...props} />;
}

type Overrides = { school: SchoolPluginOverrides };

/**
 * Everything under /pages is rendered by BTST plugins. This layout gives them a React Query
 * client and the framework pieces they need (links, navigation, images, API location).
 */
export default function PagesLayout({ children }: { children: ReactNode }) {
	const router = useRouter();
	const [queryClient] = useState(() => getOrCreateQueryClient());
	// The language the server rendered with (cookie, via the root layout): same text on hydration.
	const language = useLanguage();

	return (
		<QueryClientProvider client={queryClient}>
			<StackProvider<Overrides>
				basePath={SITE_BASE_PATH}
				overrides={{
					school: {
						apiBaseURL: getApiBaseURL(),
						apiBasePath: API_BASE_PATH,
						Link: NextLink,
						navigate: (path: string) => router.push(path),
						refresh: () => router.refresh(),
						Image: PlainImage,
						// The browser sends the session cookie itself (same origin), and the server
						// render gets it through the loaders' `headers`; a client component cannot
						// (and should not) read the httpOnly cookie, so nothing extra to send.
						headers: {},
						signInUrl: (returnTo: string) =>
							`/sign-in?next=${encodeURIComponent(returnTo)}`,
						checkout: (course: { slug: string }) =>
							router.push(`/checkout/${course.slug}`),
						// Certificates and course JSON-LD (#18): the school and its public origin
						// (unset: certificates use the browser's origin; JSON-LD leaves `url` out).
						schoolName: "Acme School",
						schoolLogo: "/logo.svg",
						siteURL: process.env.NEXT_PUBLIC_SITE_URL || undefined,
						...schoolLocaleSettings(language),
					},
				}}
			>
				{children}
			</StackProvider>
		</QueryClientProvider>
	);
}
