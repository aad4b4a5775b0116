import type {
	SchoolCourseChange,
	SchoolHookContext,
	SchoolPluginHooks,
} from "btst-school/api";
import { sql } from "kysely";
import { getDb } from "./db";

/**
 * The demo's outbox: every school hook "sends" a message by writing a row here, and `/outbox`
 * shows them (a learner sees their own, an admin sees everyone's). A real app would hand the
 * same data to a mailer (the docs show nodemailer); the demo has no mail server.
 */

export type OutboxKind =
	| "welcome"
	| "lesson-complete"
	| "certificate"
	| "quiz-result"
	| "enrollment-cancelled"
	| "course-changed";

export interface OutboxMessage {
	id: string;
	userId: string;
	toEmail: string | null;
	kind: OutboxKind;
	subject: string;
	body: string;
	createdAt: string;
}

async function send(message: Omit<OutboxMessage, "id" | "createdAt">) {
	await sql`
		insert into demo_outbox (id, user_id, to_email, kind, subject, body)
		values (${crypto.randomUUID()}, ${message.userId}, ${message.toEmail},
			${message.kind}, ${message.subject}, ${message.body})
	`.execute(getDb());
}

/**
 * Writes a message without ever failing the school action that triggered it: the hooks that
 * run after a write must not undo it (and `onAfterEnroll` would take the enrollment back).
 */
async function deliver(message: Omit<OutboxMessage, "id" | "createdAt">) {
	try {
		await send(message);
	} catch (error) {
		console.error("[school-demo] outbox write failed", error);
	}
}

const to = (ctx: SchoolHookContext) => ({
	userId: ctx.user.id,
	toEmail: ctx.user.email ?? null,
});

const CHANGE_WORDS: Record<SchoolCourseChange["type"], string> = {
	created: "created",
	updated: "updated",
	published: "published",
	unpublished: "unpublished",
	archived: "archived",
	deleted: "deleted",
	curriculumChanged: "curriculum changed",
};

/** The school hooks that write to the outbox (`lib/stack.ts` adds its own alongside). */
export const outboxHooks = {
	onAfterEnroll: (_enrollment, course, ctx) =>
		deliver({
			...to(ctx),
			kind: "welcome",
			subject: `Welcome to ${course.title}`,
			body: `You are enrolled in "${course.title}". Start with the first lesson whenever you like.`,
		}),
	onLessonComplete: ({ lesson, course, completedLessons, totalLessons }, ctx) =>
		deliver({
			...to(ctx),
			kind: "lesson-complete",
			subject: `Lesson complete: ${lesson.title}`,
			body: `${completedLessons} of ${totalLessons} lessons of "${course.title}" done.`,
		}),
	onCourseComplete: async (enrollment, course, ctx) => {
		const certificateId = crypto.randomUUID();
		await deliver({
			...to(ctx),
			// The learner's own address: an instructor's deletion can complete it for them.
			userId: enrollment.userId,
			toEmail: enrollment.learnerEmail ?? null,
			kind: "certificate",
			subject: `Your certificate for ${course.title}`,
			body: `Congratulations! Your certificate: /pages/learn/certificates/${certificateId}`,
		});
		return { certificateId };
	},
	onQuizSubmit: (attempt, lesson, ctx) =>
		deliver({
			...to(ctx),
			kind: "quiz-result",
			subject: `Quiz result: ${lesson.title}`,
			body: `You scored ${attempt.score}% — ${attempt.passed ? "passed" : "not passed yet"}.`,
		}),
	onEnrollmentCancelled: (_enrollment, course, ctx) =>
		deliver({
			...to(ctx),
			kind: "enrollment-cancelled",
			subject: `You left ${course.title}`,
			body: `Your progress is kept if you enroll in "${course.title}" again.`,
		}),
	onCourseChanged: (change, ctx) =>
		deliver({
			...to(ctx),
			kind: "course-changed",
			subject: `Course ${CHANGE_WORDS[change.type]}: ${change.course.title}`,
			body: `"${change.course.title}" was ${CHANGE_WORDS[change.type]}.`,
		}),
} satisfies SchoolPluginHooks;

/** Newest first: one user's messages, or everyone's for an admin (`userId: null`). */
export async function listOutbox(
	userId: string | null,
	limit = 100,
): Promise<OutboxMessage[]> {
	const result = await sql<{
		id: string;
		user_id: string;
		to_email: string | null;
		kind: OutboxKind;
		subject: string;
		body: string;
		created_at: Date | string;
	}>`
		select id, user_id, to_email, kind, subject, body, created_at from demo_outbox
		where (${userId}::text is null or user_id = ${userId})
		order by created_at desc, id desc
		limit ${limit}
	`.execute(getDb());
	return result.rows.map((r) => ({
		id: r.id,
		userId: r.user_id,
		toEmail: r.to_email,
		kind: r.kind,
		subject: r.subject,
		body: r.body,
		createdAt: new Date(r.created_at).toISOString(),
	}));
}
