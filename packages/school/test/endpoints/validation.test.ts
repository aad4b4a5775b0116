import { describe, expect, it } from "vitest";
import type { Lesson } from "../../src/types";
import { expectError, expectStatus } from "../helpers/api";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("input validation and stored XSS", () => {
	/** A new lesson in the seeded course. */
	const createLesson = (body: unknown) =>
		api.createLesson("owner", seeded.course.id, body);

	it("invalid quiz JSON on lesson create and update is 400 with a message", async () => {
		const bad = await createLesson({
			title: "Q",
			type: "quiz",
			content: "{nope",
		});
		expectError(bad, 400, /Quiz content must be valid JSON/);
		const invalid = await createLesson({
			title: "Q",
			type: "quiz",
			content: JSON.stringify({ questions: [] }),
		});
		expectError(invalid, 400, /at least one question/);
		const update = await api.updateLesson("owner", seeded.quiz.id, {
			content: "[1,2",
		});
		expectError(update, 400, /valid JSON/);
		const toQuiz = await api.updateLesson("owner", seeded.text.id, {
			type: "quiz",
		});
		expectError(toQuiz, 400);
		expect(await db.count({ model: "lesson" })).toBe(3);
		const student = await school.enrollAs("student");
		expect(student.status).toBe("enrolled");
		expectStatus(await api.getLesson("student", seeded.quiz.id), 200);
	});

	it("refuses javascript:, data: and protocol-relative URLs", async () => {
		for (const url of [
			"javascript:alert(1)",
			" JavaScript:alert(1)",
			"data:text/html,<script>alert(1)</script>",
			"//evil.example/x.mp4",
			"/\\evil.example/x.mp4",
			"/\t/evil.example/x.mp4",
			"vbscript:msgbox",
		]) {
			expectError(
				await createLesson({ title: "V", type: "video", videoUrl: url }),
				400,
			);
			expectError(
				await api.updateLesson("owner", seeded.video.id, { captionsUrl: url }),
				400,
			);
			expectError(
				await api.updateCourse("owner", seeded.course.id, { coverImage: url }),
				400,
			);
			expectError(
				await createLesson({
					title: "R",
					type: "text",
					resources: [{ label: "Click", url }],
				}),
				400,
			);
		}
		// Resources must be absolute http(s), not site paths.
		expectError(
			await createLesson({
				title: "R",
				type: "text",
				resources: [{ label: "Local", url: "/files/a.pdf" }],
			}),
			400,
		);
		expect(await db.count({ model: "lesson" })).toBe(3);
		const lesson = await db.findOne<Lesson>({
			model: "lesson",
			where: [{ field: "id", value: seeded.video.id }],
		});
		expect(lesson?.captionsUrl ?? null).toBeNull();
		expect((await school.courseRow()).coverImage ?? null).toBeNull();
	});

	it("accepts http(s) and site-path media", async () => {
		const res = await createLesson({
			title: "V",
			type: "video",
			videoUrl: "https://cdn.example.com/v.mp4",
			captionsUrl: "/captions/v.vtt",
			resources: [{ label: "Slides", url: "http://example.com/slides.pdf" }],
		});
		expectStatus(res, 201);
		expect(res.json.resources).toEqual([
			{ label: "Slides", url: "http://example.com/slides.pdf" },
		]);
	});

	it("titles and markdown are stored as given (escaping is the renderer's job)", async () => {
		const title = `<img src=x onerror="alert(1)"> Course`;
		const res = await api.createCourse("owner", {
			title,
			description: "<script>alert('d')</script>",
		});
		expectStatus(res, 201);
		expect(res.json.title).toBe(title);
		expect(res.json.description).toBe("<script>alert('d')</script>");
		const lesson = await api.createLesson("owner", res.json.id, {
			title: "<b>x</b>",
			type: "text",
			content: "[click](javascript:alert(1))",
		});
		expectStatus(lesson, 201);
		expect(lesson.json.content).toBe("[click](javascript:alert(1))");
	});

	it("refuses over-long and empty fields with a message", async () => {
		expectError(
			await api.createCourse("owner", { title: "x".repeat(201) }),
			400,
			/title/,
		);
		expectError(
			await api.createCourse("owner", { title: "   " }),
			400,
			/Title is required/,
		);
		expectError(await api.createCourse("owner", {}), 400);
		expectError(
			await api.createCourse("owner", { title: "T", price: -1 }),
			400,
		);
		expectError(
			await api.createCourse("owner", { title: "T", maxStudents: 0 }),
			400,
		);
		expectError(
			await api.createCourse("owner", { title: "T", currency: "EURO" }),
			400,
		);
		expectError(
			await api.createCourse("owner", { title: "T", status: "deleted" }),
			400,
		);
		expectError(await createLesson({ title: "L", type: "audio" }), 400);
		expectError(
			await api.createSection("owner", seeded.course.id, {
				title: "s".repeat(201),
			}),
			400,
		);
		expect(await db.count({ model: "course" })).toBe(1);
	});
});
