import { beforeEach, describe, expect, it, vi } from "vitest";
import { NOTE_MAX_CHARS, NOTES_PER_LESSON_MAX } from "../../src/schemas";
import {
	expectError,
	expectStatus,
	type SeededCourse,
	type SeededSchool,
	schoolApiWith,
	seededSchool,
} from "../helpers/api";
import { memoryAdapter } from "../helpers/databases";
import { makeStack, seedCourse, users, type Who } from "../helpers/fixtures";

let school: SeededSchool;
let seeded: SeededCourse;
let call: ReturnType<typeof makeStack>["call"];
beforeEach(async () => {
	school = await seededSchool();
	seeded = school.seeded;
	call = makeStack(school.db).call;
});

const addNote = (who: Who, lessonId: string, body: unknown) =>
	call(who, "POST", `/school/lessons/${lessonId}/notes`, body);
const lessonNotes = (who: Who, lessonId: string) =>
	call(who, "GET", `/school/lessons/${lessonId}/notes`);
const courseNotes = (who: Who, courseId: string, query = "") =>
	call(who, "GET", `/school/courses/${courseId}/notes${query}`);

/** The student enrolled, with one bookmark at 12.34 s and one plain note on the paid text lesson. */
async function studentWithNotes() {
	await school.enrollAs("student");
	const bookmark = await addNote("student", seeded.video.id, {
		body: "Props flow down",
		positionSecs: 12.34,
	});
	expectStatus(bookmark, 201);
	const plain = await addNote("student", seeded.text.id, {
		body: "Components **compose**\nsecond line",
	});
	expectStatus(plain, 201);
	return { bookmark: bookmark.json, plain: plain.json };
}

