"use client";
import { type ReactNode, useCallback, useEffect, useState } from "react";
import type { CourseSummary } from "../../../types.js";
import { useEditableCourse } from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import {
	MessagePage,
	PageFailed,
	PageShell,
	Skeleton,
} from "../shared/states.js";
import { PageLoading } from "../ui/loading-block.js";
import { AnalyticsPanel } from "./analytics-panel.js";
import { CourseDetailsForm } from "./course-details-form.js";
import { CurriculumEditor } from "./curriculum-editor.js";
import { DeleteCourse } from "./delete-course.js";
import { InstructorGate } from "./instructor-gate.js";
import { useLeaveGuard } from "./leave-guard.js";
import { PacingPanel } from "./pacing-panel.js";
import { RosterPanel } from "./roster-panel.js";
import { StatusBadge } from "./status-badge.js";
import { TabPanel, Tabs } from "./tabs.js";

export type EditorTab =
	| "details"
	| "curriculum"
	| "pacing"
	| "students"
	| "analytics";
const editorTabs: EditorTab[] = [
	"details",
	"curriculum",
	"pacing",
	"students",
	"analytics",
];
const TABS_ID = "school-course-editor";

/**
 * The course editor (`courseId` "new" creates a course). Tabs: Details, Curriculum, Students,
 * Analytics; the selected tab is kept in the URL hash (`#curriculum`), so links can open one.
 */
export function CourseEditorPage({ courseId }: { courseId: string }) {
	const { paths } = useSchool();
	return (
		<InstructorGate
			returnTo={paths.courseEditor(courseId)}
			testId="school-course-editor"
			className="max-w-5xl"
		>
			{() =>
				courseId === "new" ? (
					<NewCourseEditor />
				) : (
					<ExistingCourseEditor courseId={courseId} />
				)
			}
		</InstructorGate>
	);
}

function EditorHeader({
	title,
	status,
	viewHref,
}: {
	title: string;
	status?: CourseSummary["status"];
	viewHref?: string;
}) {
	const { t, paths } = useSchool();
	return (
		<div className="mb-6">
			<SchoolLink
				href={paths.instructor()}
				className="text-sm text-muted-foreground hover:text-foreground hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
				data-testid="back-to-dashboard"
			>
				<span aria-hidden="true">← </span>
				{t.backToDashboard}
			</SchoolLink>
			<div className="mt-2 flex flex-wrap items-center gap-3">
				<h1 className="min-w-0 text-3xl font-bold tracking-tight break-words">
					{title}
				</h1>
				{status ? <StatusBadge status={status} /> : null}
				{viewHref ? (
					<SchoolLink
						href={viewHref}
						className={cn(buttonClass("outline", "sm"), "ml-auto")}
					>
						{t.viewCourse}
					</SchoolLink>
				) : null}
			</div>
		</div>
	);
}

function NewCourseEditor() {
	const { t, paths, navigate } = useSchool();
	const [dirty, setDirty] = useState(false);
	const leaveGuard = useLeaveGuard(dirty, t.unsavedChanges);
	return (
		<PageShell testId="school-course-editor" className="max-w-5xl">
			{leaveGuard}
			<EditorHeader title={t.newCourseTitle} />
			<Tabs
				id={TABS_ID}
				label={t.editorTabsLabel}
				tabs={[{ key: "details", label: t.tabDetails }]}
				selected="details"
				onSelect={() => {}}
			/>
			<TabPanel id={TABS_ID} tabKey="details" selected>
				<CourseDetailsForm
					onDirtyChange={setDirty}
					onCreated={(course) => {
						setDirty(false);
						void navigate(paths.courseEditor(course.id));
					}}
				/>
			</TabPanel>
		</PageShell>
	);
}

function useHashTab(): [EditorTab, (tab: EditorTab) => void] {
	const [tab, setTab] = useState<EditorTab>("details");
	useEffect(() => {
		const fromHash = window.location.hash.slice(1) as EditorTab;
		if (editorTabs.includes(fromHash)) setTab(fromHash);
	}, []);
	const select = useCallback((next: EditorTab) => {
		setTab(next);
		const url = new URL(window.location.href);
		url.hash = next === "details" ? "" : next;
		window.history.replaceState(window.history.state, "", url);
	}, []);
	return [tab, select];
}

function ExistingCourseEditor({ courseId }: { courseId: string }) {
	const { t, paths } = useSchool();
	const { list, summary, detail } = useEditableCourse(courseId);
	const [tab, setTab] = useHashTab();
	const [visited, setVisited] = useState<Set<EditorTab>>(
		() => new Set(["details"]),
	);
	const [formDirty, setFormDirty] = useState(false);
	const [orderDirty, setOrderDirty] = useState(false);
	const leaveGuard = useLeaveGuard(formDirty || orderDirty, t.unsavedChanges);

	useEffect(() => {
		setVisited((v) => (v.has(tab) ? v : new Set([...v, tab])));
	}, [tab]);

	if (list.isPending) {
		return (
			<PageLoading
				testId="school-course-editor"
				className="max-w-5xl"
				blocks={["mb-6 h-10 w-1/2", "h-96 w-full"]}
			/>
		);
	}
	if (list.error) {
		return (
			<PageFailed testId="school-course-editor" message={list.error.message} />
		);
	}
	if (!summary) {
		return (
			<MessagePage
				testId="instructor-course-not-found"
				className="max-w-2xl"
				title={t.courseEditorNotFound}
				body={t.courseEditorNotFoundBody}
			>
				<SchoolLink
					href={paths.instructor()}
					className={buttonClass("outline")}
				>
					{t.backToDashboard}
				</SchoolLink>
			</MessagePage>
		);
	}

	const tabs = [
		{ key: "details" as const, label: t.tabDetails },
		{ key: "curriculum" as const, label: t.tabCurriculum },
		{ key: "pacing" as const, label: t.tabPacing },
		{ key: "students" as const, label: t.tabStudents },
		{ key: "analytics" as const, label: t.tabAnalytics },
	];
	const panel = (key: EditorTab, content: ReactNode) => (
		<TabPanel id={TABS_ID} tabKey={key} selected={tab === key}>
			{visited.has(key) || tab === key ? content : null}
		</TabPanel>
	);

	return (
		<PageShell testId="school-course-editor" className="max-w-5xl">
			{leaveGuard}
			<EditorHeader
				title={summary.title}
				status={summary.status}
				viewHref={paths.course(summary.slug)}
			/>
			<Tabs
				id={TABS_ID}
				label={t.editorTabsLabel}
				tabs={tabs}
				selected={tab}
				onSelect={setTab}
			/>
			{panel(
				"details",
				<div className="flex flex-col gap-10">
					<CourseDetailsForm
						key={summary.id}
						course={summary}
						onDirtyChange={setFormDirty}
					/>
					<DeleteCourse course={summary} />
				</div>,
			)}
			{panel(
				"curriculum",
				detail.isPending ? (
					<Skeleton className="h-64 w-full" />
				) : detail.error ? (
					<p role="alert">{detail.error.message}</p>
				) : (
					<CurriculumEditor
						courseId={courseId}
						course={detail.data}
						onDirtyChange={setOrderDirty}
					/>
				),
			)}
			{panel(
				"pacing",
				detail.data ? (
					<PacingPanel course={detail.data} />
				) : (
					<Skeleton className="h-64 w-full" />
				),
			)}
			{panel("students", <RosterPanel courseId={courseId} />)}
			{panel("analytics", <AnalyticsPanel courseId={courseId} />)}
		</PageShell>
	);
}
