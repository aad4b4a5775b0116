import type { Adapter } from "@btst/stack/plugins/api";
import { expect } from "vitest";
import { getCourseById } from "../../src/api/getters";
import type { SchoolBackendOptions } from "../../src/api/plugin";
import type { QuizInput } from "../../src/quiz";
import type { Course, Enrollment } from "../../src/types";
import { memoryAdapter } from "./databases";
import { makeStack, seedCourse, type Who } from "./fixtures";

/** `makeStack(...).call`: one HTTP request through the composed handler as `who`. */
export type Call = ReturnType<typeof makeStack>["call"];
/** What `call` answers: `{ status, json, text, headers }`. */
export type ApiResponse = Awaited<ReturnType<Call>>;
/**
 * A query string without the `?`, or its fields. Raw strings stay byte-for-byte as written,
 * which the validation tests rely on (`limit=abc`, an encoded SQL fragment in `sort`).
 */
export type Query = string | Record<string, string | number>;

function withQuery(path: string, query?: Query): string {
	if (query === undefined) return path;
	const text =
		typeof query === "string"
			? query
			: new URLSearchParams(
					Object.entries(query).map(([k, v]) => [k, String(v)]),
				).toString();
	return text ? `${path}?${text}` : path;
}

/**
 * The school's HTTP API as named calls, so endpoint tests read like the API they exercise.
 * Each method sends exactly one request and returns `call`'s answer unchanged: tests still
 * assert status codes and bodies themselves. Bodies are `unknown` on purpose, since many
 * tests send what the API must refuse.
 */
export function schoolApiClient(call: Call) {
	const get = (who: Who, path: string, query?: Query) =>
		call(who, "GET", withQuery(path, query));
	return {
		// Catalog and public pages
		listCourses: (who: Who, query?: Query) =>
			get(who, "/school/courses", query),
		getFacets: (who: Who) => get(who, "/school/courses/facets"),
		/** By slug (what the course page uses) or id. */
		getCourse: (who: Who, slugOrId: string) =>
			get(who, `/school/courses/${slugOrId}`),
		getLesson: (who: Who, lessonId: string) =>
			get(who, `/school/lessons/${lessonId}`),
		getCertificate: (who: Who, certificateId: string) =>
			get(who, `/school/certificates/${certificateId}`),
		me: (who: Who, query?: Query) => get(who, "/school/me", query),
		getAccess: (who: Who, courseId: string, query?: Query) =>
			get(who, `/school/courses/${courseId}/access`, query),

		// Learner
		enroll: (who: Who, courseId: string, body?: unknown) =>
			call(who, "POST", `/school/courses/${courseId}/enroll`, body),
		getEnrollment: (who: Who, courseId: string, query?: Query) =>
			get(who, `/school/courses/${courseId}/enrollment`, query),
		cancelEnrollment: (who: Who, enrollmentId: string) =>
			call(who, "POST", `/school/enrollments/${enrollmentId}/cancel`),
		myEnrollments: (who: Who, query?: Query) =>
			get(who, "/school/me/enrollments", query),
		completeLesson: (who: Who, lessonId: string, body?: unknown) =>
			call(who, "POST", `/school/lessons/${lessonId}/complete`, body),
		savePosition: (who: Who, lessonId: string, body: unknown) =>
			call(who, "PUT", `/school/lessons/${lessonId}/position`, body),
		submitQuiz: (who: Who, lessonId: string, answers: unknown) =>
			call(who, "POST", `/school/lessons/${lessonId}/attempts`, { answers }),
		/** The attempt endpoint with any body, for the requests it must refuse. */
		postAttempt: (who: Who, lessonId: string, body: unknown) =>
			call(who, "POST", `/school/lessons/${lessonId}/attempts`, body),
		listAttempts: (who: Who, lessonId: string, query?: Query) =>
			get(who, `/school/lessons/${lessonId}/attempts`, query),

		// Instructor
		createCourse: (who: Who, body: unknown) =>
			call(who, "POST", "/school/courses", body),
		updateCourse: (who: Who, courseId: string, body: unknown) =>
			call(who, "PATCH", `/school/courses/${courseId}`, body),
		deleteCourse: (who: Who, courseId: string) =>
			call(who, "DELETE", `/school/courses/${courseId}`),
		createSection: (who: Who, courseId: string, body: unknown) =>
			call(who, "POST", `/school/courses/${courseId}/sections`, body),
		updateSection: (who: Who, sectionId: string, body: unknown) =>
			call(who, "PATCH", `/school/sections/${sectionId}`, body),
		deleteSection: (who: Who, sectionId: string) =>
			call(who, "DELETE", `/school/sections/${sectionId}`),
		createLesson: (who: Who, courseId: string, body: unknown) =>
			call(who, "POST", `/school/courses/${courseId}/lessons`, body),
		updateLesson: (who: Who, lessonId: string, body: unknown) =>
			call(who, "PATCH", `/school/lessons/${lessonId}`, body),
		deleteLesson: (who: Who, lessonId: string) =>
			call(who, "DELETE", `/school/lessons/${lessonId}`),
		saveCurriculum: (who: Who, courseId: string, body: unknown) =>
			call(who, "PUT", `/school/courses/${courseId}/curriculum`, body),
		instructorCourses: (who: Who, query?: Query) =>
			get(who, "/school/instructor/courses", query),
		/** The roster; `{ format: "csv" }` answers text/csv. */
		roster: (who: Who, courseId: string, query?: Query) =>
			get(who, `/school/instructor/courses/${courseId}/students`, query),
		/** One learner of a course, as its managers see them. */
		learner: (who: Who, courseId: string, userId: string) =>
			get(who, `/school/instructor/courses/${courseId}/students/${userId}`),
		analytics: (who: Who, courseId: string, query?: Query) =>
			get(who, `/school/instructor/courses/${courseId}/analytics`, query),
	};
}