describe("notes and bookmarks", () => {
	it("the author adds, lists per lesson and per course, edits and deletes", async () => {
		const { bookmark, plain } = await studentWithNotes();
		expect(bookmark).toMatchObject({
			lessonId: seeded.video.id,
			courseId: seeded.course.id,
			lessonTitle: "Welcome",
			positionSecs: 12,
		});
		expect(plain.positionSecs).toBeNull();
		expect(bookmark).not.toHaveProperty("userId");

		const lesson = await lessonNotes("student", seeded.video.id);
		expectStatus(lesson, 200);
		expect(lesson.json).toMatchObject({ total: 1, limit: 20, offset: 0 });
		expect(lesson.json.items.map((n: { id: string }) => n.id)).toEqual([
			bookmark.id,
		]);

		const course = await courseNotes("student", seeded.course.id);
		expect(course.json.total).toBe(2);
		expect(
			course.json.items.map((n: { lessonTitle: string }) => n.lessonTitle),
		).toEqual(["Welcome", "Components"]);

		const edited = await call("student", "PATCH", `/school/notes/${plain.id}`, {
			body: "Edited",
			positionSecs: 3,
		});
		expectStatus(edited, 200);
		expect(edited.json).toMatchObject({ body: "Edited", positionSecs: 3 });

		expectStatus(
			await call("student", "DELETE", `/school/notes/${plain.id}`),
			200,
		);
		expect((await courseNotes("student", seeded.course.id)).json.total).toBe(1);
		expectStatus(
			await call("student", "DELETE", `/school/notes/${plain.id}`),
			404,
		);
	});

	it("only the author ever reads or changes a note: every other role", async () => {
		const { bookmark, plain } = await studentWithNotes();
		await school.enrollAs("otherStudent");
		for (const who of ["anonymous"] as const) {
			expectStatus(await lessonNotes(who, seeded.video.id), 401);
			expectStatus(await courseNotes(who, seeded.course.id), 401);
			expectStatus(await courseNotes(who, seeded.course.id, "?format=md"), 401);
			expectStatus(await addNote(who, seeded.video.id, { body: "x" }), 401);
			expectStatus(
				await call(who, "PATCH", `/school/notes/${plain.id}`, { body: "x" }),
				401,
			);
			expectStatus(await call(who, "DELETE", `/school/notes/${plain.id}`), 401);
		}
		for (const who of [
			"otherStudent",
			"owner",
			"otherInstructor",
			"admin",
		] as const) {
			// Lists are always the caller's own: the author's notes never appear.
			for (const res of [
				await lessonNotes(who, seeded.video.id),
				await courseNotes(who, seeded.course.id),
			]) {
				expectStatus(res, 200);
				expect(res.json.total, who).toBe(0);
				expect(res.text).not.toContain("Props flow down");
			}
			const md = await courseNotes(who, seeded.course.id, "?format=md");
			expectStatus(md, 200);
			expect(md.text).not.toContain("Props flow down");
			// Someone else's note does not exist for them: 404, and it stays unchanged.
			for (const note of [bookmark, plain]) {
				expectError(
					await call(who, "PATCH", `/school/notes/${note.id}`, {
						body: "mine now",
					}),
					404,
				);
				expectError(await call(who, "DELETE", `/school/notes/${note.id}`), 404);
			}
		}
		const still = await courseNotes("student", seeded.course.id);
		expect(still.json.items.map((n: { body: string }) => n.body)).toEqual([
			"Props flow down",
			"Components **compose**\nsecond line",
		]);
	});

	it("a note needs a lesson the writer may open", async () => {
		// Not enrolled: the paid lesson is closed (403); a missing one is 404.
		expectStatus(
			await addNote("otherStudent", seeded.text.id, { body: "x" }),
			403,
		);
		expectStatus(await lessonNotes("otherStudent", seeded.text.id), 403);
		expectStatus(await addNote("student", "missing", { body: "x" }), 404);
		// A free preview is open to any signed-in visitor.
		expectStatus(
			await addNote("otherStudent", seeded.video.id, { body: "x" }),
			201,
		);
		// The course's instructor may keep notes on their own lesson too (their own).
		expectStatus(
			await addNote("owner", seeded.text.id, { body: "fix typo" }),
			201,
		);
	});

	it("bounds the body and the position, and the notes per lesson by a count", async () => {
		await school.enrollAs("student");
		for (const body of [
			{ body: "" },
			{ body: "   " },
			{ body: "x".repeat(NOTE_MAX_CHARS + 1) },
			{ body: "x", positionSecs: -1 },
			{ body: "x", positionSecs: "12" },
			{ body: "x", userId: users.otherStudent.id },
			{ body: "a\u0000b" },
		]) {
			expectError(await addNote("student", seeded.text.id, body), 400);
		}
		expectStatus(
			await addNote("student", seeded.text.id, {
				body: "x".repeat(NOTE_MAX_CHARS),
			}),
			201,
		);

		const db = memoryAdapter();
		const capped = await seedCourse(db);
		const api = schoolApiWith(db, {});
		await api.enroll("student", capped.course.id);
		const local = makeStack(db).call;
		const now = new Date();
		for (let i = 0; i < NOTES_PER_LESSON_MAX; i++)
			await db.create({
				model: "note",
				data: {
					userId: users.student.id,
					courseId: capped.course.id,
					lessonId: capped.text.id,
					body: `n${i}`,
					createdAt: now,
					updatedAt: now,
				},
			});
		const findMany = vi.spyOn(db, "findMany");
		const refused = await local(
			"student",
			"POST",
			`/school/lessons/${capped.text.id}/notes`,
			{ body: "one too many" },
		);
		expectError(refused, 409);
		expect(refused.json.code).toBe("note_limit");
		// The bound is a COUNT: no note row was read to decide it.
		expect(
			findMany.mock.calls.filter(([q]) => q.model === "note"),
		).toHaveLength(0);
	});

	it("exports the course's notes as Markdown in reading order with video times", async () => {
		await studentWithNotes();
		await addNote("student", seeded.video.id, {
			body: "Intro at start",
			positionSecs: 1,
		});
		const res = await courseNotes("student", seeded.course.id, "?format=md");
		expectStatus(res, 200);
		expect(res.headers.get("content-type")).toContain("text/markdown");
		expect(res.headers.get("content-disposition")).toContain(
			`${seeded.course.slug}-notes.md`,
		);
		expect(res.headers.get("cache-control")).toContain("no-store");
		expect(res.text).toBe(
			[
				"# React Basics",
				"",
				"## Welcome",
				"",
				"- **00:01** Intro at start",
				"- **00:12** Props flow down",
				"",
				"## Components",
				"",
				"- Components **compose**",
				"  second line",
				"",
			].join("\n"),
		);
		expectStatus(await courseNotes("student", "missing", "?format=md"), 404);
	});
});
