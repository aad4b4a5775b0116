/**
 * The one slug rule, shared by the server (a course created without a slug) and the course form
 * (the slug it suggests while the title is typed), so both produce the same slug for a title.
 * At most 70 characters: room for the `-2`, `-3` … suffix the server adds when a slug is taken,
 * within `slugSchema`'s 80.
 */
export function slugify(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "")
		.slice(0, 70)
		.replace(/-+$/, "");
}
