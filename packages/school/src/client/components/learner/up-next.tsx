"use client";
import { useEffect, useRef, useState } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass } from "../shared/cn.js";
import { SchoolLink } from "../shared/link.js";
import { Button } from "../ui/button.js";

/** Seconds before the next lesson opens by itself. */
export const UP_NEXT_SECS = 5;

/**
 * After a video ends: the next lesson opens after a short countdown, which the learner can
 * cancel or skip. Announced politely; focus moves to it so keyboard users can cancel at once.
 */
export function UpNext({
	title,
	href,
	onCancel,
}: {
	title: string;
	href: string;
	onCancel: () => void;
}) {
	const { t, navigate } = useSchool();
	const [left, setLeft] = useState(UP_NEXT_SECS);
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => {
		box.current?.focus();
		const timer = setInterval(() => setLeft((s) => s - 1), 1000);
		return () => clearInterval(timer);
	}, []);
	useEffect(() => {
		if (left <= 0) void navigate?.(href);
	}, [left, href, navigate]);
	return (
		<div
			ref={box}
			tabIndex={-1}
			role="status"
			data-testid="up-next"
			className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-primary/40 bg-primary/5 p-4 outline-none focus-visible:ring-2 focus-visible:ring-ring"
		>
			<div>
				<p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
					{t.upNextTitle}
				</p>
				<p className="font-medium">{title}</p>
				<p
					className="text-sm text-muted-foreground"
					data-testid="up-next-count"
				>
					{t.upNextIn(Math.max(0, left))}
				</p>
			</div>
			<div className="flex gap-2">
				<Button
					variant="outline"
					onClick={onCancel}
					data-testid="up-next-cancel"
				>
					{t.upNextCancel}
				</Button>
				<SchoolLink
					href={href}
					className={buttonClass()}
					data-testid="up-next-play"
				>
					{t.upNextPlay}
				</SchoolLink>
			</div>
		</div>
	);
}
