"use client";
import {
	type KeyboardEvent,
	type ReactNode,
	useCallback,
	useId,
	useRef,
	useState,
} from "react";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "./button.js";
import { useModalDialog } from "./use-modal-dialog.js";

export interface ConfirmOptions {
	/** The question, as the dialog's heading ("Delete lesson?"). */
	title: string;
	/** What follows from saying yes. */
	body: ReactNode;
	/** The yes button, named for the action ("Delete lesson"), never just "OK". */
	confirmLabel: string;
	/** The no button; "Cancel" when not given. */
	cancelLabel?: string;
	/** A destructive yes gets the destructive look. */
	destructive?: boolean;
}

/**
 * A modal confirmation: a native `<dialog>` opened with `showModal()`, so the browser makes the
 * rest of the page inert and puts it in the top layer. Labelled by its title and described by
 * its body; Tab stays inside; Esc (or Cancel) says no; focus starts on Cancel (the safe answer)
 * and returns to the control that opened it.
 */
export function ConfirmDialog({
	open,
	onConfirm,
	onCancel,
	testId = "confirm-dialog",
	...options
}: ConfirmOptions & {
	open: boolean;
	onConfirm: () => void;
	onCancel: () => void;
	testId?: string;
}) {
	const { t } = useSchool();
	const uid = useId();
	const cancelRef = useRef<HTMLButtonElement>(null);
	const modal = useModalDialog({
		open,
		onDismiss: onCancel,
		initialFocus: cancelRef,
	});

	// Browsers trap focus in a modal dialog already; this keeps Tab inside where they do not.
	const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
		if (event.key === "Escape") {
			event.preventDefault();
			onCancel();
			return;
		}
		if (event.key !== "Tab") return;
		const buttons = Array.from(
			event.currentTarget.querySelectorAll<HTMLElement>(
				"button:not([disabled])",
			),
		);
		const first = buttons[0];
		const last = buttons.at(-1);
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last?.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first?.focus();
		}
	};

	if (!open) return null;
	return (
		<dialog
			{...modal}
			data-testid={testId}
			aria-labelledby={`${uid}-title`}
			aria-describedby={`${uid}-body`}
			onKeyDown={onKeyDown}
			className="school-dialog m-auto w-[min(28rem,calc(100%-2rem))] rounded-lg border border-border bg-background p-6 text-foreground shadow-lg"
		>
			<h2 id={`${uid}-title`} className="text-lg font-semibold">
				{options.title}
			</h2>
			<div id={`${uid}-body`} className="mt-2 text-sm text-muted-foreground">
				{options.body}
			</div>
			<div className="mt-6 flex flex-wrap justify-end gap-2">
				<Button
					ref={cancelRef}
					variant="outline"
					data-testid="confirm-cancel"
					onClick={onCancel}
				>
					{options.cancelLabel ?? t.cancel}
				</Button>
				<Button
					variant={options.destructive ? "destructive" : "primary"}
					data-testid="confirm-accept"
					onClick={onConfirm}
				>
					{options.confirmLabel}
				</Button>
			</div>
		</dialog>
	);
}

/**
 * `window.confirm`, as a styled dialog: `await confirm({...})` resolves true or false. Render the
 * returned element once in the component that asks.
 */
export function useConfirm(): [
	(options: ConfirmOptions) => Promise<boolean>,
	ReactNode,
] {
	const [asking, setAsking] = useState<
		(ConfirmOptions & { resolve: (ok: boolean) => void }) | null
	>(null);
	const confirm = useCallback(
		(options: ConfirmOptions) =>
			new Promise<boolean>((resolve) => setAsking({ ...options, resolve })),
		[],
	);
	const settle = (ok: boolean) => {
		asking?.resolve(ok);
		setAsking(null);
	};
	const element = asking ? (
		<ConfirmDialog
			open
			title={asking.title}
			body={asking.body}
			confirmLabel={asking.confirmLabel}
			cancelLabel={asking.cancelLabel}
			destructive={asking.destructive}
			onConfirm={() => settle(true)}
			onCancel={() => settle(false)}
		/>
	) : null;
	return [confirm, element];
}
