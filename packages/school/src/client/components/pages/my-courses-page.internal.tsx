"use client";
import { useEffect } from "react";
import type { PortalEntry } from "../../../types.js";
import { useMyEnrollments, useSchoolViewer } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import type { SchoolLocalization } from "../../localization.js";
import { lessonHref } from "../learner/lesson-nav.js";
import { LoadError } from "../learner/lesson-states.js";
import { buttonClass } from "../shared/cn.js";
import { GeneratedCover } from "../shared/generated-cover.js";
import { CourseLink, SchoolImage, SchoolLink } from "../shared/link.js";
import { PageShell, ProgressBar } from "../shared/states.js";
import { EmptyState } from "../ui/empty-state.js";
import { LoadingBlock } from "../ui/loading-block.js";

function EntryCard({ entry }: { entry: PortalEntry }) {
	const { t, paths, format } = useSchool();
	const done = entry.status === "completed";
	// An ended access period renews through the course page's enroll button (#19).
	const cancelled = entry.status === "cancelled" || entry.status === "expired";
	const slug = entry.course.slug;
	// The server picks where to continue: the first unfinished lesson after the last one touched.
	const next =
		entry.continueLessonId && entry.continueLessonType
			? lessonHref(paths, slug, {
					id: entry.continueLessonId,
					type: entry.continueLessonType,
				})
			: paths.course(slug);
	return (
		<li
			data-testid="portal-entry"
			data-status={entry.status}
			className="flex gap-4 rounded-lg border border-border bg-card p-4"
		>
			<div className="hidden h-20 w-32 shrink-0 overflow-hidden rounded-md bg-muted sm:block">
				{entry.course.coverImage ? (
					<SchoolImage
						src={entry.course.coverImage}
						alt=""
						className="h-full w-full object-cover"
					/>
				) : (
					<GeneratedCover title={entry.course.title} small />
				)}
			</div>
			<div className="flex min-w-0 flex-1 flex-col gap-2">
				<h3 className="font-semibold">
					<CourseLink slug={slug} className="hover:underline">
						{entry.course.title}
					</CourseLink>
				</h3>
				<ProgressBar
					value={entry.progressPct}
					label={t.progressLabel(entry.progressPct)}
				/>
				<p className="text-sm text-muted-foreground">
					{t.progressLabel(entry.progressPct)}
					{entry.lastLessonTitle && !done && !cancelled
						? ` · ${t.lastLesson(entry.lastLessonTitle)}`
						: ""}
					{entry.continueLessonTitle &&
					entry.continueLessonTitle !== entry.lastLessonTitle &&
					!done &&
					!cancelled
						? ` · ${t.nextUp(entry.continueLessonTitle)}`
						: ""}
					{done && entry.completedAt
						? ` · ${t.completedOn(format.date(entry.completedAt))}`
						: ""}
				</p>
				<div className="flex flex-wrap gap-2">
					{cancelled ? (
						<CourseLink slug={slug} className={buttonClass("outline", "sm")}>
							{entry.status === "expired" ? t.renewAccess : t.enrollAgain}
						</CourseLink>
					) : (
						<SchoolLink
							href={next}
							className={buttonClass(done ? "outline" : "primary", "sm")}
							data-testid="portal-continue"
						>
							{t.continueLearning}
						</SchoolLink>
					)}
					{entry.certificateId ? (
						<SchoolLink
							href={paths.certificate(entry.certificateId)}
							className={buttonClass("primary", "sm")}
							data-testid="portal-certificate"
						>
							{t.viewCertificate}
						</SchoolLink>
					) : null}
				</div>
			</div>
		</li>
	);
}

type PortalGroup =
	| "inProgress"
	| "completed"
	| "archived"
	| "expired"
	| "cancelled";

/** Which group of the portal an enrollment belongs to. */
export function portalGroupOf(entry: PortalEntry): PortalGroup {
	if (entry.status === "cancelled") return "cancelled";
	if (entry.status === "expired") return "expired";
	if (entry.status === "completed") return "completed";
	return entry.course.status === "archived" ? "archived" : "inProgress";
}

function Group({
	id,
	title,
	entries,
}: {
	id: string;
	title: string;
	entries: PortalEntry[];
}) {
	if (!entries.length) return null;
	return (
		<section
			aria-labelledby={`${id}-heading`}
			data-testid="portal-group"
			data-group={id}
		>
			<h2 id={`${id}-heading`} className="mb-3 text-xl font-semibold">
				{title}
			</h2>
			<ul className="m-0 flex list-none flex-col gap-3 p-0">
				{entries.map((e) => (
					<EntryCard key={e.id} entry={e} />
				))}
			</ul>
		</section>
	);
}

/** The portal's groups in page order: group, element id, heading string. */
const groupOrder = [
	["inProgress", "in-progress", "inProgress"],
	["completed", "completed", "completed"],
	["archived", "archived", "groupArchived"],
	["expired", "expired", "groupExpired"],
	["cancelled", "cancelled", "groupCancelled"],
] as const satisfies readonly (readonly [
	PortalGroup,
	string,
	keyof SchoolLocalization,
])[];

export function MyCoursesPage() {
	const { t, paths, signInUrl, navigate } = useSchool();
	const viewer = useSchoolViewer();
	const signedOut = viewer.data ? !viewer.data.user : false;
	const list = useMyEnrollments({ enabled: !!viewer.data?.user });
	const failed = viewer.isError || list.isError;
	const isPending = viewer.isPending || (!!viewer.data?.user && list.isPending);

	// Signed-out visitors are sent to the app's sign-in page, then back here.
	useEffect(() => {
		if (signedOut && signInUrl) void navigate(signInUrl(paths.myCourses()));
	}, [signedOut, signInUrl, navigate, paths]);

	const items = list.data?.items ?? [];
	const group = (name: PortalGroup) =>
		items.filter((e) => portalGroupOf(e) === name);
	return (
		<PageShell testId="school-my-courses-page" className="max-w-4xl">
			<h1 className="mb-6 text-3xl font-bold tracking-tight">
				{t.myCoursesTitle}
			</h1>
			{isPending ? (
				<LoadingBlock
					testId="portal-loading"
					className="flex flex-col gap-3"
					label={t.loading}
					blocks={["h-28 w-full", "h-28 w-full"]}
				/>
			) : signedOut ? (
				<p role="status">{t.signInRequired}</p>
			) : failed ? (
				// What failed and a retry; the server's own wording is not for learners.
				<LoadError
					what={t.myCoursesLoadError}
					testId="portal-error"
					onRetry={() => {
						if (viewer.isError) void viewer.refetch();
						else void list.refetch();
					}}
				/>
			) : items.length === 0 ? (
				<EmptyState
					testId="portal-empty"
					large
					title={t.noEnrollmentsTitle}
					action={
						<SchoolLink href={paths.catalog()} className={buttonClass()}>
							{t.browseCourses}
						</SchoolLink>
					}
				>
					{t.noEnrollmentsBody}
				</EmptyState>
			) : (
				<div className="flex flex-col gap-8">
					{groupOrder.map(([name, id, title]) => (
						<Group key={id} id={id} title={t[title]} entries={group(name)} />
					))}
				</div>
			)}
		</PageShell>
	);
}
