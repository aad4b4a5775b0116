import { z } from "zod";
import {
	catalogSortValues,
	courseStatusValues,
	difficultyValues,
	enrollmentStatusValues,
	instructorCourseSortValues,
	lessonTypeValues,
	rosterProgressValues,
	rosterSortValues,
} from "./enums.js";
import { isCurrencyCode } from "./money.js";
import { answersSchema, quizSchema } from "./quiz.js";
import { text } from "./text.js";

export {
	catalogSortValues,
	courseStatusValues,
	difficultyValues,
	lessonTypeValues,
};

/**
 * Slugs that would collide with the plugin's fixed routes: under `/learn` (pages) and under
 * `/school/courses` (the `facets` endpoint shadows `/school/courses/:slug`).
 */
export const RESERVED_SLUGS = [
	"me",
	"instructor",
	"certificates",
	"new",
	"facets",
] as const;

/** http(s) URLs only: `javascript:` and `data:` links are refused on write. */
export const httpUrl = z
	.string()
	.trim()
	.max(2048)
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === "http:" || url.protocol === "https:";
		} catch {
			return false;
		}
	}, "Must be an http(s) URL");

/**
 * A media URL: http(s), or a path on this site (`/videos/intro.webm`). `//host`, `/\host` and
 * paths with control characters (`/<tab>/host`, which browsers strip) are refused: browsers read
 * them as links to another site.
 */
export const mediaUrl = z
	.string()
	.trim()
	.max(2048)
	.refine(
		(value) =>
			/^\/(?![/\\])\P{Cc}*$/u.test(value) || httpUrl.safeParse(value).success,
		"Must be an http(s) URL or a path starting with /",
	);

export const slugSchema = z
	.string()
	.trim()
	.min(1)
	.max(80)
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		"Use lower-case letters, digits and single dashes",
	)
	.refine(
		(s) => !(RESERVED_SLUGS as readonly string[]).includes(s),
		"This slug is reserved",
	);

const tagsSchema = z
	.array(text().trim().min(1).max(40))
	.max(20)
	.transform((tags) => [...new Set(tags.map((t) => t.toLowerCase()))]);

/** Course page list items ("What you'll learn", requirements): short lines of plain text. */
const pitchList = z.array(text().trim().min(1).max(200)).max(20);

/** The course page's selling fields (#18). Plain text; URLs under the media rules. */
const coursePitchFields = {
	subtitle: text().trim().max(160).nullish(),
	outcomes: pitchList.optional(),
	requirements: pitchList.optional(),
	audience: text().trim().max(1000).nullish(),
	/** A file, YouTube or Vimeo URL: what the lesson player accepts. */
	promoVideoUrl: mediaUrl.nullish(),
	/** The instructor's name on this course; defaults to the app user's name. */
	instructorName: text().trim().min(1).max(120).nullish(),
	instructorBio: text().trim().max(2000).nullish(),
	instructorAvatar: mediaUrl.nullish(),
};

/**
 * Pacing (#19): a drip date, as an ISO date (`2026-09-01`, UTC midnight) or date-time; server
 * code (the import, duplication) may pass a `Date`.
 */
export const dripDateSchema = z
	.union([z.iso.date(), z.iso.datetime({ offset: true }), z.date()])
	.transform((value) => new Date(value));

/** Pacing (#19): drip fields of a lesson or a section. */
const dripFields = {
	/** Opens this many days after the learner's enrollment. */
	dripDays: z.number().int().min(0).max(3650).nullish(),
	/** Opens on this date (UTC). */
	dripDate: dripDateSchema.nullish(),
};

