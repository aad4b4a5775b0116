import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { LanguageProvider } from "@/components/language-provider";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { ZodJitless } from "@/components/zod-jitless";
import { getSiteBaseURL } from "@/lib/base-url";
import { currentLanguage } from "@/lib/i18n/current";
import { demoStrings } from "@/lib/i18n/demo-strings";
import { LANGUAGES } from "@/lib/i18n/languages";
import { currentUser } from "@/lib/session";
import "./globals.css";

export const metadata: Metadata = {
	metadataBase: new URL(getSiteBaseURL()),
	title: "Acme School",
	description:
		"A demo online school built with btst-school, the BTST school plugin.",
	applicationName: "Acme School",
};

export const viewport: Viewport = {
	themeColor: [
		{ media: "(prefers-color-scheme: light)", color: "#ffffff" },
		{ media: "(prefers-color-scheme: dark)", color: "#151826" },
	],
};

export default async function RootLayout({
	children,
}: {
	children: ReactNode;
}) {
	const user = await currentUser();
	// Set by proxy.ts with this request's Content-Security-Policy.
	const nonce = (await headers()).get("x-nonce") ?? undefined;
	const language = await currentLanguage();
	const t = demoStrings(language);
	const { locale, dir } = LANGUAGES[language];
	return (
		<html lang={locale} dir={dir} suppressHydrationWarning>
			<head>
				<ThemeScript nonce={nonce} />
			</head>
			<body className="flex min-h-dvh flex-col">
				<LanguageProvider language={language}>
					<ZodJitless />
					<a
						href="#content"
						className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-primary-foreground"
					>
						{t.skipToContent}
					</a>
					<SiteHeader user={user} strings={t} />
					<main
						id="content"
						tabIndex={-1}
						className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
					>
						{children}
					</main>
					<footer className="border-t border-border">
						<div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted-foreground">
							{t.footerDemoOf}{" "}
							<a
								className="underline underline-offset-4"
								href="https://www.better-stack.ai"
							>
								BTST
							</a>{" "}
							{t.footerAnd}
						</div>
					</footer>
				</LanguageProvider>
			</body>
		</html>
	);
}
