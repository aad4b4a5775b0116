"use client";
import { useCancelEnrollment } from "../../hooks/school-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";

/** "Leave course": cancels the learner's enrollment after a confirmation. */
export function LeaveCourse({ enrollmentId }: { enrollmentId: string }) {
	const { t } = useSchool();
	const leave = useCancelEnrollment();
	const [confirm, dialog] = useConfirm();
	return (
		<div>
			<Button
				variant="ghost"
				className="w-full text-muted-foreground"
				data-testid="leave-course"
				disabled={leave.isPending}
				onClick={async () => {
					const ok = await confirm({
						title: t.leaveCourseTitle,
						body: t.leaveCourseBody,
						confirmLabel: t.leaveCourseConfirm,
						destructive: true,
					});
					if (ok) leave.mutate(enrollmentId);
				}}
			>
				{t.leaveCourse}
			</Button>
			{leave.error ? (
				<p role="alert" className="mt-1 text-sm text-destructive">
					{t.leaveCourseError}
				</p>
			) : null}
			{dialog}
		</div>
	);
}
