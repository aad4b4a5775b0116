"use client";
import type { ReactNode } from "react";
import type { FallbackProps } from "react-error-boundary";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { buttonClass, cn } from "./cn.js";
import { CourseLink, SchoolLink } from "./link.js";

export function PageShell({
	testId,
	children,
	className,
}: {
	testId: string;
	children: ReactNode;
	className?: string;
}) {
	return (
		<div
			data-testid={testId}
			className={cn(
				"school-page mx-auto w-full max-w-6xl px-4 py-8 text-foreground",
				className,
			)}
		>
			{children}
		</div>
	);
}

export function Skeleton({ className }: { className?: string }) {
	return (
		<div
			aria-hidden="true"
			className={cn("animate-pulse rounded-md bg-muted", className)}
		/>
	);
}

export function PageSkeleton() {
	const { t } = useSchool();
	return (
		<PageShell testId="school-loading">
			<span className="sr-only" role="status">
				{t.loading}
			</span>
			<Skeleton className="mb-4 h-9 w-1/3" />
			<Skeleton className="mb-8 h-5 w-1/2" />
			<div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
				{[0, 1, 2].map((i) => (
					<Skeleton key={i} className="h-64" />
				))}
			</div>
		</PageShell>
	);
}

/**
 * A page that is only a message: a card with the page's heading, an optional line of text and
 * the ways out of it (`children`). Errors, not-found and "not allowed" pages all use it, so they
 * look and read the same.
 */
export function MessagePage({
	testId,
	title,
	body,
	role,
	className,
	children,
}: {
	testId: string;
	title: string;
	body?: string;
	/** `"alert"` when the page replaces content that failed. */
	role?: "alert";
	className?: string;
	children: ReactNode;
}) {
	return (
		<PageShell testId={testId} className={className}>
			<div
				role={role}
				className="rounded-lg border border-border bg-card p-8 text-center text-card-foreground"
			>
				<h1 className={cn("text-2xl font-semibold", body ? "mb-2" : "mb-6")}>
					{title}
				</h1>
				{body ? <p className="mb-6 text-muted-foreground">{body}</p> : null}
				{children}
			</div>
		</PageShell>
	);
}

/** A whole page whose data could not load: the page's own shell with the error, announced. */
export function PageFailed({
	testId,
	className,
	message,
}: {
	testId: string;
	className?: string;
	message: string;
}) {
	return (
		<PageShell testId={testId} className={className}>
			<p role="alert" className="text-destructive">
				{message}
			</p>
		</PageShell>
	);
}

export function PageError({ error, resetErrorBoundary }: FallbackProps) {
	const { t } = useSchool();
	return (
		<MessagePage
			testId="school-error"
			role="alert"
			title={t.errorTitle}
			body={error instanceof Error ? error.message : String(error)}
		>
			<Button onClick={resetErrorBoundary}>{t.errorRetry}</Button>
		</MessagePage>
	);
}

/**
 * A page, course, lesson or quiz that does not exist (the route also answers 404), with a way
 * back: to the course first when `courseSlug` names one, and to the catalog.
 */
export function NotFoundState({
	title,
	body,
	courseSlug,
	testId = "school-not-found",
}: {
	title: string;
	body?: string;
	courseSlug?: string;
	testId?: string;
}) {
	const { t, paths } = useSchool();
	return (
		<MessagePage testId={testId} title={title} body={body}>
			<div className="flex flex-wrap justify-center gap-3">
				{courseSlug ? (
					<CourseLink
						slug={courseSlug}
						className={buttonClass()}
						data-testid="back-to-course"
					>
						{t.backToCourse}
					</CourseLink>
				) : null}
				<SchoolLink href={paths.catalog()} className={buttonClass("outline")}>
					{t.backToCatalog}
				</SchoolLink>
			</div>
		</MessagePage>
	);
}

export function ProgressBar({
	value,
	label,
}: {
	value: number;
	label: string;
}) {
	return (
		<div
			role="progressbar"
			aria-valuenow={value}
			aria-valuemin={0}
			aria-valuemax={100}
			aria-label={label}
			className="h-2 w-full overflow-hidden rounded-full bg-muted"
		>
			<div
				className="h-full rounded-full bg-primary transition-all"
				style={{ width: `${Math.min(100, Math.max(0, value))}%` }}
			/>
		</div>
	);
}
