import type { SchoolCourseChange } from "btst-school/api";
import { revalidatePath } from "next/cache";

/**
 * Refreshing the static school pages (app/pages/learn/…). Called where Next.js allows it: in
 * route handlers, i.e. from the school's `onCourseChanged` hook while the API answers an
 * instructor's write, and once per server process on its first API request.
 */

/** The catalog and the course's page (and its old address when the slug changed). */
export function revalidateForCourseChange(change: SchoolCourseChange): void {
	revalidatePath("/pages/learn");
	for (const slug of new Set([change.course.slug, change.previous?.slug])) {
		if (slug) revalidatePath(`/pages/learn/${encodeURIComponent(slug)}`);
	}
}

const g = globalThis as typeof globalThis & {
	__schoolPagesRefreshed?: boolean;
};

/**
 * Marks every static school page stale once per process, after the database is ready. The
 * build renders them without a database (lib/static-pages.ts), and data may have changed while
 * no server was running (migrations, the seed, another process): the next visit regenerates.
 */
export function revalidateSchoolPagesOnce(): void {
	if (g.__schoolPagesRefreshed) return;
	g.__schoolPagesRefreshed = true;
	revalidatePath("/pages/learn", "layout");
}
