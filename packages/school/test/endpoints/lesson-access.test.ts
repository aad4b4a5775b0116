import { beforeEach, describe, expect, it } from "vitest";
import {
	expectError,
	expectNoAnswerKeys,
	expectStatus,
	roles,
} from "../helpers/api";
import type { Who } from "../helpers/fixtures";
import { api, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();
beforeEach(async () => {
	await school.enrollAs("student");
});

describe("lesson access matrix", () => {
	it("a non-preview lesson: anonymous 401, unenrolled 403, enrolled/owner/admin 200, other instructor 403", async () => {
		const expected: Record<Who, number> = {
			anonymous: 401,
			student: 200,
			otherStudent: 403,
			owner: 200,
			otherInstructor: 403,
			admin: 200,
		};
		for (const who of roles) {
			const res = await api.getLesson(who, seeded.text.id);
			expectStatus(res, expected[who]);
			if (res.status === 200) {
				expect(res.json.content).toBe("# Components\n\nSecret paid content");
				expect(res.json.resources).toEqual([
					{ label: "Docs", url: "https://react.dev" },
				]);
			} else {
				expect(res.text).not.toContain("Secret paid content");
				expect(res.text).not.toContain("react.dev");
			}
		}
	});

	it("a free-preview lesson of a published course is open to everyone", async () => {
		for (const who of roles) {
			const res = await api.getLesson(who, seeded.video.id);
			expectStatus(res, 200);
			expect(res.json.videoUrl).toBe("/media/intro.webm");
		}
	});

	it("quiz lessons: answer keys only for the owner and admins", async () => {
		const expected: Record<Who, number> = {
			anonymous: 401,
			student: 200,
			otherStudent: 403,
			owner: 200,
			otherInstructor: 403,
			admin: 200,
		};
		for (const who of roles) {
			const res = await api.getLesson(who, seeded.quiz.id);
			expectStatus(res, expected[who]);
			if (who === "owner" || who === "admin") {
				expect(res.json.quiz.questions[0].correct).toEqual(["a"]);
				expect(res.text).toContain("explanation");
			} else {
				expectNoAnswerKeys(res.text);
			}
		}
		const student = await api.getLesson("student", seeded.quiz.id);
		expect(student.json.content).toBeNull();
		expect(student.json.quiz.questions).toHaveLength(4);
		expect(student.json.quiz.passMark).toBe(60);
	});

	it("a free-preview quiz shows no answer keys to guests", async () => {
		const patch = await api.updateLesson("owner", seeded.quiz.id, {
			isFreePreview: true,
		});
		expectStatus(patch, 200);
		const res = await api.getLesson("anonymous", seeded.quiz.id);
		expectStatus(res, 200);
		expect(res.json.quiz.questions).toHaveLength(4);
		expectNoAnswerKeys(res.text);
	});

	it("a cancelled enrollment no longer opens lessons", async () => {
		const mine = await api.getEnrollment("student", seeded.course.id);
		expectStatus(await api.cancelEnrollment("student", mine.json.id), 200);
		expectStatus(await api.getLesson("student", seeded.text.id), 403);
	});

	it("unknown lessons are 404", async () => {
		expectError(await api.getLesson("student", "nope"), 404);
	});
});
