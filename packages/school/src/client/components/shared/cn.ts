import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

export const cn = (...inputs: ClassValue[]) => twMerge(clsx(inputs));

/** Shared button looks, shadcn-style, using the host's theme tokens. */
export const buttonClass = (
	variant: "primary" | "outline" | "ghost" = "primary",
	size: "sm" | "md" = "md",
) =>
	cn(
		"inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors",
		"focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
		"disabled:pointer-events-none disabled:opacity-50",
		size === "sm" ? "h-8 px-3 text-sm" : "h-10 px-4 text-sm",
		variant === "primary" &&
			"bg-primary text-primary-foreground hover:bg-primary/90",
		variant === "outline" &&
			"border border-border bg-background hover:bg-muted",
		variant === "ghost" && "hover:bg-muted",
	);

export const inputClass = cn(
	"h-10 w-full rounded-md border border-border bg-background px-3 text-sm text-foreground",
	"placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
);
