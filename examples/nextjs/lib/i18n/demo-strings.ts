import type { Language } from "./languages";

/** The demo's own strings (header, footer, switcher); the school's are in `school-de.ts`. */
const en = {
	skipToContent: "Skip to content",
	mainNav: "Main",
	navCatalog: "Catalog",
	navMyLearning: "My learning",
	navInstructor: "Instructor",
	navAdmin: "Users",
	navOutbox: "Outbox",
	signIn: "Sign in",
	signUp: "Sign up",
	signOut: "Sign out",
	signingOut: "Signing out…",
	roles: {
		student: "Student",
		instructor: "Instructor",
		admin: "Admin",
	} as Record<string, string>,
	themeDark: "Dark theme",
	themeToLight: "Switch to light theme",
	themeToDark: "Switch to dark theme",
	language: "Language",
	footerDemoOf: "Acme School is a demo of",
	footerAnd: "and the btst-school plugin. Payments are simulated.",
};

export type DemoStrings = typeof en;

const de: DemoStrings = {
	skipToContent: "Zum Inhalt springen",
	mainNav: "Hauptnavigation",
	navCatalog: "Kurskatalog",
	navMyLearning: "Mein Lernbereich",
	navInstructor: "Lehrende",
	navAdmin: "Benutzer",
	navOutbox: "Postausgang",
	signIn: "Anmelden",
	signUp: "Registrieren",
	signOut: "Abmelden",
	signingOut: "Abmelden …",
	roles: { student: "Lernende", instructor: "Lehrende", admin: "Verwaltung" },
	themeDark: "Dunkles Design",
	themeToLight: "Zum hellen Design wechseln",
	themeToDark: "Zum dunklen Design wechseln",
	language: "Sprache",
	footerDemoOf: "Acme School ist eine Demo von",
	footerAnd: "und dem Plugin btst-school. Zahlungen sind simuliert.",
};

const strings: Partial<Record<Language, DemoStrings>> = { en, de };

/** The demo's strings in a language (English where the demo has no translation). */
export function demoStrings(language: Language): DemoStrings {
	return strings[language] ?? en;
}

export const englishDemoStrings = en;
