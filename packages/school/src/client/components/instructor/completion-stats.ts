import type { useSchool } from "../../hooks/use-school.js";
import type { StatItem } from "../ui/stat.js";

/**
 * Enrollments, completions and the completion rate as headline numbers: the dashboard's totals
 * and a course's analytics show the same three, with test ids `<prefix>-enrollments`,
 * `<prefix>-completions` and `<prefix>-completion-rate`.
 */
export function completionStats(
	t: ReturnType<typeof useSchool>["t"],
	prefix: string,
	n: { enrollments: number; completions: number; rate: number },
): StatItem[] {
	return [
		{
			label: t.colEnrollments,
			value: String(n.enrollments),
			testId: `${prefix}-enrollments`,
		},
		{
			label: t.colCompletions,
			value: String(n.completions),
			testId: `${prefix}-completions`,
		},
		{
			label: t.colCompletionRate,
			value: t.percent(n.rate),
			testId: `${prefix}-completion-rate`,
		},
	];
}
