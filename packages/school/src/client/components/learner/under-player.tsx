"use client";
import { createContext, type ReactNode, useContext } from "react";

/**
 * What belongs right under the player on a phone (the "Course content" drawer), handed from the
 * lesson layout to the media component, which places it after the video and before the
 * transcript and notes tabs. Without media, the layout renders it itself.
 */
const UnderPlayer = createContext<ReactNode>(null);

export const UnderPlayerProvider = UnderPlayer.Provider;

/** Renders what the layout placed under the player (nothing outside a lesson layout). */
export function UnderPlayerSlot() {
	return <>{useContext(UnderPlayer)}</>;
}
