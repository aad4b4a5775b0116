import { describe, expect, it } from "vitest";
import { type Action, can, toViewer, type Viewer } from "../src/api/access";
import type { Course, Enrollment, Lesson } from "../src/types";
import { users } from "./helpers/fixtures";

/**
 * `can()` as a table: every role × every action, for a published course owned by `owner`.
 * Drafts and previews, which change the answer for some roles, have their own rows below.
 */

const course = (over: Partial<Course> = {}): Course =>
	({
		id: "c1",
		instructorId: users.owner.id,
		status: "published",
		...over,
	}) as Course;
const lesson = (over: Partial<Lesson> = {}): Lesson =>
	({ id: "l1", courseId: "c1", isFreePreview: false, ...over }) as Lesson;
const enrollment = (over: Partial<Enrollment> = {}): Enrollment =>
	({
		id: "e1",
		courseId: "c1",
		userId: users.student.id,
		status: "enrolled",
		...over,
	}) as Enrollment;

type Role =
	| "anonymous"
	| "learner"
	| "enrolled learner"
	| "other instructor"
	| "owner instructor"
	| "admin";

const viewers: Record<Role, Viewer | null> = {
	anonymous: null,
	learner: toViewer(users.otherStudent),
	"enrolled learner": toViewer(users.student),
	"other instructor": toViewer(users.otherInstructor),
	"owner instructor": toViewer(users.owner),
	admin: toViewer(users.admin),
};

/** The enrollment each role holds in the course (only the enrolled learner has one). */
const enrollmentOf = (role: Role) =>
	role === "enrolled learner" ? enrollment() : null;

const roles = Object.keys(viewers) as Role[];
const c = course();

/** Expected answers in the order of `roles`. */
const table: [Action, (role: Role) => unknown, boolean[]][] = [
	["course.view", () => c, [true, true, true, true, true, true]],
	["course.manage", () => c, [false, false, false, false, true, true]],
	["course.create", () => null, [false, false, false, true, true, true]],
	["course.enroll", () => c, [false, true, true, true, true, true]],
	[
		"lesson.open",
		(role) => ({ course: c, lesson: lesson(), enrollment: enrollmentOf(role) }),
		[false, false, true, false, true, true],
	],
	[
		"lesson.study",
		(role) => ({ course: c, enrollment: enrollmentOf(role) }),
		[false, false, true, false, false, false],
	],
	["quiz.answers", () => c, [false, false, false, false, true, true]],
	[
		"enrollment.own",
		() => enrollment(),
		[false, false, true, false, false, false],
	],
	["roster.read", () => c, [false, false, false, false, true, true]],
	["analytics.read", () => c, [false, false, false, false, true, true]],
	["instructor.dashboard", () => null, [false, false, false, true, true, true]],
	["courses.all", () => null, [false, false, false, false, false, true]],
];

describe("can(): every role × action on a published course", () => {
	for (const [action, subjectFor, expected] of table) {
		it(action, () => {
			const answers = roles.map((role) =>
				can(viewers[role], action, subjectFor(role) as never),
			);
			expect(Object.fromEntries(roles.map((r, i) => [r, answers[i]]))).toEqual(
				Object.fromEntries(roles.map((r, i) => [r, expected[i]])),
			);
		});
	}
});

describe("can(): the cases that depend on the subject", () => {
	const draft = course({ status: "draft" });
	const answers = (fn: (v: Viewer | null, role: Role) => boolean) =>
		Object.fromEntries(roles.map((r) => [r, fn(viewers[r], r)]));

	it("a draft is visible to its managers only, and nobody enrolls in it", () => {
		expect(answers((v) => can(v, "course.view", draft))).toEqual({
			anonymous: false,
			learner: false,
			"enrolled learner": false,
			"other instructor": false,
			"owner instructor": true,
			admin: true,
		});
		expect(roles.some((r) => can(viewers[r], "course.enroll", draft))).toBe(
			false,
		);
	});

	it("a free preview of a published course opens for everyone, of a draft only for managers", () => {
		const preview = lesson({ isFreePreview: true });
		expect(
			roles.every((r) =>
				can(viewers[r], "lesson.open", {
					course: c,
					lesson: preview,
					enrollment: null,
				}),
			),
		).toBe(true);
		expect(
			answers((v) =>
				can(v, "lesson.open", {
					course: draft,
					lesson: preview,
					enrollment: null,
				}),
			),
		).toEqual({
			anonymous: false,
			learner: false,
			"enrolled learner": false,
			"other instructor": false,
			"owner instructor": true,
			admin: true,
		});
	});

	it("a cancelled enrollment, or someone else's, or another course's, opens nothing", () => {
		const student = viewers["enrolled learner"];
		for (const held of [
			enrollment({ status: "cancelled" }),
			enrollment({ userId: users.otherStudent.id }),
			enrollment({ courseId: "c2" }),
		]) {
			expect(
				can(student, "lesson.open", {
					course: c,
					lesson: lesson(),
					enrollment: held,
				}),
			).toBe(false);
			expect(
				can(student, "lesson.study", { course: c, enrollment: held }),
			).toBe(false);
		}
		expect(
			can(student, "lesson.study", {
				course: c,
				enrollment: enrollment({ status: "completed" }),
			}),
		).toBe(true);
	});

	it("roles come from the configured role names", () => {
		const teacher = toViewer(
			{ id: "t", roles: ["teacher"] },
			{ instructorRoles: ["teacher"], adminRoles: ["root"] },
		);
		expect(can(teacher, "course.create", null)).toBe(true);
		expect(can(teacher, "courses.all", null)).toBe(false);
		expect(
			can(
				toViewer(users.owner, { instructorRoles: ["teacher"] }),
				"course.create",
				null,
			),
		).toBe(false);
		const root = toViewer(
			{ id: "r", roles: ["root"] },
			{ adminRoles: ["root"] },
		);
		expect(can(root, "course.manage", c)).toBe(true);
	});
});
