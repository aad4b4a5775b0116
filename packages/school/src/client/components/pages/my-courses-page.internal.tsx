"use client";
import { useEffect } from "react";
import type { PortalEntry } from "../../../types.js";
import { useMyEnrollments, useSchoolViewer } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { lessonHref } from "../learner/lesson-nav.js";
import { LoadError } from "../learner/lesson-states.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolImage, SchoolLink } from "../shared/link.js";
import { PageShell, ProgressBar, Skeleton } from "../shared/states.js";

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
				) : null}
			</div>
			<div className="flex min-w-0 flex-1 flex-col gap-2">
				<h3 className="font-semibold">
					<SchoolLink href={paths.course(slug)} className="hover:underline">
						{entry.course.title}
					</SchoolLink>
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
						<SchoolLink
							href={paths.course(slug)}
							className={buttonClass("outline", "sm")}
						>
							{entry.status === "expired" ? t.renewAccess : t.enrollAgain}
						</SchoolLink>
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

/** Which group of the portal an enrollment belongs to. */
export function portalGroupOf(
	entry: PortalEntry,
): "inProgress" | "completed" | "archived" | "expired" | "cancelled" {
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
	const group = (name: ReturnType<typeof portalGroupOf>) =>
		items.filter((e) => portalGroupOf(e) === name);
	return (
		<PageShell testId="school-my-courses-page" className="max-w-4xl">
			<h1 className="mb-6 text-3xl font-bold tracking-tight">
				{t.myCoursesTitle}
			</h1>
			{isPending ? (
				<div data-testid="portal-loading" className="flex flex-col gap-3">
					<span className="sr-only" role="status">
						{t.loading}
					</span>
					<Skeleton className="h-28 w-full" />
					<Skeleton className="h-28 w-full" />
				</div>
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
				<div
					data-testid="portal-empty"
					className="rounded-lg border border-dashed border-border p-10 text-center"
				>
					<h2 className="text-lg font-semibold">{t.noEnrollmentsTitle}</h2>
					<p className="mt-1 mb-4 text-muted-foreground">
						{t.noEnrollmentsBody}
					</p>
					<SchoolLink href={paths.catalog()} className={buttonClass()}>
						{t.browseCourses}
					</SchoolLink>
				</div>
			) : (
				<div className="flex flex-col gap-8">
					<Group
						id="in-progress"
						title={t.inProgress}
						entries={group("inProgress")}
					/>
					<Group
						id="completed"
						title={t.completed}
						entries={group("completed")}
					/>
					<Group
						id="archived"
						title={t.groupArchived}
						entries={group("archived")}
					/>
					<Group
						id="expired"
						title={t.groupExpired}
						entries={group("expired")}
					/>
					<Group
						id="cancelled"
						title={t.groupCancelled}
						entries={group("cancelled")}
					/>
				</div>
			)}
		</PageShell>
	);
}
