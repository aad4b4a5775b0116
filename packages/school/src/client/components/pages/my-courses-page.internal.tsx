"use client";
import { useEffect } from "react";
import type { PortalEntry } from "../../../types.js";
import { useMyEnrollments, useSchoolViewer } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolImage, SchoolLink } from "../shared/link.js";
import { PageShell, ProgressBar, Skeleton } from "../shared/states.js";

function EntryCard({ entry }: { entry: PortalEntry }) {
	const { t, paths, format } = useSchool();
	const done = entry.status === "completed";
	const resume = entry.lastLessonId
		? paths.lesson(entry.course.slug, entry.lastLessonId)
		: paths.course(entry.course.slug);
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
					<SchoolLink
						href={paths.course(entry.course.slug)}
						className="hover:underline"
					>
						{entry.course.title}
					</SchoolLink>
				</h3>
				<ProgressBar
					value={entry.progressPct}
					label={t.progressLabel(entry.progressPct)}
				/>
				<p className="text-sm text-muted-foreground">
					{t.progressLabel(entry.progressPct)}
					{entry.lastLessonTitle && !done
						? ` · ${t.lastLesson(entry.lastLessonTitle)}`
						: ""}
					{done && entry.completedAt
						? ` · ${t.completedOn(format.date(entry.completedAt))}`
						: ""}
				</p>
				<div className="flex flex-wrap gap-2">
					<SchoolLink
						href={resume}
						className={buttonClass(done ? "outline" : "primary", "sm")}
					>
						{t.continueLearning}
					</SchoolLink>
					{done && entry.certificateId ? (
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

export function MyCoursesPage() {
	const { t, paths, signInUrl, navigate } = useSchool();
	const viewer = useSchoolViewer();
	const signedOut = viewer.data ? !viewer.data.user : false;
	const {
		data,
		error: listError,
		isPending: listPending,
	} = useMyEnrollments({ enabled: !!viewer.data?.user });
	const error = viewer.error ?? listError;
	const isPending = viewer.isPending || (!!viewer.data?.user && listPending);

	// Signed-out visitors are sent to the app's sign-in page, then back here.
	useEffect(() => {
		if (signedOut && signInUrl) void navigate(signInUrl(paths.myCourses()));
	}, [signedOut, signInUrl, navigate, paths]);

	const inProgress = data?.items.filter((e) => e.status === "enrolled") ?? [];
	const completed = data?.items.filter((e) => e.status === "completed") ?? [];
	return (
		<PageShell testId="school-my-courses-page" className="max-w-4xl">
			<h1 className="mb-6 text-3xl font-bold tracking-tight">
				{t.myCoursesTitle}
			</h1>
			{isPending ? (
				<Skeleton className="h-32 w-full" />
			) : signedOut ? (
				<p role="status">{t.signInRequired}</p>
			) : error ? (
				<p role="alert">{error.message}</p>
			) : data && data.items.length === 0 ? (
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
					{inProgress.length ? (
						<section aria-labelledby="in-progress-heading">
							<h2
								id="in-progress-heading"
								className="mb-3 text-xl font-semibold"
							>
								{t.inProgress}
							</h2>
							<ul className="m-0 flex list-none flex-col gap-3 p-0">
								{inProgress.map((e) => (
									<EntryCard key={e.id} entry={e} />
								))}
							</ul>
						</section>
					) : null}
					{completed.length ? (
						<section aria-labelledby="completed-heading">
							<h2 id="completed-heading" className="mb-3 text-xl font-semibold">
								{t.completed}
							</h2>
							<ul className="m-0 flex list-none flex-col gap-3 p-0">
								{completed.map((e) => (
									<EntryCard key={e.id} entry={e} />
								))}
							</ul>
						</section>
					) : null}
				</div>
			)}
		</PageShell>
	);
}
