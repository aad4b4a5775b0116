import { describe, expect, it } from "vitest";
import { expectError, expectStatus } from "../helpers/api";
import { seedCourse, users } from "../helpers/fixtures";
import { api, db, freshSchool, school, seeded } from "../helpers/per-test";

freshSchool();

describe("viewer and course access", () => {
	it("GET /school/me says who is asking, 200 even when signed out", async () => {
		const anon = await api.me("anonymous");
		expectStatus(anon, 200);
		expect(anon.json).toEqual({ user: null });
		const owner = await api.me("owner", { userId: "u-admin" });
		expect(owner.json.user).toEqual({
			id: users.owner.id,
			name: "Olive Owner",
			isInstructor: true,
			isAdmin: false,
		});
		const admin = await api.me("admin");
		expect(admin.json.user).toMatchObject({
			isInstructor: true,
			isAdmin: true,
		});
		const student = await api.me("student");
		expect(student.json.user).toMatchObject({
			isInstructor: false,
			isAdmin: false,
		});
		expect(student.text).not.toContain("sam@example.com");
	});

	it("GET /school/courses/:id/access gives only the caller's own enrollment", async () => {
		await school.enrollAs("student");
		await api.completeLesson("student", seeded.video.id);
		const courseId = seeded.course.id;
		const anon = await api.getAccess("anonymous", courseId);
		expectStatus(anon, 200);
		expect(anon.json).toEqual({
			signedIn: false,
			canManage: false,
			enrollment: null,
		});
		const mine = await api.getAccess("student", courseId);
		expect(mine.json).toMatchObject({
			signedIn: true,
			canManage: false,
			enrollment: { userId: users.student.id, completedLessons: 1 },
		});
		const other = await api.getAccess("otherStudent", courseId, {
			userId: users.student.id,
		});
		expect(other.json).toEqual({
			signedIn: true,
			canManage: false,
			enrollment: null,
		});
		expect((await api.getAccess("owner", courseId)).json).toMatchObject({
			canManage: true,
			enrollment: null,
		});
		expect(
			(await api.getAccess("otherInstructor", courseId)).json.canManage,
		).toBe(false);
		expect((await api.getAccess("admin", courseId)).json.canManage).toBe(true);
		const draft = await seedCourse(db, { title: "Draft", status: "draft" });
		expectError(await api.getAccess("student", draft.course.id), 404);
		expectError(await api.getAccess("otherInstructor", draft.course.id), 404);
		expectStatus(await api.getAccess("owner", draft.course.id), 200);
	});

	it("section bodies are strict too", async () => {
		for (const body of [{ courseId: "other" }, { title: "S", id: "x" }]) {
			expectError(
				await api.updateSection("owner", seeded.section.id, body),
				400,
			);
		}
	});
});
