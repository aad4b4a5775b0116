"use client";
import { useSyncExternalStore } from "react";

/**
 * Whether a media query matches, following changes. On the server (and before hydration) it
 * answers `serverDefault`, so server and first client render agree.
 */
export function useMediaQuery(query: string, serverDefault = true): boolean {
	return useSyncExternalStore(
		(onChange) => {
			if (typeof window === "undefined" || !window.matchMedia) return () => {};
			const list = window.matchMedia(query);
			list.addEventListener("change", onChange);
			return () => list.removeEventListener("change", onChange);
		},
		() =>
			typeof window !== "undefined" && window.matchMedia
				? window.matchMedia(query).matches
				: serverDefault,
		() => serverDefault,
	);
}
