import {
	type CreateLessonInput,
	updateLessonSchema,
} from "../../../schemas.js";
import type { CaptionTrack, LessonDetail, LessonType } from "../../../types.js";
import { apiFieldIssues, type PathIssue } from "../shared/api-issues.js";
import { captionRows } from "./caption-rows.js";
import {
	type DraftQuiz,
	draftFromQuiz,
	emptyQuiz,
	makeId,
} from "./quiz-draft.js";
import {
	emptyIssues,
	mapQuizIssues,
	type QuizIssues,
	validateQuiz,
} from "./quiz-issues.js";

/**
 * The lesson editor's form as pure data (no React): the state, the request body built from it,
 * and its validation with the package's own schemas. Issues are keyed by the body's field path
 * (`title`, `resources.0.url`), the same paths the server names in its 400 `issues`.
 */

export interface ResourceRow {
	/** The editor's own key for the row; not stored. */
	id: string;
	label: string;
	url: string;
}

export interface LessonFormState {
	title: string;
	type: LessonType;
	/** "" = no section. */
	sectionId: string;
	isFreePreview: boolean;
	/** As typed; empty = none. */
	durationMins: string;
	/** Pacing (#19): opens N days after enrollment, as typed; empty = no rule. */
	dripDays: string;
	/** Pacing: opens on this date (`yyyy-mm-dd`, UTC); empty = no rule. */
	dripDate: string;
	/** The stored lesson had a drip rule: clearing the fields is then sent, to remove it. */
	hadDrip: boolean;
	videoUrl: string;
	captionsUrl: string;
	/** The Markdown body of video and text lessons. */
	body: string;
	resources: ResourceRow[];
	/** Caption languages of video lessons (#20), as typed. */
	captions: CaptionTrack[];
	/** The stored lesson had caption tracks: an emptied list is then sent, to remove them. */
	hadCaptions: boolean;
	/** The quiz of quiz lessons. Kept while the type is changed, like the other fields. */
	quiz: DraftQuiz;
}

export interface FormIssues {
	/** Lesson fields by path: `title`, `videoUrl`, `resources.0.url`, `content`, ... */
	fields: Record<string, string[]>;
	quiz: QuizIssues;
}

export function emptyFormIssues(): FormIssues {
	return { fields: {}, quiz: emptyIssues() };
}

export function hasIssues(issues: FormIssues): boolean {
	const q = issues.quiz;
	return (
		Object.keys(issues.fields).length > 0 ||
		q.quiz.length > 0 ||
		Object.keys(q.settings).length > 0 ||
		Object.keys(q.questions).length > 0
	);
}

/** The form for a lesson being edited, or a blank one for a new lesson. */
export function formFromLesson(
	lesson: LessonDetail | null,
	defaults: { sectionId?: string | null } = {},
): LessonFormState {
	if (!lesson) {
		return {
			title: "",
			type: "text",
			sectionId: defaults.sectionId ?? "",
			isFreePreview: false,
			durationMins: "",
			dripDays: "",
			dripDate: "",
			hadDrip: false,
			videoUrl: "",
			captionsUrl: "",
			body: "",
			resources: [],
			captions: [],
			hadCaptions: false,
			quiz: emptyQuiz(),
		};
	}
	const quiz =
		lesson.type === "quiz" &&
		lesson.quiz &&
		lesson.quiz.questions.every((q) => "correct" in q || "accepted" in q)
			? draftFromQuiz(lesson.quiz as Parameters<typeof draftFromQuiz>[0])
			: emptyQuiz();
	const rows: ResourceRow[] = [];
	for (const r of lesson.resources ?? [])
		rows.push({
			id: makeId(
				"r",
				rows.map((x) => x.id),
			),
			label: r.label,
			url: r.url,
		});
	return {
		title: lesson.title,
		type: lesson.type,
		sectionId: lesson.sectionId ?? "",
		isFreePreview: lesson.isFreePreview,
		durationMins:
			lesson.durationMins === null || lesson.durationMins === undefined
				? ""
				: String(lesson.durationMins),
		dripDays: lesson.dripDays == null ? "" : String(lesson.dripDays),
		dripDate: lesson.dripDate ? lesson.dripDate.slice(0, 10) : "",
		hadDrip: lesson.dripDays != null || !!lesson.dripDate,
		videoUrl: lesson.videoUrl ?? "",
		captionsUrl: lesson.captionsUrl ?? "",
		body: lesson.type === "quiz" ? "" : (lesson.content ?? ""),
		resources: rows,
		captions: lesson.captions ?? [],
		hadCaptions: (lesson.captions ?? []).length > 0,
		quiz,
	};
}

export function addResource(form: LessonFormState): LessonFormState {
	return {
		...form,
		resources: [
			...form.resources,
			{
				id: makeId(
					"r",
					form.resources.map((r) => r.id),
				),
				label: "",
				url: "",
			},
		],
	};
}

export function removeResource(
	form: LessonFormState,
	id: string,
): LessonFormState {
	return { ...form, resources: form.resources.filter((r) => r.id !== id) };
}

