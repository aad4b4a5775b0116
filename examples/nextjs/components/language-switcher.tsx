"use client";

import { useId } from "react";
import {
	LANGUAGE_COOKIE,
	LANGUAGES,
	type Language,
} from "@/lib/i18n/languages";
import { useLanguage } from "./language-provider";

/** A year: the choice outlives the session. */
const MAX_AGE = 60 * 60 * 24 * 365;

/**
 * Picks the demo's language. The choice goes into a cookie the server reads, then the page
 * reloads so every server-rendered part (titles, meta, <html lang dir>) follows.
 */
export function LanguageSwitcher({ label }: { label: string }) {
	const language = useLanguage();
	const id = useId();
	return (
		<div className="flex items-center gap-2">
			<label htmlFor={id} className="sr-only">
				{label}
			</label>
			<select
				id={id}
				data-testid="language-switcher"
				value={language}
				onChange={(event) => {
					const next = event.target.value as Language;
					// biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in some browsers; the value is one of four fixed codes
					document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=${MAX_AGE}; samesite=lax`;
					window.location.reload();
				}}
				className="h-9 rounded-md border border-border bg-background px-2 text-sm"
			>
				{Object.entries(LANGUAGES).map(([code, { label: name }]) => (
					<option key={code} value={code} lang={code}>
						{name}
					</option>
				))}
			</select>
		</div>
	);
}