export type SchoolApiClient = ReturnType<typeof schoolApiClient>;

/** The API client over a stack with its own options (hooks, pass mark, identity source). */
export function schoolApiWith(
	db: Adapter,
	options: Partial<SchoolBackendOptions>,
): SchoolApiClient {
	return schoolApiClient(makeStack(db, options).call);
}

/** Every identity the tests act as, signed out first. */
export const roles: Who[] = [
	"anonymous",
	"student",
	"otherStudent",
	"owner",
	"otherInstructor",
	"admin",
];

/** Asserts the status, showing the body when it differs. */
export function expectStatus(res: ApiResponse, status: number) {
	expect(res.status, `${res.status} ${res.text}`).toBe(status);
}

/** An error answer: the status and a human-readable message. */
export function expectError(
	res: ApiResponse,
	status: number,
	message?: RegExp,
) {
	expectStatus(res, status);
	expect(typeof res.json?.message).toBe("string");
	expect(res.json.message.length).toBeGreaterThan(0);
	if (message) expect(res.json.message).toMatch(message);
}

/** Nothing of a quiz's answer key (sampleQuiz's) is in the text. */
export function expectNoAnswerKeys(text: string) {
	expect(text).not.toContain("correct");
	expect(text).not.toContain("accepted");
	expect(text).not.toContain("explanation");
	expect(text).not.toContain("useState keeps state");
}

export type SeededCourse = Awaited<ReturnType<typeof seedCourse>>;

/**
 * One endpoint test's world: a fresh memory adapter (cheap, so one per test, as before the
 * split), the stack over it, the seeded course, and helpers whose course defaults to it.
 */
export async function seededSchool() {
	const db = memoryAdapter();
	const api = schoolApiClient(makeStack(db).call);
	const seeded = await seedCourse(db);

	/** Enrolls and asserts it worked (201 new, 200 already enrolled). */
	async function enrollAs(who: Who, courseId = seeded.course.id) {
		const res = await api.enroll(who, courseId);
		expect([200, 201], res.text).toContain(res.status);
		return res.json as { id: string; status: string };
	}

	/** The stored enrollment row (with fields the API never shows), or null. */
	async function enrollmentRow(userId: string, courseId = seeded.course.id) {
		return db.findOne<Enrollment>({
			model: "enrollment",
			where: [{ field: "enrollKey", value: `${courseId}:${userId}` }],
		});
	}

	async function courseRow(id = seeded.course.id): Promise<Course> {
		const row = await getCourseById(db, id);
		if (!row) throw new Error("course missing");
		return row;
	}

	/** Replaces the seeded quiz lesson's content in storage. */
	async function setQuiz(quiz: QuizInput) {
		await db.update({
			model: "lesson",
			where: [{ field: "id", value: seeded.quiz.id }],
			update: { content: JSON.stringify(quiz) },
		});
	}

	return { db, api, seeded, enrollAs, enrollmentRow, courseRow, setQuiz };
}

export type SeededSchool = Awaited<ReturnType<typeof seededSchool>>;
