import type { Course, RosterEntry } from "../types.js";
import type { Db } from "./db-types.js";
import { getRoster } from "./getters/index.js";

const PAGE = 100;

/**
 * Quotes a CSV cell. Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading
 * apostrophe: learner names are user input (CSV injection).
 */
function cell(value: string | number | null): string {
	if (value === null) return "";
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
	"name",
	"email",
	"status",
	"progress_pct",
	"best_quiz_score",
	"enrolled_at",
	"completed_at",
	"last_activity_at",
];

const row = (e: RosterEntry) =>
	[
		e.learnerName,
		e.learnerEmail,
		e.status,
		e.progressPct,
		e.bestQuizScore,
		e.enrolledAt,
		e.completedAt,
		e.lastActivityAt,
	]
		.map(cell)
		.join(",");

/** The whole roster as CSV, read a page of 100 learners at a time. */
export async function rosterToCsv(db: Db, course: Course): Promise<string> {
	const lines = [HEADER.join(",")];
	for (let offset = 0; ; offset += PAGE) {
		const page = await getRoster(db, course.id, { limit: PAGE, offset });
		lines.push(...page.items.map(row));
		if (offset + PAGE >= page.total || page.items.length === 0) break;
	}
	return `${lines.join("\r\n")}\r\n`;
}