const courseFields = {
	title: text().trim().min(1, "Title is required").max(200),
	slug: slugSchema.optional(),
	description: text().max(20000).nullish(),
	coverImage: mediaUrl.nullish(),
	category: text().trim().min(1).max(60).nullish(),
	tags: tagsSchema.optional(),
	difficulty: z.enum(difficultyValues).optional(),
	durationMins: z.number().int().min(0).max(100000).nullish(),
	/** In the currency's minor unit (cents for USD, yen for JPY, fils for KWD): an integer. */
	price: z.number().int().min(0).max(100_000_000).optional(),
	currency: z
		.string()
		.trim()
		.regex(/^[A-Za-z]{3}$/, "Use a 3-letter currency code")
		.transform((c) => c.toUpperCase())
		.refine(isCurrencyCode, "Use an ISO 4217 currency code")
		.optional(),
	maxStudents: z.number().int().min(1).max(1_000_000).nullish(),
	/** Pacing (#19): ids of courses to complete first. */
	prerequisites: z.array(text().min(1).max(64)).max(20).optional(),
	prerequisiteMode: z.enum(["enroll", "start"]).optional(),
	sequential: z.boolean().optional(),
	/** Days of lesson access an enrollment gives; null = for ever. */
	accessDays: z.number().int().min(1).max(36500).nullish(),
	...coursePitchFields,
	status: z.enum(courseStatusValues).optional(),
};

/** Course creation. Ownership, counters and timestamps are the server's, never the body's. */
export const createCourseSchema = z.strictObject(courseFields);
/**
 * What `POST /school/courses` accepts: a new course is signed with the caller's own name, so
 * `instructorName` is refused there (no creating courses in someone else's name). The owner may
 * override it afterwards on their course (`PATCH`), and server code (import, seeding) may set it.
 */
export const createCourseBodySchema = createCourseSchema.omit({
	instructorName: true,
});
export const updateCourseSchema = z.strictObject({
	...courseFields,
	title: courseFields.title.optional(),
});

export const createSectionSchema = z.strictObject({
	title: text().trim().min(1, "Title is required").max(200),
	order: z.number().int().min(0).max(10000).optional(),
	...dripFields,
});
export const updateSectionSchema = createSectionSchema.partial();

export const resourceSchema = z.strictObject({
	label: text().trim().min(1, "Label is required").max(200),
	url: httpUrl,
});

/** One caption track: a BCP 47 language tag, the label the player shows, and a WebVTT URL. */
export const captionTrackSchema = z.strictObject({
	language: text()
		.trim()
		.min(2, "Language is required")
		.max(35)
		.regex(
			/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/,
			"Use a language tag like en or pt-BR",
		),
	label: text().trim().min(1, "Label is required").max(80),
	url: mediaUrl,
});

const lessonFields = {
	title: text().trim().min(1, "Title is required").max(200),
	type: z.enum(lessonTypeValues),
	sectionId: text().min(1).max(64).nullish(),
	content: text().max(100000).nullish(),
	videoUrl: mediaUrl.nullish(),
	captionsUrl: mediaUrl.nullish(),
	durationMins: z.number().int().min(0).max(10000).nullish(),
	order: z.number().int().min(0).max(10000).optional(),
	isFreePreview: z.boolean().optional(),
	resources: z.array(resourceSchema).max(50).optional(),
	...dripFields,
	captions: z.array(captionTrackSchema).max(20).optional(),
};

/** Quiz lessons must carry valid quiz JSON in `content`: checked here, on write. */
function checkQuizContent(
	lesson: { type?: string; content?: string | null },
	ctx: z.RefinementCtx,
) {
	if (lesson.type !== "quiz" || lesson.content === undefined) return;
	let json: unknown;
	try {
		json = JSON.parse(lesson.content ?? "");
	} catch {
		ctx.addIssue({
			code: "custom",
			path: ["content"],
			message: "Quiz content must be valid JSON",
		});
		return;
	}
	const result = quizSchema.safeParse(json);
	if (!result.success) {
		for (const issue of result.error.issues) {
			ctx.addIssue({
				code: "custom",
				path: ["content", ...issue.path.map(String)],
				message: issue.message,
			});
		}
	}
}

export const createLessonSchema = z
	.strictObject(lessonFields)
	.superRefine((lesson, ctx) => {
		if (lesson.type === "quiz" && !lesson.content) {
			ctx.addIssue({
				code: "custom",
				path: ["content"],
				message: "A quiz lesson needs quiz content",
			});
		}
		checkQuizContent(lesson, ctx);
	});
export const updateLessonSchema = z.strictObject({
	...lessonFields,
	title: lessonFields.title.optional(),
	type: lessonFields.type.optional(),
});

/** One call that sets the whole order: sections in order, each with its lessons in order. */
export const curriculumSchema = z.strictObject({
	sections: z
		.array(
			z.strictObject({
				id: text().min(1).max(64),
				lessonIds: z.array(text().min(1).max(64)).max(1000),
			}),
		)
		.max(200),
	/** Lessons outside any section, in order. */
	unsectionedLessonIds: z.array(text().min(1).max(64)).max(1000).default([]),
});

