import { describe, expect, it } from "vitest";
import { createCourse, createLesson } from "../../src/api/mutations";
import { expectError, expectNoAnswerKeys, expectStatus } from "../helpers/api";
import { sampleQuiz, users } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("lesson management through the API", () => {
	it("creating a lesson returns it with its quiz for the owner and recounts progress", async () => {
		await school.enrollAs("student");
		await api.completeLesson("student", seeded.video.id);
		const quiz = await api.createLesson("owner", seeded.course.id, {
			title: "Second quiz",
			type: "quiz",
			sectionId: seeded.section.id,
			content: JSON.stringify(sampleQuiz),
		});
		expectStatus(quiz, 201);
		expect(quiz.json.quiz.questions[0].correct).toEqual(["a"]);
		expect((await school.enrollmentRow(users.student.id))?.progressPct).toBe(
			25,
		);
		const forStudent = await api.getLesson("student", quiz.json.id);
		expectNoAnswerKeys(forStudent.text);
		const deleted = await api.deleteLesson("owner", quiz.json.id);
		expectStatus(deleted, 200);
		expect((await school.enrollmentRow(users.student.id))?.progressPct).toBe(
			33,
		);
	});

	it("a lesson created directly in a draft course stays hidden", async () => {
		const draft = await createCourse(db, { title: "Hidden" }, users.owner);
		const lesson = await createLesson(db, draft.id, {
			title: "Free?",
			type: "text",
			isFreePreview: true,
		});
		expectError(await api.getLesson("anonymous", lesson.id), 404);
		expectStatus(await api.getLesson("owner", lesson.id), 200);
	});
});
