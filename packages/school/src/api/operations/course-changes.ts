import type { Course } from "../../types.js";
import type { SchoolCourseChange, SchoolCourseChangeType } from "../options.js";
import { type Actor, hookContext, type OperationDeps } from "./context.js";

/**
 * Tells the app that a course changed (`hooks.onCourseChanged`), after the write is stored. The
 * app refreshes caches and static pages from it, so a failing hook must not turn a successful
 * write into an error answer: it is logged and swallowed, like `onQuizSubmit`.
 */
export async function courseChanged(
	{ options }: Pick<OperationDeps, "options">,
	actor: Actor,
	change: SchoolCourseChange,
): Promise<void> {
	const hook = options.hooks?.onCourseChanged;
	if (!hook) return;
	try {
		await hook(change, hookContext(actor));
	} catch (error) {
		console.error(
			`[school] onCourseChanged (${change.type}) failed for course ${change.course.id}`,
			error,
		);
	}
}

/** An edit's event type: a status move names the new status, anything else is `updated`. */
export function editType(
	previous: Course,
	next: Course,
): SchoolCourseChangeType {
	if (previous.status === next.status) return "updated";
	if (next.status === "published") return "published";
	if (next.status === "archived") return "archived";
	return "unpublished";
}
