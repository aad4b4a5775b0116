"use client";
import { type ReactNode, useEffect } from "react";
import type { CourseStatus, SchoolViewer } from "../../../types";
import { useSchoolViewer } from "../../hooks/school-hooks";
import { useSchool } from "../../hooks/use-school";
import { buttonClass, cn } from "../shared/cn";
import { SchoolLink } from "../shared/link";
import { PageShell, Skeleton } from "../shared/states";

export type InstructorViewer = NonNullable<SchoolViewer["user"]>;

/**
 * Lets only instructors (and admins) in. It asks `GET /school/me` first, which always answers
 * 200, so visitors who may not manage courses cause no failing requests: signed-out visitors
 * go to the app's sign-in page (then back to `returnTo`), others see "instructors only".
 */
export function InstructorGate({
	returnTo,
	testId,
	children,
}: {
	returnTo: string;
	testId: string;
	children: (viewer: InstructorViewer) => ReactNode;
}) {
	const { t, signInUrl, navigate } = useSchool();
	const viewer = useSchoolViewer();
	const signedOut = viewer.data ? !viewer.data.user : false;

	useEffect(() => {
		if (signedOut && signInUrl) void navigate(signInUrl(returnTo));
	}, [signedOut, signInUrl, navigate, returnTo]);

	if (viewer.isPending) {
		return (
			<PageShell testId={testId}>
				<span className="sr-only" role="status">
					{t.loading}
				</span>
				<Skeleton className="mb-4 h-9 w-1/3" />
				<Skeleton className="h-48 w-full" />
			</PageShell>
		);
	}
	if (viewer.error) {
		return (
			<PageShell testId={testId}>
				<p role="alert">{viewer.error.message}</p>
			</PageShell>
		);
	}
	const user = viewer.data?.user;
	if (!user) {
		return (
			<PageShell testId={testId}>
				<p role="status">{t.instructorSignIn}</p>
			</PageShell>
		);
	}
	if (!user.isInstructor && !user.isAdmin) return <InstructorForbidden />;
	return <>{children(user)}</>;
}

export function InstructorForbidden() {
	const { t, paths } = useSchool();
	return (
		<PageShell testId="instructor-forbidden" className="max-w-2xl">
			<div className="rounded-lg border border-border bg-card p-8 text-center text-card-foreground">
				<h1 className="mb-2 text-2xl font-semibold">{t.instructorOnlyTitle}</h1>
				<p className="mb-6 text-muted-foreground">{t.instructorOnlyBody}</p>
				<SchoolLink href={paths.catalog()} className={buttonClass("outline")}>
					{t.backToCatalog}
				</SchoolLink>
			</div>
		</PageShell>
	);
}

export function statusLabel(
	t: ReturnType<typeof useSchool>["t"],
	status: CourseStatus,
): string {
	return status === "published"
		? t.statusPublished
		: status === "archived"
			? t.statusArchived
			: t.statusDraft;
}

/** A course status as a small badge (text, not colour alone, tells the status). */
export function StatusBadge({ status }: { status: CourseStatus }) {
	const { t } = useSchool();
	return (
		<span
			data-testid="course-status"
			data-status={status}
			className={cn(
				"inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-medium whitespace-nowrap",
				status === "published" &&
					"border-primary/30 bg-primary/10 text-foreground",
				status === "draft" && "border-border bg-muted text-muted-foreground",
				status === "archived" &&
					"border-dashed border-border bg-background text-muted-foreground",
			)}
		>
			<span
				aria-hidden="true"
				className={cn(
					"h-1.5 w-1.5 rounded-full",
					status === "published" ? "bg-primary" : "bg-muted-foreground/60",
				)}
			/>
			{statusLabel(t, status)}
		</span>
	);
}
