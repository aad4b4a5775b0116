"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server render and while React hydrates it, true from then on. Controls that
 * only work once hydrated (filters that write the address) are disabled until then, so a choice
 * made on the static HTML is not silently dropped by hydration.
 */
export function useHydrated(): boolean {
	return useSyncExternalStore(
		noSubscription,
		() => true,
		() => false,
	);
}
