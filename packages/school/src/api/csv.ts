import type { Course, RosterEntry } from "../types.js";
import type { SchoolAggregates } from "./aggregates.js";
import type { Db } from "./db-types.js";
import { allRosterEntries, type RosterQuery } from "./getters/roster.js";

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

/**
 * The roster as CSV: every learner, or those matching the Students tab's search, filters and
 * sort when `query` has them.
 */
export async function rosterToCsv(
	db: Db,
	course: Course,
	query: RosterQuery = {},
	aggregates?: SchoolAggregates,
): Promise<string> {
	const lines = [HEADER.join(",")];
	for await (const entries of allRosterEntries(
		db,
		course.id,
		query,
		aggregates,
	))
		lines.push(...entries.map(row));
	return `${lines.join("\r\n")}\r\n`;
}
