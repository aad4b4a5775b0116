import { cookies } from "next/headers";
import { LANGUAGE_COOKIE, type Language, languageFrom } from "./languages";

/** This request's language, from the switcher's cookie (server components only). */
export async function currentLanguage(): Promise<Language> {
	return languageFrom((await cookies()).get(LANGUAGE_COOKIE)?.value);
}
