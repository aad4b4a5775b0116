"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { Language } from "@/lib/i18n/languages";

const LanguageContext = createContext<Language>("en");

/**
 * The request's language (read from the cookie by the root layout) for client components: the
 * server and the browser render with the same value, so nothing differs at hydration.
 */
export function LanguageProvider({
	language,
	children,
}: {
	language: Language;
	children: ReactNode;
}) {
	return (
		<LanguageContext.Provider value={language}>
			{children}
		</LanguageContext.Provider>
	);
}

export function useLanguage(): Language {
	return useContext(LanguageContext);
}
