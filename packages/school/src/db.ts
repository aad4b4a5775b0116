import { createDbPlugin } from "@btst/stack/plugins/api";

const now = () => new Date();

/**
 * The school schema: the six models of the product spec plus the columns that correctness and
 * speed need. Each addition is explained beside it; the docs page lists them too.
 *
 * @btst/db has single-column indexes and unique keys only, so composite rules are enforced
 * through "key" columns that hold the joined values (e.g. `enrollKey = courseId:userId`):
 * a unique constraint on them is what makes concurrent requests safe on Postgres.
 */
export const schoolSchema = createDbPlugin("school", {
	course: {
		modelName: "course",
		fields: {
			title: { type: "string", required: true },
			slug: { type: "string", required: true, unique: true },
			description: { type: "string", required: false },
			coverImage: { type: "string", required: false },
			instructorId: { type: "string", required: true, index: true },
			/** Added: the instructor's display name, so catalog cards need no user lookups. */
			instructorName: { type: "string", required: false },
			category: { type: "string", required: false, index: true },
			/** JSON array of strings. */
			tags: { type: "string", required: false },
			difficulty: { type: "string", required: true, defaultValue: "beginner" },
			durationMins: { type: "number", required: false },
			price: { type: "number", required: true, defaultValue: 0 },
			currency: { type: "string", required: true, defaultValue: "USD" },
			status: {
				type: "string",
				required: true,
				defaultValue: "draft",
				index: true,
			},
			maxStudents: { type: "number", required: false },
			/** Pacing (#19): JSON array of course ids that must be completed first. */
			prerequisites: { type: "string", required: false },
			/** Pacing: when prerequisites apply, `enroll` (default) or `start` (lessons stay locked). */
			prerequisiteMode: { type: "string", required: false },
			/** Pacing: each lesson opens only after the previous one is completed. */
			sequential: { type: "boolean", required: false, defaultValue: false },
			/** Pacing: an enrollment gives lesson access for this many days; null = for ever. */
			accessDays: { type: "number", required: false },
			/** Added: lower-cased title + description, so search is one case-insensitive LIKE. */
			searchText: { type: "string", required: false },
			/**
			 * Added: counters kept by the server (recounted, never incremented blindly), so the
			 * catalog and the dashboard need no per-course counting queries.
			 */
			lessonCount: { type: "number", required: true, defaultValue: 0 },
			lessonDurationMins: { type: "number", required: true, defaultValue: 0 },
			enrollmentCount: { type: "number", required: true, defaultValue: 0 },
			completionCount: { type: "number", required: true, defaultValue: 0 },
			/**
			 * Added (reviews): visible reviews, the sum of their stars, and the average × 100
			 * rounded (number columns are integers), recounted from the review rows per star so
			 * the catalog can filter and sort by rating without reading reviews. Not required, so
			 * the columns can be added to a table that already has courses (NULL reads as 0).
			 */
			ratingCount: { type: "number", required: false, defaultValue: 0 },
			ratingSum: { type: "number", required: false, defaultValue: 0 },
			ratingScore: { type: "number", required: false, defaultValue: 0 },
			/** Added (richer course page): a one-line pitch under the title. */
			subtitle: { type: "string", required: false },
			/** JSON arrays of strings: "What you'll learn" and the requirements. */
			outcomes: { type: "string", required: false },
			requirements: { type: "string", required: false },
			/** Who the course is for (plain text). */
			audience: { type: "string", required: false },
			/** A file, YouTube or Vimeo URL, under the player's URL rules. */
			promoVideoUrl: { type: "string", required: false },
			/** Overrides of the instructor's name/bio/avatar for this course's page. */
			instructorBio: { type: "string", required: false },
			instructorAvatar: { type: "string", required: false },
			createdAt: { type: "date", required: true, defaultValue: now },
			updatedAt: { type: "date", required: true, defaultValue: now },
		},
	},
	section: {
		modelName: "section",
		fields: {
			courseId: { type: "string", required: true, index: true },
			title: { type: "string", required: true },
			order: { type: "number", required: true, defaultValue: 0 },
			/** Pacing (#19): every lesson of the section opens N days after enrollment. */
			dripDays: { type: "number", required: false },
			/** Pacing: every lesson of the section opens on this date (UTC). */
			dripDate: { type: "date", required: false },
		},
	},
	lesson: {
		modelName: "lesson",
		fields: {
			courseId: { type: "string", required: true, index: true },
			sectionId: { type: "string", required: false, index: true },
			title: { type: "string", required: true },
			type: { type: "string", required: true },
			content: { type: "string", required: false },
			videoUrl: { type: "string", required: false },
			/** Added: a WebVTT caption track for video lessons. */
			captionsUrl: { type: "string", required: false },
			/** Added: JSON array of `{language, label, url}` WebVTT tracks (caption languages). */
			captions: { type: "string", required: false },
			durationMins: { type: "number", required: false },
			order: { type: "number", required: true, defaultValue: 0 },
			isFreePreview: { type: "boolean", required: true, defaultValue: false },
			/** JSON array of `{label, url}`. */
			resources: { type: "string", required: false },
			/** Pacing (#19): the lesson opens N days after the learner's enrollment. */
			dripDays: { type: "number", required: false },
			/** Pacing: the lesson opens on this date (UTC). */
			dripDate: { type: "date", required: false },
			createdAt: { type: "date", required: true, defaultValue: now },
			updatedAt: { type: "date", required: true, defaultValue: now },
		},
	},
	enrollment: {
		modelName: "enrollment",
		fields: {
			courseId: { type: "string", required: true, index: true },
			userId: { type: "string", required: true, index: true },
			/** Added: `courseId:userId`, unique, so two concurrent enrolls make one row. */
			enrollKey: { type: "string", required: true, unique: true },
			/**
			 * Added: `courseId:seatNo` while an enrollment holds one of `maxStudents` seats, null
			 * otherwise. Unique, so concurrent enrolls can never overfill a course.
			 */
			seatKey: { type: "string", required: false, unique: true },
			status: { type: "string", required: true, defaultValue: "enrolled" },
			progressPct: { type: "number", required: true, defaultValue: 0 },
			lastLessonId: { type: "string", required: false },
			certificateId: { type: "string", required: false, unique: true },
			paymentRef: { type: "string", required: false },
			/** Added: name and email at enrollment time, for the roster and the certificate. */
			learnerName: { type: "string", required: false },
			learnerEmail: { type: "string", required: false },
			/**
			 * Added (roster in the database): name + email folded (lower case, no accents, LIKE
			 * wildcards inert) so the roster's search is one `contains`, and the folded name and
			 * email as sort keys. Written with learnerName/learnerEmail; `backfillSearchColumns`
			 * fills them for rows written before they existed.
			 */
			learnerSearch: { type: "string", required: false },
			learnerNameKey: { type: "string", required: false },
			learnerEmailKey: { type: "string", required: false },
			enrolledAt: { type: "date", required: true, defaultValue: now },
			completedAt: { type: "date", required: false },
			/**
			 * Pacing (#19): when lesson access ends (`enrolledAt` + the course's `accessDays`); null =
			 * never. Past it the enrollment reads as `expired`; progress and certificate stay.
			 */
			accessEndsAt: { type: "date", required: false },
			/** Added: the learner's last progress or heartbeat, for the roster. */
			lastActivityAt: { type: "date", required: false },
		},
	},
	lessonProgress: {
		modelName: "lessonProgress",
		fields: {
			enrollmentId: { type: "string", required: true, index: true },
			lessonId: { type: "string", required: true, index: true },
			/** Added: lets course-wide progress be counted without a join. */
			courseId: { type: "string", required: true, index: true },
			/** Added: `enrollmentId:lessonId`, unique: one progress row per lesson and learner. */
			progressKey: { type: "string", required: true, unique: true },
			completed: { type: "boolean", required: true, defaultValue: false },
			completedAt: { type: "date", required: false },
			positionSecs: { type: "number", required: true, defaultValue: 0 },
		},
	},
	/** Added: a learner's private note on a lesson, optionally at a video time (a bookmark). */
	note: {
		modelName: "note",
		fields: {
			userId: { type: "string", required: true, index: true },
			courseId: { type: "string", required: true, index: true },
			lessonId: { type: "string", required: true, index: true },
			body: { type: "string", required: true },
			/** Seconds into the lesson's video; null for a note on the lesson as a whole. */
			positionSecs: { type: "number", required: false },
			createdAt: { type: "date", required: true, defaultValue: now },
			updatedAt: { type: "date", required: true, defaultValue: now },
		},
	},
	quizAttempt: {
		modelName: "quizAttempt",
		fields: {
			lessonId: { type: "string", required: true, index: true },
			userId: { type: "string", required: true, index: true },
			/** Added: `lessonId:userId:n`, unique, so concurrent submissions cannot pass the attempt limit. */
			attemptKey: { type: "string", required: true, unique: true },
			/** JSON array of `{questionId, answer}`. */
			answers: { type: "string", required: true },
			score: { type: "number", required: true },
			passed: { type: "boolean", required: true },
			attemptedAt: { type: "date", required: true, defaultValue: now },
		},
	},
	/** A learner's rating of a course (1-5) with optional plain text; one per learner and course. */
	review: {
		modelName: "review",
		fields: {
			courseId: { type: "string", required: true, index: true },
			userId: { type: "string", required: true, index: true },
			/** `courseId:userId`, unique: two concurrent first reviews make one row. */
			reviewKey: { type: "string", required: true, unique: true },
			rating: { type: "number", required: true },
			body: { type: "string", required: false },
			authorName: { type: "string", required: false },
			/** Hidden by a manager: kept for its author, out of the list and the average. */
			hidden: { type: "boolean", required: true, defaultValue: false },
			reply: { type: "string", required: false },
			repliedAt: { type: "date", required: false },
			createdAt: { type: "date", required: true, defaultValue: now },
			updatedAt: { type: "date", required: true, defaultValue: now },
		},
	},
});
