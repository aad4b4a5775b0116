import type {
	CourseAccess,
	CourseDetail,
	LessonOutline,
} from "../../../types.js";
import type { SchoolPaths } from "../../paths.js";

/**
 * Pure helpers the learner pages share: the outline in reading order, who may open what, where
 * "previous", "next" and "continue" lead. No React, so they are tested as plain functions.
 */

export function outlineOf(course: CourseDetail): LessonOutline[] {
	const byId = new Map(
		[
			...course.sections.flatMap((s) => s.lessons),
			...course.unsectionedLessons,
		].map((l) => [l.id, l]),
	);
	return course.lessonOrder.flatMap((id) => {
		const lesson = byId.get(id);
		return lesson ? [lesson] : [];
	});
}

/** An enrollment that opens lessons (a cancelled one does not). */
export function activeEnrollment(access: CourseAccess | undefined) {
	const enrollment = access?.enrollment;
	return enrollment && enrollment.status !== "cancelled" ? enrollment : null;
}

/** Whether this viewer may open every lesson (enrolled, or managing the course). */
export function opensAll(access: CourseAccess | undefined): boolean {
	return !!activeEnrollment(access) || !!access?.canManage;
}

export function lessonHref(
	paths: SchoolPaths,
	slug: string,
	lesson: Pick<LessonOutline, "id" | "type">,
): string {
	return lesson.type === "quiz"
		? paths.quiz(slug, lesson.id)
		: paths.lesson(slug, lesson.id);
}

export interface Neighbour {
	lesson: LessonOutline;
	href: string;
	/** The viewer cannot open it: the link leads to the course page to enroll instead. */
	locked: boolean;
}

/** The lessons before and after `lessonId`, each with where its link leads for this viewer. */
export function neighboursOf(
	course: CourseDetail,
	lessonId: string,
	paths: SchoolPaths,
	openAll: boolean,
): { prev: Neighbour | null; next: Neighbour | null } {
	const outline = outlineOf(course);
	const index = outline.findIndex((l) => l.id === lessonId);
	const at = (i: number): Neighbour | null => {
		const lesson = index < 0 ? undefined : outline[i];
		if (!lesson) return null;
		const locked = !openAll && !lesson.isFreePreview;
		return {
			lesson,
			locked,
			href: locked
				? `${paths.course(course.slug)}#enroll`
				: lessonHref(paths, course.slug, lesson),
		};
	};
	return { prev: at(index - 1), next: at(index + 1) };
}

/** Where "Continue" leads: the server's pick, else the first lesson. */
export function continueHref(
	course: CourseDetail,
	continueLessonId: string | null | undefined,
	paths: SchoolPaths,
): string {
	const outline = outlineOf(course);
	const lesson =
		outline.find((l) => l.id === continueLessonId) ?? outline[0] ?? null;
	return lesson
		? lessonHref(paths, course.slug, lesson)
		: paths.course(course.slug);
}

/**
 * A reading lesson's Markdown without a leading `# Title` equal to the lesson's title: the page
 * already shows the title as its heading.
 */
export function withoutTitleHeading(markdown: string, title: string): string {
	const match = markdown.match(/^\s*#\s+(.+?)\s*#*\s*(?:\r?\n|$)/);
	if (!match?.[1]) return markdown;
	const normalize = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
	return normalize(match[1]) === normalize(title)
		? markdown.slice(match[0].length).replace(/^\s*\n/, "")
		: markdown;
}
