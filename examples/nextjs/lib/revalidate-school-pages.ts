import type { SchoolCourseChange } from "btst-school/api";
import { revalidatePath } from "next/cache";

/**
 * Refreshing the static school pages (app/pages/learn/…). Called where Next.js allows it: in
 * route handlers, i.e. from the school's `onCourseChanged` hook while the API answers an
 * instructor's write, and once per server process on its first API request.
 */

/**
 * The catalog and the course's page (and its old address when the slug changed). Never throws:
 * outside a request (a script calling the server-side api with hooks) Next.js refuses
 * `revalidatePath`, and the pages then refresh at their next `revalidate`; the hooks composed
 * after this one (lib/stack.ts) must still run.
 */
export function revalidateForCourseChange(change: SchoolCourseChange): void {
	try {
		revalidatePath("/pages/learn");
		for (const slug of new Set([change.course.slug, change.previous?.slug])) {
			if (slug) revalidatePath(`/pages/learn/${encodeURIComponent(slug)}`);
		}
	} catch (error) {
		console.warn(
			`[school-demo] could not revalidate the pages of course ${change.course.id}`,
			error,
		);
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
