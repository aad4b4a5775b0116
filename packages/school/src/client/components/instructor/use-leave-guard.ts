"use client";
import { useEffect } from "react";

/**
 * Asks before leaving a page with unsaved changes: the browser's own prompt on reload, close
 * and external navigation (`beforeunload`), and a confirm for in-app links, which navigate on
 * the client and never fire `beforeunload`.
 */
export function useLeaveGuard(dirty: boolean, message: string) {
	useEffect(() => {
		if (!dirty || typeof window === "undefined") return;
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			event.preventDefault();
			// Older browsers show (or at least need) a return value.
			event.returnValue = message;
			return message;
		};
		const onClick = (event: MouseEvent) => {
			if (
				event.defaultPrevented ||
				event.button !== 0 ||
				event.metaKey ||
				event.ctrlKey ||
				event.shiftKey ||
				event.altKey
			)
				return;
			const anchor = (event.target as Element | null)?.closest?.("a[href]");
			if (!(anchor instanceof HTMLAnchorElement)) return;
			if (anchor.target === "_blank" || anchor.hasAttribute("download")) return;
			const url = new URL(anchor.href, window.location.href);
			if (
				url.origin === window.location.origin &&
				url.pathname === window.location.pathname &&
				url.search === window.location.search
			)
				return;
			if (!window.confirm(message)) {
				event.preventDefault();
				event.stopPropagation();
			}
		};
		window.addEventListener("beforeunload", onBeforeUnload);
		// Capture on the document runs before React's handlers on the app root (e.g. next/link).
		document.addEventListener("click", onClick, true);
		return () => {
			window.removeEventListener("beforeunload", onBeforeUnload);
			document.removeEventListener("click", onClick, true);
		};
	}, [dirty, message]);
}
