"use client";
import { type ReactNode, useEffect, useRef } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { useConfirm } from "../ui/confirm-dialog.js";

/**
 * The one leave guard of the editors: while `dirty`, asks before the page is left. Reload, close
 * and external navigation get the browser's own prompt (`beforeunload`, the only thing a page may
 * show then); in-app links, which navigate on the client and never fire `beforeunload`, are held
 * and the confirm dialog asks; "Leave" follows the link. Render the returned element.
 */
export function useLeaveGuard(dirty: boolean, message: string): ReactNode {
	const { t, navigate } = useSchool();
	const [confirm, dialog] = useConfirm();
	// Set while following a link the user chose to leave by, so the browser does not ask again.
	const leaving = useRef(false);
	const ask = useRef({ confirm, navigate, t, message });
	ask.current = { confirm, navigate, t, message };

	useEffect(() => {
		if (!dirty || typeof window === "undefined") return;
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			if (leaving.current) return;
			event.preventDefault();
			// Older browsers show (or at least need) a return value.
			event.returnValue = ask.current.message;
			return ask.current.message;
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
			const here = window.location;
			if (
				url.origin === here.origin &&
				url.pathname === here.pathname &&
				url.search === here.search
			)
				return;
			event.preventDefault();
			event.stopPropagation();
			void leaveTo(url);
		};
		const leaveTo = async (url: URL) => {
			const { confirm, navigate, t, message } = ask.current;
			const ok = await confirm({
				title: t.leaveTitle,
				body: message,
				confirmLabel: t.leave,
				cancelLabel: t.stay,
				destructive: true,
			});
			if (!ok) return;
			leaving.current = true;
			if (url.origin !== window.location.origin) {
				window.location.assign(url.href);
				return;
			}
			try {
				await navigate(`${url.pathname}${url.search}${url.hash}`);
			} finally {
				// Still here (the route kept this page): guard again.
				leaving.current = false;
			}
		};
		window.addEventListener("beforeunload", onBeforeUnload);
		// Capture on the document runs before React's handlers on the app root (e.g. next/link).
		document.addEventListener("click", onClick, true);
		return () => {
			window.removeEventListener("beforeunload", onBeforeUnload);
			document.removeEventListener("click", onClick, true);
		};
	}, [dirty]);

	return dialog;
}
