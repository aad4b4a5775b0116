"use client";
import {
	createContext,
	type ReactNode,
	useCallback,
	useContext,
	useEffect,
	useMemo,
	useRef,
	useState,
} from "react";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";
import { Button, RemoveButton } from "./button.js";

export interface ToastAction {
	label: string;
	onClick: () => void;
}

interface Toast {
	id: number;
	kind: "success" | "error";
	message: string;
	action?: ToastAction;
}

export interface Toaster {
	/** A save or change that worked: announced politely, gone after a few seconds. */
	success: (message: string, action?: ToastAction) => void;
	/** A failure: announced at once (`role="alert"`), stays until dismissed. */
	error: (message: string) => void;
}

const ToastContext = createContext<Toaster | null>(null);

/** How long a success toast stays; one with an action (Undo) stays longer to be reachable. */
const SUCCESS_MS = 5_000;
const ACTION_MS = 10_000;

/**
 * Toasts for the instructor pages: saves and failures appear at the bottom of the viewport, so
 * they are seen on long forms, in two live regions that exist before any message (screen
 * readers only announce changes to a region they already know): `role="status"` for successes,
 * `role="alert"` for failures.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
	const [toasts, setToasts] = useState<Toast[]>([]);
	const next = useRef(1);
	const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

	const dismiss = useCallback((id: number) => {
		const timer = timers.current.get(id);
		if (timer) clearTimeout(timer);
		timers.current.delete(id);
		setToasts((list) => list.filter((t) => t.id !== id));
	}, []);

	const push = useCallback(
		(toast: Omit<Toast, "id">) => {
			const id = next.current++;
			// One message of a kind at a time: a newer save replaces the older note.
			setToasts((list) => [
				...list.filter((t) => t.kind !== toast.kind),
				{ ...toast, id },
			]);
			if (toast.kind === "success")
				timers.current.set(
					id,
					setTimeout(() => dismiss(id), toast.action ? ACTION_MS : SUCCESS_MS),
				);
		},
		[dismiss],
	);

	useEffect(() => {
		const pending = timers.current;
		return () => {
			for (const timer of pending.values()) clearTimeout(timer);
		};
	}, []);

	const toaster = useMemo<Toaster>(
		() => ({
			success: (message, action) => push({ kind: "success", message, action }),
			error: (message) => push({ kind: "error", message }),
		}),
		[push],
	);

	return (
		<ToastContext.Provider value={toaster}>
			{children}
			<div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
				<ToastRegion
					role="status"
					toasts={toasts.filter((t) => t.kind === "success")}
					onDismiss={dismiss}
				/>
				<ToastRegion
					role="alert"
					toasts={toasts.filter((t) => t.kind === "error")}
					onDismiss={dismiss}
				/>
			</div>
		</ToastContext.Provider>
	);
}

function ToastRegion({
	role,
	toasts,
	onDismiss,
}: {
	role: "status" | "alert";
	toasts: Toast[];
	onDismiss: (id: number) => void;
}) {
	const { t } = useSchool();
	return (
		<div
			role={role}
			aria-live={role === "alert" ? "assertive" : "polite"}
			data-testid={role === "alert" ? "toast-errors" : "toast-messages"}
			className="flex w-full max-w-sm flex-col gap-2"
		>
			{toasts.map((toast) => (
				<div
					key={toast.id}
					data-testid={toast.kind === "error" ? "toast-error" : "toast"}
					className={cn(
						"pointer-events-auto flex items-start gap-3 rounded-lg border bg-background px-4 py-3 text-sm text-foreground shadow-lg",
						toast.kind === "error" ? "border-destructive/60" : "border-border",
					)}
				>
					<p
						className={cn(
							"flex-1 pt-1",
							toast.kind === "error" && "text-destructive",
						)}
					>
						{toast.message}
					</p>
					{toast.action ? (
						<Button
							size="sm"
							variant="outline"
							data-testid="toast-action"
							onClick={() => {
								toast.action?.onClick();
								onDismiss(toast.id);
							}}
						>
							{toast.action.label}
						</Button>
					) : null}
					<RemoveButton
						size="icon"
						label={t.dismiss}
						onClick={() => onDismiss(toast.id)}
					/>
				</div>
			))}
		</div>
	);
}

/** Noop toasts outside a provider, so a component works in isolation (tests, other hosts). */
const silent: Toaster = { success: () => {}, error: () => {} };

export function useToast(): Toaster {
	return useContext(ToastContext) ?? silent;
}