export const catalogQuerySchema = z.object({
	q: text().trim().max(200).optional(),
	category: text().trim().max(60).optional(),
	tag: text().trim().max(40).optional(),
	difficulty: z.enum(difficultyValues).optional(),
	price: z.enum(["free", "paid"]).optional(),
	/** Courses rated at least this many stars on average (1-5, halves allowed). */
	minRating: z.coerce.number().min(1).max(5).multipleOf(0.5).optional(),
	sort: z.enum(catalogSortValues).default("newest"),
	limit: z.coerce.number().int().min(1).max(100).default(20),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The facets' filters: the catalog's, without sort and paging (each facet ignores its own). */
export const catalogFacetQuerySchema = catalogQuerySchema.pick({
	q: true,
	category: true,
	tag: true,
	difficulty: true,
	price: true,
	minRating: true,
});

/** A learner's review: 1-5 stars and optional plain text (rendered as text, never as HTML). */
export const reviewSchema = z.strictObject({
	rating: z.number().int().min(1).max(5),
	body: text().trim().max(2000).nullish(),
});

/** A manager's one reply to a review. */
export const reviewReplySchema = z.strictObject({
	reply: text().trim().min(1).max(2000),
});

/** Hide (default) or show again a review. */
export const reviewHideSchema = z.strictObject({
	hidden: z.boolean().default(true),
});

export const pageQuerySchema = z.object({
	limit: z.coerce.number().int().min(1).max(100).default(20),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The dashboard's course list: title search, status filter, a sortable column. */
export const instructorCoursesQuerySchema = pageQuerySchema.extend({
	q: text().trim().max(200).optional(),
	status: z.enum(courseStatusValues).optional(),
	sort: z.enum(instructorCourseSortValues).default("updated"),
	dir: z.enum(["asc", "desc"]).optional(),
});

/** A roster page: name/email search, status and progress filters, a sortable column. */
export const rosterQuerySchema = pageQuerySchema.extend({
	format: z.enum(["json", "csv"]).default("json"),
	q: text().trim().max(200).optional(),
	status: z.enum(enrollmentStatusValues).optional(),
	progress: z.enum(rosterProgressValues).optional(),
	sort: z.enum(rosterSortValues).default("enrolled"),
	dir: z.enum(["asc", "desc"]).optional(),
});

/** Analytics over the last `days` days (attempts and completions made since then); all time without. */
export const analyticsQuerySchema = z.object({
	days: z.coerce.number().int().min(1).max(3650).optional(),
});

export const positionSchema = z.strictObject({
	positionSecs: z
		.number()
		.min(0)
		.max(60 * 60 * 24),
});

export const submitAttemptSchema = z.strictObject({ answers: answersSchema });

export type CreateCourseInput = z.input<typeof createCourseSchema>;
export type UpdateCourseInput = z.input<typeof updateCourseSchema>;
export type CreateSectionInput = z.input<typeof createSectionSchema>;
export type UpdateSectionInput = z.input<typeof updateSectionSchema>;
export type CreateLessonInput = z.input<typeof createLessonSchema>;
export type UpdateLessonInput = z.input<typeof updateLessonSchema>;
export type CurriculumInput = z.input<typeof curriculumSchema>;
export type CatalogQuery = z.input<typeof catalogQuerySchema>;

/** Note and bookmark bodies are bounded: a note is a note, not a document. */
export const NOTE_MAX_CHARS = 4000;
/** Notes one learner may keep on one lesson (counted, never listed, before each new one). */
export const NOTES_PER_LESSON_MAX = 200;

export const createNoteSchema = z.strictObject({
	body: text().trim().min(1, "Write something first").max(NOTE_MAX_CHARS),
	/** Seconds into the lesson's video: a bookmark. Null or absent for the lesson as a whole. */
	positionSecs: z.number().min(0).max(86_400).nullish(),
});
export const updateNoteSchema = createNoteSchema.partial();
export type CreateNoteInput = z.input<typeof createNoteSchema>;
export type UpdateNoteInput = z.input<typeof updateNoteSchema>;
