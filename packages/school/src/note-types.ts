/** Note records and the shape the note endpoints return. */

/** A learner's private note on a lesson; with `positionSecs` it is a bookmark in the video. */
export interface Note {
	id: string;
	userId: string;
	courseId: string;
	lessonId: string;
	body: string;
	positionSecs?: number | null;
	createdAt: Date;
	updatedAt: Date;
}

/** A note as its author reads it (never anyone else). `lessonTitle` for course-wide lists. */
export interface SerializedNote {
	id: string;
	courseId: string;
	lessonId: string;
	lessonTitle: string | null;
	body: string;
	positionSecs: number | null;
	createdAt: string;
	updatedAt: string;
}
