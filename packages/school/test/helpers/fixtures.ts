import type { Adapter } from "@btst/stack/plugins/api";
import {
	createCourse,
	createLesson,
	createSection,
	recordAttempt,
	updateCourse,
} from "../../src/api/mutations";
import {
	type SchoolBackendOptions,
	schoolBackendPlugin,
} from "../../src/api/plugin";
import type { QuizInput } from "../../src/quiz";
import type { SchoolUser } from "../../src/types";
import { stack as createStack } from "./btst-compat";

export const users = {
	owner: {
		id: "u-owner",
		name: "Olive Owner",
		email: "olive@example.com",
		roles: ["instructor"],
	},
	otherInstructor: {
		id: "u-other-instr",
		name: "Ian Other",
		email: "ian@example.com",
		roles: ["instructor"],
	},
	admin: {
		id: "u-admin",
		name: "Ada Admin",
		email: "ada@example.com",
		roles: ["admin"],
	},
	student: {
		id: "u-student",
		name: "Sam Student",
		email: "sam@example.com",
		roles: ["student"],
	},
	otherStudent: {
		id: "u-other",
		name: "Oscar Other",
		email: "oscar@example.com",
		roles: ["student"],
	},
} satisfies Record<string, SchoolUser>;

export type Who = keyof typeof users | "anonymous";

export const sampleQuiz: QuizInput = {
	passMark: 60,
	maxAttempts: 3,
	showAnswers: "after_pass",
	questions: [
		{
			id: "q1",
			type: "single",
			prompt: "Which hook stores state?",
			options: [
				{ id: "a", text: "useState" },
				{ id: "b", text: "useRef" },
			],
			correct: ["a"],
			explanation: "useState keeps state between renders.",
		},
		{
			id: "q2",
			type: "multiple",
			prompt: "Which are hooks?",
			options: [
				{ id: "a", text: "useMemo" },
				{ id: "b", text: "render" },
				{ id: "c", text: "useEffect" },
			],
			correct: ["a", "c"],
		},
		{
			id: "q3",
			type: "true_false",
			prompt: "JSX is JavaScript?",
			correct: true,
		},
		{
			id: "q4",
			type: "short_text",
			prompt: "Name the library",
			accepted: ["React"],
		},
	],
};

export const correctAnswers = [
	{ questionId: "q1", answer: "a" },
	{ questionId: "q2", answer: ["c", "a"] },
	{ questionId: "q3", answer: true },
	{ questionId: "q4", answer: " react " },
];
export const wrongAnswers = [
	{ questionId: "q1", answer: "b" },
	{ questionId: "q2", answer: ["a"] },
	{ questionId: "q3", answer: false },
	{ questionId: "q4", answer: "vue" },
];

/** A published course with a section, a preview video, a text lesson and a quiz. */
/** Records graded attempts without grading: `attempt(userId, lessonId, score)`, 70 passes. */
export const attemptsIn =
	(db: Adapter) => (userId: string, lessonId: string, score: number) =>
		recordAttempt(db, {
			lessonId,
			userId,
			answers: [],
			score,
			passed: score >= 70,
			maxAttempts: 0,
		});

export async function seedCourse(
	db: Adapter,
	overrides: {
		title?: string;
		price?: number;
		maxStudents?: number | null;
		status?: "draft" | "published";
		category?: string;
		tags?: string[];
	} = {},
) {
	const course = await createCourse(
		db,
		{
			title: overrides.title ?? "React Basics",
			description: "Learn **React** from scratch",
			category: overrides.category ?? "Web",
			tags: overrides.tags ?? ["react", "javascript"],
			difficulty: "beginner",
			price: overrides.price ?? 0,
			maxStudents: overrides.maxStudents ?? null,
		},
		users.owner,
	);
	const section = await createSection(db, course.id, {
		title: "Getting started",
	});
	const video = await createLesson(db, course.id, {
		title: "Welcome",
		type: "video",
		sectionId: section.id,
		videoUrl: "/media/intro.webm",
		durationMins: 5,
		isFreePreview: true,
		content: "Intro notes",
	});
	const text = await createLesson(db, course.id, {
		title: "Components",
		type: "text",
		sectionId: section.id,
		content: "# Components\n\nSecret paid content",
		durationMins: 10,
		resources: [{ label: "Docs", url: "https://react.dev" }],
	});
	const quiz = await createLesson(db, course.id, {
		title: "Check yourself",
		type: "quiz",
		sectionId: section.id,
		content: JSON.stringify(sampleQuiz),
	});
	const published =
		overrides.status === "draft"
			? course
			: await updateCourse(db, course, { status: "published" });
	return { course: published, section, video, text, quiz };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
type Json = any;

/** The composed BTST handler with an identity source that reads an `x-test-user` header. */
export function makeStack(
	adapter: Adapter,
	options: Partial<SchoolBackendOptions> = {},
) {
	const stack = createStack({
		basePath: "/api/data",
		plugins: {
			school: schoolBackendPlugin({
				getUser: ({ headers }) => {
					const who = headers?.get("x-test-user") as Who | null;
					return who && who !== "anonymous" ? users[who] : null;
				},
				...options,
			}),
		},
		adapter: () => adapter,
	});
	async function call(
		who: Who,
		method: string,
		path: string,
		body?: unknown,
	): Promise<{ status: number; json: Json; text: string; headers: Headers }> {
		const headers = new Headers({ "x-test-user": who });
		if (body !== undefined) headers.set("content-type", "application/json");
		const res = await stack.handler(
			new Request(`http://localhost/api/data${path}`, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body),
			}),
		);
		const text = await res.text();
		let json: Json = null;
		try {
			json = text ? JSON.parse(text) : null;
		} catch {}
		return { status: res.status, json, text, headers: res.headers };
	}
	return { stack, call };
}
