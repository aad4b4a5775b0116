import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listOutbox, type OutboxKind } from "@/lib/outbox";
import { currentUser } from "@/lib/session";

export const metadata: Metadata = {
	title: "Outbox · Acme School",
	robots: { index: false },
};

/** The demo's pages use UTC: the same text on the server and in every browser. */
const dateTime = new Intl.DateTimeFormat("en-US", {
	dateStyle: "medium",
	timeStyle: "short",
	timeZone: "UTC",
});

const KIND_LABELS: Record<OutboxKind, string> = {
	welcome: "Welcome",
	"lesson-complete": "Lesson complete",
	certificate: "Certificate",
	"quiz-result": "Quiz result",
	"enrollment-cancelled": "Left a course",
	"course-changed": "Course change",
};

/**
 * What the school's hooks "sent": the demo writes a message for each hook instead of mailing
 * it, so the hooks' effects are visible. Newest first; a learner sees their own messages, an
 * admin sees everyone's.
 */
export default async function OutboxPage() {
	const user = await currentUser();
	if (!user) redirect(`/sign-in?next=${encodeURIComponent("/outbox")}`);
	const admin = user.roles.includes("admin");
	const messages = await listOutbox(admin ? null : user.id);
	return (
		<div className="space-y-6" data-testid="outbox-page">
			<div className="space-y-1">
				<h1 className="text-3xl font-bold tracking-tight">Outbox</h1>
				<p className="text-muted-foreground">
					{admin
						? "Every message the school's hooks sent, for all users."
						: "Messages the school sent you: the plugin's hooks at work."}{" "}
					No mail server is involved: a real app would pass the same data to its
					mailer.
				</p>
			</div>
			{messages.length === 0 ? (
				<p className="text-muted-foreground" data-testid="outbox-empty">
					Nothing yet. Enroll in a course, finish a lesson or take a quiz.
				</p>
			) : (
				<ol className="space-y-3" data-testid="outbox-list">
					{messages.map((m) => (
						<li
							key={m.id}
							data-testid="outbox-message"
							data-kind={m.kind}
							className="rounded-lg border border-border bg-card p-4"
						>
							<div className="flex flex-wrap items-baseline justify-between gap-2">
								<h2 className="font-semibold">{m.subject}</h2>
								<time
									dateTime={m.createdAt}
									className="text-sm text-muted-foreground"
								>
									{dateTime.format(new Date(m.createdAt))} UTC
								</time>
							</div>
							<p className="text-sm text-muted-foreground">
								<span className="rounded-full bg-muted px-2 py-0.5 text-xs">
									{KIND_LABELS[m.kind] ?? m.kind}
								</span>{" "}
								to {m.toEmail ?? m.userId}
							</p>
							<p className="mt-2 text-sm">{m.body}</p>
						</li>
					))}
				</ol>
			)}
		</div>
	);
}
