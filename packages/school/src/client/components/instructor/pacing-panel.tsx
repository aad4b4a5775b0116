"use client";
import type { UseMutationResult } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import type { InstructorCourseDetail } from "../../../types.js";
import {
	useInstructorCourses,
	useUpdateCourse,
} from "../../hooks/instructor-hooks.js";
import {
	useDuplicateCourse,
	useExportCourse,
	useImportCourse,
} from "../../hooks/pacing-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, inputClass, selectClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { Button } from "../ui/button.js";
import { Checkbox } from "../ui/checkbox.js";
import { BulkEnrollPanel } from "./bulk-enroll-panel.js";

/** Saves a JSON value as a file download. */
function download(name: string, value: unknown) {
	const url = URL.createObjectURL(
		new Blob([JSON.stringify(value, null, 2)], { type: "application/json" }),
	);
	const a = document.createElement("a");
	a.href = url;
	a.download = name;
	a.click();
	URL.revokeObjectURL(url);
}

/** Sequential lessons, access period, prerequisites (#19): fields of the course itself. */
function PacingSettings({ course }: { course: InstructorCourseDetail }) {
	const { t } = useSchool();
	const update = useUpdateCourse();
	const others = (useInstructorCourses().data?.items ?? []).filter(
		(c) => c.id !== course.id,
	);
	const [sequential, setSequential] = useState(!!course.sequential);
	const [accessDays, setAccessDays] = useState(
		course.accessDays ? String(course.accessDays) : "",
	);
	const [mode, setMode] = useState(course.prerequisiteMode ?? "enroll");
	const [prerequisites, setPrerequisites] = useState<string[]>(
		(course.prerequisites ?? []).map((p) => p.id),
	);
	const [saved, setSaved] = useState(false);
	const toggle = (id: string) =>
		setPrerequisites((list) =>
			list.includes(id) ? list.filter((x) => x !== id) : [...list, id],
		);
	return (
		<form
			className="flex flex-col gap-3"
			data-testid="pacing-settings"
			onSubmit={(e) => {
				e.preventDefault();
				setSaved(false);
				update.mutate(
					{
						id: course.id,
						input: {
							sequential,
							accessDays: accessDays ? Number(accessDays) : null,
							prerequisiteMode: mode,
							prerequisites,
						},
					},
					{ onSuccess: () => setSaved(true) },
				);
			}}
		>
			<h2 className="text-lg font-semibold">{t.pacingTitle}</h2>
			<Checkbox
				label={t.pacingSequentialLabel}
				testId="pacing-sequential"
				checked={sequential}
				onChange={setSequential}
			/>
			<label className="flex flex-col gap-1 text-sm font-medium">
				{t.pacingAccessDaysLabel}
				<input
					type="number"
					min={1}
					className={inputClass}
					value={accessDays}
					onChange={(e) => setAccessDays(e.target.value)}
					data-testid="pacing-access-days"
				/>
			</label>
			{others.length > 0 ? (
				<fieldset className="flex flex-col gap-1 text-sm">
					<legend className="font-medium">{t.pacingPrerequisitesLabel}</legend>
					{others.map((c) => (
						<Checkbox
							key={c.id}
							label={c.title}
							checked={prerequisites.includes(c.id)}
							onChange={() => toggle(c.id)}
						/>
					))}
				</fieldset>
			) : null}
			<label className="flex flex-col gap-1 text-sm font-medium">
				{t.pacingPrerequisiteModeLabel}
				<select
					className={selectClass}
					value={mode}
					onChange={(e) => setMode(e.target.value as "enroll" | "start")}
				>
					<option value="enroll">{t.pacingModeEnroll}</option>
					<option value="start">{t.pacingModeStart}</option>
				</select>
			</label>
			<div className="flex items-center gap-3">
				<button
					type="submit"
					className={buttonClass("primary", "sm")}
					disabled={update.isPending}
					data-testid="pacing-save"
				>
					{t.pacingSave}
				</button>
				{saved ? (
					<span role="status" className="text-sm text-muted-foreground">
						{t.pacingSaved}
					</span>
				) : null}
				{update.error ? (
					<span role="alert" className="text-sm text-destructive">
						{update.error.message}
					</span>
				) : null}
			</div>
		</form>
	);
}

/** Duplicate, export, import (#19). */
function CourseTransfer({ course }: { course: InstructorCourseDetail }) {
	const { t, paths } = useSchool();
	const duplicate = useDuplicateCourse(course.id);
	const exporter = useExportCourse(course.id);
	const importer = useImportCourse();
	const [notice, setNotice] = useState<{ text: string; id: string } | null>(
		null,
	);
	const error = duplicate.error ?? exporter.error ?? importer.error;
	return (
		<section className="flex flex-col gap-3" data-testid="course-transfer">
			<h2 className="text-lg font-semibold">{t.transferTitle}</h2>
			<div className="flex flex-wrap items-center gap-2">
				<RunButton
					mutation={duplicate}
					testId="duplicate-course"
					onDone={(copy) =>
						setNotice({ text: t.duplicateDone(copy.title), id: copy.id })
					}
				>
					{t.duplicateCourse}
				</RunButton>
				<RunButton
					mutation={exporter}
					testId="export-course"
					onDone={(file) => download(`${course.slug}.json`, file)}
				>
					{t.exportCourse}
				</RunButton>
				<label className={buttonClass("outline", "sm")}>
					{t.importCourse}
					<input
						type="file"
						accept="application/json,.json"
						className="sr-only"
						data-testid="import-course"
						onChange={async (e) => {
							const file = e.target.files?.[0];
							if (!file) return;
							let json: unknown;
							try {
								json = JSON.parse(await file.text());
							} catch {
								json = null;
							}
							importer.mutate(json, {
								onSuccess: (created) =>
									setNotice({
										text: t.importDone(created.title),
										id: created.id,
									}),
							});
						}}
					/>
				</label>
			</div>
			{notice ? (
				<p role="status" className="text-sm">
					{notice.text}{" "}
					<SchoolLink
						href={paths.courseEditor(notice.id)}
						className="underline"
					>
						{t.openCopy}
					</SchoolLink>
				</p>
			) : null}
			{error ? (
				<p role="alert" className="text-sm text-destructive">
					{error.message}
				</p>
			) : null}
		</section>
	);
}

/** Runs a mutation that takes no input, disabled while it runs; `onDone` gets its result. */
function RunButton<T>({
	mutation,
	testId,
	onDone,
	children,
}: {
	mutation: UseMutationResult<T, Error, void>;
	testId: string;
	onDone: (result: T) => void;
	children: ReactNode;
}) {
	return (
		<Button
			variant="outline"
			size="sm"
			disabled={mutation.isPending}
			data-testid={testId}
			onClick={() => mutation.mutate(undefined, { onSuccess: onDone })}
		>
			{children}
		</Button>
	);
}

/** The course editor's "Pacing" tab: pacing rules, bulk enrollment, copy and transfer. */
export function PacingPanel({ course }: { course: InstructorCourseDetail }) {
	return (
		<div className="flex flex-col gap-10" data-testid="pacing-panel">
			<PacingSettings key={course.updatedAt} course={course} />
			<BulkEnrollPanel courseId={course.id} />
			<CourseTransfer course={course} />
		</div>
	);
}