export function updateResource(
	form: LessonFormState,
	id: string,
	patch: Partial<Omit<ResourceRow, "id">>,
): LessonFormState {
	return {
		...form,
		resources: form.resources.map((r) =>
			r.id === id ? { ...r, ...patch } : r,
		),
	};
}

/** Resource rows left entirely blank are dropped rather than reported. */
function resourceRows(form: LessonFormState) {
	return form.resources.filter((r) => r.label.trim() || r.url.trim());
}

/** The lesson fields without `content` (which depends on the type). */
function baseBody(form: LessonFormState) {
	const duration = form.durationMins.trim();
	return {
		title: form.title.trim(),
		type: form.type,
		sectionId: form.sectionId || null,
		isFreePreview: form.isFreePreview,
		durationMins: duration === "" ? null : Number(duration),
		// Drip fields only when set, or to clear a stored rule: other saves leave them alone.
		...(form.dripDays.trim() || form.dripDate || form.hadDrip
			? {
					dripDays: form.dripDays.trim() ? Number(form.dripDays) : null,
					dripDate: form.dripDate || null,
				}
			: {}),
		// Video fields are sent for video lessons only: another type leaves them as stored.
		...(form.type === "video"
			? {
					videoUrl: form.videoUrl.trim() || null,
					captionsUrl: form.captionsUrl.trim() || null,
					// Only when there are tracks, or were: a lesson without them keeps its body as before.
					...(form.captions.length || form.hadCaptions
						? { captions: captionRows(form.captions) }
						: {}),
				}
			: {}),
		resources: resourceRows(form).map((r) => ({
			label: r.label.trim(),
			url: r.url.trim(),
		})),
	};
}

/** Maps issues with body paths (`title`, `content.questions.0.prompt`) to where they belong. */
export function mapFormIssues(
	issues: readonly PathIssue[],
	type: LessonType,
): FormIssues {
	const fields: Record<string, string[]> = {};
	const quizIssues: PathIssue[] = [];
	for (const issue of issues) {
		const [head, ...rest] = issue.path.map((p) =>
			typeof p === "symbol" ? String(p) : p,
		);
		if (head === "content" && type === "quiz") {
			quizIssues.push({ path: rest, message: issue.message });
			continue;
		}
		const key = [head, ...rest].map(String).join(".") || "form";
		const list = fields[key] ?? [];
		if (!list.includes(issue.message)) list.push(issue.message);
		fields[key] = list;
	}
	return { fields, quiz: mapQuizIssues(quizIssues) };
}

/** Where the resource row `id` is in the body's `resources` (blank rows are not sent), or -1. */
export function resourceBodyIndex(form: LessonFormState, id: string): number {
	return resourceRows(form).findIndex((r) => r.id === id);
}

export type LessonBodyResult =
	| { ok: true; body: CreateLessonInput }
	| { ok: false; issues: FormIssues };

/**
 * The create/update body (only lesson fields), validated in the browser: the quiz with
 * `quizSchema`, the rest with the lesson schema. Quiz content is `JSON.stringify(quiz)`.
 */
export function buildLessonBody(form: LessonFormState): LessonBodyResult {
	let content: string | null;
	let quizIssues: QuizIssues | null = null;
	if (form.type === "quiz") {
		const quiz = validateQuiz(form.quiz);
		content = quiz.ok ? JSON.stringify(quiz.quiz) : null;
		if (!quiz.ok) quizIssues = quiz.issues;
	} else {
		content = form.body.trim() ? form.body : null;
	}
	const body = { ...baseBody(form), content };
	const result = updateLessonSchema.safeParse(body);
	if (result.success && !quizIssues) return { ok: true, body };
	const mapped = result.success
		? emptyFormIssues()
		: mapFormIssues(result.error.issues, form.type);
	return {
		ok: false,
		issues: { fields: mapped.fields, quiz: quizIssues ?? mapped.quiz },
	};
}

const lessonFieldNames = new Set([
	"title",
	"type",
	"sectionId",
	"content",
	"videoUrl",
	"captionsUrl",
	"captions",
	"durationMins",
	"dripDays",
	"dripDate",
	"isFreePreview",
	"resources",
]);

/**
 * A failed save's field issues placed beside their fields (`content.questions.0.options` goes to
 * the quiz builder). Null when the server named no lesson field.
 */
export function issuesFromServerError(
	error: unknown,
	type: LessonType,
): FormIssues | null {
	const { issues } = apiFieldIssues(error, lessonFieldNames);
	return issues.length ? mapFormIssues(issues, type) : null;
}

/** A comparable snapshot of the form, for the unsaved-changes check (row keys excluded). */
export function formSnapshot(form: LessonFormState): string {
	return JSON.stringify({
		...form,
		resources: form.resources.map(({ label, url }) => ({ label, url })),
		quiz: {
			...form.quiz,
			questions: form.quiz.questions.map((q) => ({
				...q,
				accepted: q.accepted.map((a) => a.text),
			})),
		},
	});
}
