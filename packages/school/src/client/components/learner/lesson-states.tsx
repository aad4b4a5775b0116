"use client";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { CourseLink, SchoolLink } from "../shared/link.js";
import { Button } from "../ui/button.js";
import { LockIcon } from "./lock-icon.js";

/** A lesson this viewer cannot open: sign in, or enroll on the course page. */
export function LockedLesson({
	slug,
	signedIn,
	returnTo,
}: {
	slug: string;
	signedIn: boolean;
	returnTo: string;
}) {
	const { t, signInUrl } = useSchool();
	return (
		<div
			data-testid="lesson-locked"
			className="rounded-lg border border-border bg-card p-8 text-center"
		>
			<h2 className="mb-2 text-xl font-semibold">
				<LockIcon className="mr-2 h-5 w-5" />
				{t.lessonLockedTitle}
			</h2>
			<p className="mb-6 text-muted-foreground">
				{signedIn ? t.lessonLockedEnroll : t.lessonLockedSignIn}
			</p>
			<div className="flex flex-wrap justify-center gap-3">
				{!signedIn && signInUrl ? (
					<SchoolLink href={signInUrl(returnTo)} className={buttonClass()}>
						{t.signIn}
					</SchoolLink>
				) : null}
				<CourseLink
					slug={slug}
					hash="enroll"
					className={buttonClass(signedIn ? "primary" : "outline")}
					data-testid="locked-enroll"
				>
					{t.previewEnrollCta}
				</CourseLink>
			</div>
		</div>
	);
}

/**
 * A request that failed for a reason other than access (network, server): says what failed and
 * offers a retry, never a "locked" message. The server's own text is not shown.
 */
export function LoadError({
	what,
	onRetry,
	testId = "load-error",
}: {
	what: string;
	onRetry: () => void;
	testId?: string;
}) {
	const { t } = useSchool();
	return (
		<div
			role="alert"
			data-testid={testId}
			className="rounded-lg border border-destructive/40 bg-destructive/5 p-6 text-center"
		>
			<p className="font-semibold">{what}</p>
			<p className="mt-1 mb-4 text-sm text-muted-foreground">
				{t.checkConnection}
			</p>
			<Button variant="outline" onClick={onRetry} data-testid="retry">
				{t.errorRetry}
			</Button>
		</div>
	);
}
