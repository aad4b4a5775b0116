"use client";
import { useState } from "react";
import type {
	BulkEnrollReport,
	BulkOutcome,
} from "../../../api/operations/bulk-enroll.js";
import {
	BULK_BATCH,
	emailsFrom,
	useBulkEnroll,
} from "../../hooks/pacing-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { textareaClass } from "../shared/cn.js";
import { Button } from "../ui/button.js";
import { Checkbox } from "../ui/checkbox.js";

/** Adds one batch's report to the running one. */
function merge(
	into: BulkEnrollReport | null,
	next: BulkEnrollReport,
): BulkEnrollReport {
	if (!into) return next;
	const counts = { ...into.counts };
	for (const [k, v] of Object.entries(next.counts))
		counts[k as BulkOutcome] += v;
	return { dryRun: next.dryRun, rows: [...into.rows, ...next.rows], counts };
}

/**
 * Bulk enrollment (#19): paste emails or pick a CSV, preview (a dry run), then enroll. A long
 * list goes in batches of 1,000 one after another, with progress; the report counts each outcome
 * and lists every address that was not enrolled.
 */
export function BulkEnrollPanel({ courseId }: { courseId: string }) {
	const { t, format } = useSchool();
	const bulk = useBulkEnroll(courseId);
	const [text, setText] = useState("");
	const [override, setOverride] = useState(false);
	const [progress, setProgress] = useState<{
		done: number;
		total: number;
	} | null>(null);
	const [report, setReport] = useState<BulkEnrollReport | null>(null);
	const [error, setError] = useState<string | null>(null);
	const emails = emailsFrom(text);

	async function run(dryRun: boolean) {
		setError(null);
		setReport(null);
		let total: BulkEnrollReport | null = null;
		try {
			for (let i = 0; i < emails.length; i += BULK_BATCH) {
				setProgress({ done: i, total: emails.length });
				const batch = emails.slice(i, i + BULK_BATCH);
				total = merge(
					total,
					await bulk.mutateAsync({
						emails: batch,
						dryRun,
						...(override ? { override } : {}),
					}),
				);
				setReport(total);
			}
			setProgress({ done: emails.length, total: emails.length });
		} catch (e) {
			setError(e instanceof Error ? e.message : String(e));
		}
	}

	const busy = bulk.isPending;
	return (
		<section
			aria-labelledby="school-bulk-title"
			className="flex flex-col gap-3"
			data-testid="bulk-enroll"
		>
			<h2 id="school-bulk-title" className="text-lg font-semibold">
				{t.bulkTitle}
			</h2>
			<label className="flex flex-col gap-1 text-sm font-medium">
				{t.bulkEmailsLabel}
				<textarea
					className={textareaClass}
					value={text}
					onChange={(e) => setText(e.target.value)}
					rows={4}
					data-testid="bulk-emails"
				/>
			</label>
			<label className="flex flex-col gap-1 text-sm font-medium">
				{t.bulkCsvLabel}
				<input
					type="file"
					accept=".csv,text/csv,text/plain"
					data-testid="bulk-csv"
					onChange={async (e) => {
						const file = e.target.files?.[0];
						if (file) setText(await file.text());
					}}
				/>
			</label>
			<Checkbox
				label={t.bulkOverrideLabel}
				checked={override}
				onChange={setOverride}
			/>
			<div className="flex flex-wrap gap-2">
				{/* The same run twice: a dry run that only reports, then the real one. */}
				{(
					[
						[true, "outline", "bulk-preview", t.bulkPreview],
						[false, "primary", "bulk-submit", t.bulkEnroll],
					] as const
				).map(([dryRun, variant, testId, label]) => (
					<Button
						key={testId}
						variant={variant}
						size="sm"
						disabled={busy || emails.length === 0}
						onClick={() => void run(dryRun)}
						data-testid={testId}
					>
						{label}
					</Button>
				))}
			</div>
			{progress ? (
				<p role="status" className="text-sm text-muted-foreground">
					{t.bulkProgress(
						format.number(progress.done),
						format.number(progress.total),
					)}
				</p>
			) : null}
			{error ? (
				<p role="alert" className="text-sm text-destructive">
					{error}
				</p>
			) : null}
			{report ? (
				<div data-testid="bulk-report" data-dry-run={report.dryRun}>
					<h3 className="font-medium">{t.bulkReport}</h3>
					<ul className="text-sm">
						{Object.entries(report.counts)
							.filter(([, n]) => n > 0)
							.map(([outcome, n]) => (
								<li key={outcome} data-outcome={outcome}>
									{t.bulkOutcomes[outcome] ?? outcome}: {format.number(n)}
								</li>
							))}
					</ul>
					<ul className="mt-2 max-h-48 overflow-auto text-xs text-muted-foreground">
						{report.rows
							.filter(
								(r) => r.outcome !== "enrolled" && r.outcome !== "renewed",
							)
							.slice(0, 500)
							.map((r) => (
								<li key={r.email}>
									{r.email} — {t.bulkOutcomes[r.outcome] ?? r.outcome}
								</li>
							))}
					</ul>
				</div>
			) : null}
		</section>
	);
}
