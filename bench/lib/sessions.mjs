// @ts-check
/**
 * Real sessions, through the app's own sign-in (better-auth), so every measured request pays
 * the same session lookup a visitor's would.
 */

export const DEMO_PASSWORD = "password1234";

/**
 * Signs one account in and returns its `Cookie` header.
 * @param {string} base
 * @param {string} email
 */
export async function signIn(base, email) {
	const res = await fetch(`${base}/api/auth/sign-in/email`, {
		method: "POST",
		headers: { "content-type": "application/json", origin: base },
		body: JSON.stringify({ email, password: DEMO_PASSWORD }),
	});
	if (!res.ok)
		throw new Error(
			`Sign-in of ${email} failed: ${res.status} ${await res.text()}`,
		);
	const cookies = res.headers
		.getSetCookie()
		.map((c) => c.split(";")[0])
		.filter((c) => c?.includes("session_token"));
	if (!cookies.length) throw new Error(`Sign-in of ${email} set no session`);
	return cookies.join("; ");
}

/**
 * Signs many accounts in, a few at a time (password hashing is deliberately slow).
 * @param {string} base
 * @param {string[]} emails
 */
export async function signInAll(base, emails) {
	/** @type {string[]} */
	const cookies = new Array(emails.length);
	let next = 0;
	const worker = async () => {
		while (next < emails.length) {
			const i = next++;
			cookies[i] = await signIn(base, /** @type {string} */ (emails[i]));
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return cookies;
}
