"use client";
import type { ReactNode } from "react";
import type { CourseAccess } from "../../../types.js";
import { SchoolApiError } from "../../fetcher.js";
import { useSchool } from "../../hooks/use-school.js";
import { NotFoundState } from "../shared/states.js";
import { LoadError, LockedLesson } from "./lesson-states.js";

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

/**
 * What a lesson or quiz page shows instead of its content (`lessonBlock` decides), or `null`
 * when the page may go on; the retries refetch the access answer or the lesson.
 */
export function blockedLessonView({
	slug,
	returnTo,
	access,
	lesson,
	accessFailed,
	locked,
}: {
	slug: string;
	returnTo: string;
	access: { data?: CourseAccess; refetch: () => unknown };
	lesson: { error: unknown; refetch: () => unknown };
	accessFailed: boolean;
	locked: boolean;
}): ReactNode {
	const block = lessonBlock({
		accessFailed,
		locked,
		lessonError: lesson.error,
	});
	if (!block) return null;
	return (
		<BlockedLesson
			block={block}
			slug={slug}
			signedIn={!!access.data?.signedIn}
			returnTo={returnTo}
			retryAccess={() => access.refetch()}
			retryLesson={() => lesson.refetch()}
		/>
	);
}

/** What the lesson and quiz pages show for a `LessonBlock`. */
function BlockedLesson({
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
			return <NotFoundState title={t.lessonNotFound} courseSlug={slug} />;
		case "lessonError":
			return <LoadError what={t.lessonLoadError} onRetry={retryLesson} />;
	}
}
