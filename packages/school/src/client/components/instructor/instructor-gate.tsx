"use client";
import { type ReactNode, useEffect } from "react";
import type { SchoolViewer } from "../../../types.js";
import { useSchoolViewer } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { MessagePage, PageFailed, PageShell } from "../shared/states.js";
import { PageLoading } from "../ui/loading-block.js";
import { ToastProvider } from "../ui/toast.js";

export type InstructorViewer = NonNullable<SchoolViewer["user"]>;

/**
 * The one gate of the instructor pages (dashboard, course editor, lesson editor): lets only
 * instructors (and admins) in. It asks `GET /school/me` first, which always answers
 * 200, so visitors who may not manage courses cause no failing requests: signed-out visitors
 * go to the app's sign-in page (then back to `returnTo`), others see "instructors only".
 */
export function InstructorGate({
	returnTo,
	testId,
	className,
	children,
}: {
	returnTo: string;
	/** The page root's test id, also on the gate's own loading and sign-in states. */
	testId: string;
	/** The page root's width, so the page does not jump when the gate lets the viewer in. */
	className?: string;
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
			<PageLoading
				testId={testId}
				className={className}
				blocks={["mb-4 h-9 w-1/3", "h-48 w-full"]}
			/>
		);
	}
	if (viewer.error) {
		return (
			<PageFailed
				testId={testId}
				className={className}
				message={viewer.error.message}
			/>
		);
	}
	const user = viewer.data?.user;
	if (!user) {
		return (
			<PageShell testId={testId} className={className}>
				<p role="status">{t.instructorSignIn}</p>
			</PageShell>
		);
	}
	if (!user.isInstructor && !user.isAdmin) return <InstructorForbidden />;
	// Every instructor page reports saves and failures through toasts.
	return <ToastProvider>{children(user)}</ToastProvider>;
}

export function InstructorForbidden() {
	const { t, paths } = useSchool();
	return (
		<MessagePage
			testId="instructor-forbidden"
			className="max-w-2xl"
			title={t.instructorOnlyTitle}
			body={t.instructorOnlyBody}
		>
			<SchoolLink href={paths.catalog()} className={buttonClass("outline")}>
				{t.backToCatalog}
			</SchoolLink>
		</MessagePage>
	);
}
