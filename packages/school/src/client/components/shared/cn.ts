import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

export const cn = (...inputs: ClassValue[]) => twMerge(clsx(inputs));

export type ButtonVariant = "primary" | "outline" | "ghost" | "destructive";
export type ButtonSize = "sm" | "md" | "icon";

/**
 * Shared button looks, shadcn-style, using the host's theme tokens. A function rather than only
 * a component because links (`SchoolLink`) wear the same look.
 */
export const buttonClass = (
	variant: ButtonVariant = "primary",
	size: ButtonSize = "md",
) =>
	cn(
		"inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors",
		"focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
		"disabled:pointer-events-none disabled:opacity-50",
		size === "sm" && "h-8 px-3 text-sm",
		size === "md" && "h-10 px-4 text-sm",
		size === "icon" && "h-8 w-8 px-0 text-sm",
		variant === "primary" &&
			"bg-primary text-primary-foreground hover:bg-primary/90",
		variant === "outline" &&
			"border border-border bg-background hover:bg-muted",
		variant === "ghost" && "hover:bg-muted",
		variant === "destructive" &&
			"border border-destructive/50 bg-background text-destructive hover:bg-destructive/10",
	);

/** Text inputs and selects. An invalid control (`aria-invalid`) looks invalid without extra classes. */
export const inputClass = cn(
	"h-10 w-full rounded-md border border-border bg-background px-3 text-sm text-foreground",
	"placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
	"aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive",
);

/** Multi-line text: the input look, grown to its content. */
export const textareaClass = cn(inputClass, "h-auto min-h-20 py-2");

export const selectClass = cn(inputClass, "pr-8");

/** Checkboxes and radios in the theme's accent colour, with a visible focus ring. */
export const checkClass =
	"h-4 w-4 shrink-0 accent-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background";
