"use client";
import { SchoolApiError } from "../../fetcher.js";
import { useSchool } from "../../hooks/use-school.js";
import { LoadError, LockedLesson, MissingLesson } from "./lesson-states.js";

/** Why a lesson or quiz page shows no content, in the order the pages check it. */
export type LessonBlock = "accessError" | "locked" | "missing" | "lessonError";

/** The server refused the lesson: the viewer is signed out or not enrolled. */
export const isAccessError = (error: unknown) =>
	error instanceof SchoolApiError &&
	(error.status === 401 || error.status === 403);

/**
 * The first reason the page cannot show the lesson: the access answer failed, the viewer may not
 * open it, it does not exist (404), it failed to load. `null` when the page may go on.
 */
export function lessonBlock({
	accessFailed,
	locked,
	lessonError,
}: {
	accessFailed: boolean;
	locked: boolean;
	lessonError: unknown;
}): LessonBlock | null {
	if (accessFailed) return "accessError";
	if (locked) return "locked";
	if (lessonError instanceof SchoolApiError && lessonError.status === 404)
		return "missing";
	if (lessonError) return "lessonError";
	return null;
}

/** What the lesson and quiz pages show for a `LessonBlock`. */
export function BlockedLesson({
	block,
	slug,
	signedIn,
	returnTo,
	retryAccess,
	retryLesson,
}: {
	block: LessonBlock;
	slug: string;
	signedIn: boolean;
	returnTo: string;
	retryAccess: () => void;
	retryLesson: () => void;
}) {
	const { t } = useSchool();
	switch (block) {
		case "accessError":
			return <LoadError what={t.accessLoadError} onRetry={retryAccess} />;
		case "locked":
			return (
				<LockedLesson slug={slug} signedIn={signedIn} returnTo={returnTo} />
			);
		case "missing":
			return <MissingLesson slug={slug} title={t.lessonNotFound} />;
		case "lessonError":
			return <LoadError what={t.lessonLoadError} onRetry={retryLesson} />;
	}
}
