"use client";
import { type RefObject, type SyntheticEvent, useEffect, useRef } from "react";

/**
 * Opens a native `<dialog>` as a modal while `open` (top layer, the page behind inert), closes
 * it on unmount, and gives focus back to whatever had it before. Esc goes through `onDismiss`
 * instead of the browser closing the dialog by itself. Spread the result on the `<dialog>`.
 */
export function useModalDialog({
	open = true,
	onDismiss,
	initialFocus,
}: {
	open?: boolean;
	onDismiss: () => void;
	/** Gets the focus when the dialog opens (the browser's choice otherwise). */
	initialFocus?: RefObject<HTMLElement | null>;
}) {
	const ref = useRef<HTMLDialogElement>(null);
	useEffect(() => {
		const dialog = ref.current;
		if (!open || !dialog) return;
		const opener =
			document.activeElement instanceof HTMLElement
				? document.activeElement
				: null;
		if (!dialog.open) {
			// jsdom and old browsers lack showModal: an open dialog is the next best thing.
			if (typeof dialog.showModal === "function") dialog.showModal();
			else dialog.setAttribute("open", "");
		}
		initialFocus?.current?.focus();
		return () => {
			if (dialog.open) dialog.close();
			if (opener?.isConnected) opener.focus();
		};
	}, [open, initialFocus]);
	return {
		ref,
		onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
			event.preventDefault();
			onDismiss();
		},
	};
}
