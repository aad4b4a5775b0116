/**
 * Runs before first paint: applies the saved theme, or the system preference when the visitor
 * has not chosen one, so the page never flashes the wrong colours.
 */
const script = `(function(){try{var s=localStorage.getItem("theme");var d=s==="dark"||(s!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light";}catch(_){}})();`;

/** `nonce`: this request's CSP nonce (proxy.ts), without which the browser refuses to run it. */
export function ThemeScript({ nonce }: { nonce?: string }) {
	return (
		// biome-ignore lint/security/noDangerouslySetInnerHtml: a constant inline script, no user input
		<script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />
	);
}
