import {
	act,
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../src/api/query-key-defs";
import { withoutTitleHeading } from "../src/client/components/learner/lesson-nav";
import { CoursePage } from "../src/client/components/pages/course-page.internal";
import { LessonPage } from "../src/client/components/pages/lesson-page.internal";
import { MyCoursesPage } from "../src/client/components/pages/my-courses-page.internal";
import { QuizPage } from "../src/client/components/pages/quiz-page.internal";
import { QuizForm } from "../src/client/components/shared/quiz-form";
import type { PublicQuiz } from "../src/quiz";
import type {
	CourseAccess,
	EnrollmentDetail,
	LessonDetail,
	PortalEntry,
} from "../src/types";
import {
	createTestQueryClient,
	makeCourse,
	makeCourseDetail,
	makeEnrollmentDetail,
	renderWithCourse,
	renderWithSchool,
	type StubHandler,
	signedOutAccess,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const course = makeCourseDetail();

const enrollment = (over: Partial<EnrollmentDetail> = {}) =>
	makeEnrollmentDetail({ continueLessonId: "l1", ...over });
const enrolled: CourseAccess = {
	signedIn: true,
	canManage: false,
	enrollment: enrollment(),
};
const signedOut = signedOutAccess;

function lesson(over: Partial<LessonDetail> = {}): LessonDetail {
	return {
		id: "l2",
		courseId: "c1",
		sectionId: "s1",
		title: "Components",
		type: "text",
		content: "# Components\n\nComponents are functions.",
		videoUrl: null,
		captionsUrl: null,
		captions: [],
		durationMins: 10,
		order: 1,
		isFreePreview: false,
		resources: [],
		quiz: null,
		createdAt: new Date(0).toISOString(),
		updatedAt: new Date(0).toISOString(),
		...over,
	};
}

function renderPage(ui: React.ReactNode, routes: Record<string, StubHandler>) {
	return renderWithCourse(ui, course, routes);
}

describe("lesson page", () => {
	it("a failed enrollment check says so and retries; it never claims the lesson is locked", async () => {
		let fail = true;
		renderPage(<LessonPage slug="intro" lessonId="l2" />, {
			"GET /school/courses/c1/access": () =>
				fail
					? { status: 500, body: { message: "db exploded at row 42" } }
					: { body: enrolled },
			"GET /school/lessons/l2": { body: lesson() },
		});
		const error = await screen.findByTestId("load-error");
		expect(error.textContent).toContain("could not check your enrollment");
		expect(error.textContent).not.toContain("db exploded");
		expect(screen.queryByTestId("lesson-locked")).toBeNull();
		fail = false;
		fireEvent.click(within(error).getByRole("button", { name: "Try again" }));
		await screen.findByTestId("mark-complete");
		expect(screen.queryByTestId("load-error")).toBeNull();
	});

	it("a failed lesson load offers a retry instead of a locked message", async () => {
		renderPage(<LessonPage slug="intro" lessonId="l2" />, {
			"GET /school/courses/c1/access": { body: enrolled },
			"GET /school/lessons/l2": { status: 503, body: { message: "down" } },
		});
		const error = await screen.findByTestId("load-error");
		expect(error.textContent).toContain("could not load this lesson");
		expect(screen.queryByTestId("lesson-locked")).toBeNull();
	});

	it("shows the title once: a leading heading equal to it is dropped", async () => {
		renderPage(<LessonPage slug="intro" lessonId="l2" />, {
			"GET /school/courses/c1/access": { body: enrolled },
			"GET /school/lessons/l2": { body: lesson() },
		});
		await screen.findByText("Components are functions.");
		expect(screen.getAllByRole("heading", { name: "Components" })).toHaveLength(
			1,
		);
	});

	it("after completing, names the next lesson as the next step", async () => {
		let done = false;
		renderPage(<LessonPage slug="intro" lessonId="l2" />, {
			"GET /school/courses/c1/access": () => ({
				body: {
					...enrolled,
					enrollment: enrollment({
						lessons: done
							? [
									{
										lessonId: "l2",
										completed: true,
										completedAt: new Date(0).toISOString(),
										positionSecs: 0,
									},
								]
							: [],
					}),
				},
			}),
			"GET /school/lessons/l2": { body: lesson() },
			"POST /school/lessons/l2/complete": () => {
				done = true;
				return {
					body: {
						enrollment: enrollment(),
						completedLessons: 1,
						totalLessons: 3,
						courseCompleted: false,
					},
				};
			},
		});
		fireEvent.click(await screen.findByTestId("mark-complete"));
		const step = await screen.findByTestId("next-step");
		expect(
			within(step)
				.getByRole("link", { name: /Check yourself/ })
				.getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l3/quiz");
	});

	it("a signed-out preview offers enrollment, marks locked lessons, and Next does not open a locked page", async () => {
		renderPage(<LessonPage slug="intro" lessonId="l1" />, {
			"GET /school/courses/c1/access": { body: signedOut },
			"GET /school/lessons/l1": {
				body: lesson({
					id: "l1",
					title: "Welcome",
					type: "video",
					videoUrl: "/media/a.mp4",
					content: null,
					isFreePreview: true,
				}),
			},
		});
		await screen.findByTestId("lesson-video");
		expect(screen.getByTestId("preview-enroll-link").getAttribute("href")).toBe(
			"/pages/learn/intro#enroll",
		);
		const next = screen.getByTestId("next-lesson");
		expect(next.dataset.locked).toBe("true");
		expect(next.getAttribute("href")).toBe("/pages/learn/intro#enroll");
		expect(screen.getAllByTestId("lesson-lock")).toHaveLength(2);
		expect(screen.queryByTestId("mark-complete")).toBeNull();
	});

	it("after the video ends, the next lesson opens after a countdown that can be cancelled", async () => {
		const routes = {
			"GET /school/courses/c1/access": { body: enrolled },
			"GET /school/lessons/l1": {
				body: lesson({
					id: "l1",
					title: "Welcome",
					type: "video",
					videoUrl: "/media/a.mp4",
					content: null,
				}),
			},
		};
		const { navigate } = renderPage(
			<LessonPage slug="intro" lessonId="l1" />,
			routes,
		);
		const video = await screen.findByTestId("lesson-video");
		vi.useFakeTimers();
		act(() => {
			video.dispatchEvent(new Event("ended"));
		});
		const upNext = screen.getByTestId("up-next");
		expect(upNext.textContent).toContain("Components");
		expect(document.activeElement).toBe(upNext);
		act(() => vi.advanceTimersByTime(2000));
		fireEvent.click(screen.getByTestId("up-next-cancel"));
		act(() => vi.advanceTimersByTime(10_000));
		expect(screen.queryByTestId("up-next")).toBeNull();
		expect(navigate).not.toHaveBeenCalled();

		cleanup();
		vi.useRealTimers();
		const again = renderPage(<LessonPage slug="intro" lessonId="l1" />, routes);
		const video2 = await screen.findByTestId("lesson-video");
		vi.useFakeTimers();
		act(() => {
			video2.dispatchEvent(new Event("ended"));
		});
		act(() => vi.advanceTimersByTime(5000));
		expect(again.navigate).toHaveBeenCalledWith(
			"/pages/learn/intro/lessons/l2",
		);
	});

	it("keeps the course outline in a phone drawer under the player", async () => {
		renderPage(<LessonPage slug="intro" lessonId="l2" />, {
			"GET /school/courses/c1/access": { body: enrolled },
			"GET /school/lessons/l2": { body: lesson() },
		});
		const toggle = await screen.findByTestId("course-content-toggle");
		expect(toggle.getAttribute("aria-expanded")).toBe("false");
		fireEvent.click(toggle);
		const drawer = screen.getByTestId("course-content-drawer");
		expect(within(drawer).getAllByTestId("curriculum-lesson")).toHaveLength(3);
		expect(toggle.getAttribute("aria-controls")).toBe(drawer.id);
	});

	it("an unknown lesson links back to its course", async () => {
		renderPage(<LessonPage slug="intro" lessonId="nope" />, {
			"GET /school/courses/c1/access": { body: enrolled },
		});
		expect(
			(await screen.findByTestId("back-to-course")).getAttribute("href"),
		).toBe("/pages/learn/intro");
	});
});

const quiz: PublicQuiz = {
	passMark: 70,
	maxAttempts: 3,
	shuffle: false,
	showAnswers: "after_pass",
	questions: [
		{
			id: "q1",
			type: "single",
			prompt: "Capital of France",
			options: [
				{ id: "o1", text: "Paris" },
				{ id: "o2", text: "Lyon" },
			],
		},
		{ id: "q2", type: "true_false", prompt: "React is a database" },
	],
};
const quizLesson = lesson({
	id: "l3",
	title: "Check yourself",
	type: "quiz",
	content: null,
	quiz,
});

describe("quiz page", () => {
	function renderQuiz(
		attempts: { passed: boolean }[] = [],
		submit?: StubHandler,
	) {
		return renderPage(<QuizPage slug="intro" lessonId="l3" />, {
			"GET /school/courses/c1/access": { body: enrolled },
			"GET /school/lessons/l3": { body: quizLesson },
			"GET /school/lessons/l3/attempts": {
				body: {
					items: attempts.map((a, i) => ({
						id: `a${i}`,
						lessonId: "l3",
						score: a.passed ? 100 : 0,
						passed: a.passed,
						attemptedAt: new Date(0).toISOString(),
					})),
				},
			},
			...(submit ? { "POST /school/lessons/l3/attempts": submit } : {}),
		});
	}

	it("keeps the lesson layout and introduces the quiz", async () => {
		renderQuiz([{ passed: false }]);
		const intro = await screen.findByTestId("quiz-intro");
		expect(intro.textContent).toContain("2 questions");
		expect(intro.textContent).toContain("Pass mark 70%");
		await waitFor(() =>
			expect(screen.getByTestId("attempts-left").textContent).toMatch(/2/),
		);
		expect(
			screen.getByRole("navigation", { name: "Course content" }),
		).toBeTruthy();
		expect(screen.getByTestId("course-progress")).toBeTruthy();
		expect(screen.getByTestId("previous-lesson").getAttribute("href")).toBe(
			"/pages/learn/intro/lessons/l2",
		);
	});

	it("after passing, says so instead of counting attempts left", async () => {
		renderQuiz([{ passed: false }, { passed: true }]);
		await screen.findByTestId("quiz-passed");
		expect(screen.queryByTestId("attempts-left")).toBeNull();
	});

	it("asks before submitting with unanswered questions, and moves focus to the result", async () => {
		const submitted = vi.fn();
		renderQuiz([], (call) => {
			submitted(call.body);
			return {
				status: 201,
				body: {
					attempt: {
						id: "a1",
						lessonId: "l3",
						score: 50,
						passed: false,
						attemptedAt: new Date(0).toISOString(),
					},
					score: 50,
					passed: false,
					results: [],
					passMark: 70,
					attemptsLeft: 2,
					progress: null,
				},
			};
		});
		await screen.findByTestId("quiz-form");
		fireEvent.click(screen.getByRole("radio", { name: "Paris" }));
		expect(screen.getByTestId("quiz-answered-count").textContent).toBe(
			"1 of 2 answered",
		);
		fireEvent.click(screen.getByTestId("submit-quiz"));
		const dialog = await screen.findByRole("dialog");
		expect(dialog.textContent).toContain("1 question is not answered");
		fireEvent.click(
			within(dialog).getByRole("button", { name: "Keep answering" }),
		);
		await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
		expect(submitted).not.toHaveBeenCalled();

		fireEvent.click(screen.getByTestId("submit-quiz"));
		fireEvent.click(
			within(await screen.findByRole("dialog")).getByRole("button", {
				name: "Submit anyway",
			}),
		);
		const result = await screen.findByTestId("quiz-result");
		expect(submitted).toHaveBeenCalledWith({
			answers: [{ questionId: "q1", answer: "o1" }],
		});
		await waitFor(() => expect(document.activeElement).toBe(result));
	});
});

describe("QuizForm keeps a shuffled order for the attempt", () => {
	it("a refetch in another order does not move questions or options", () => {
		const props = { disabled: false, submitting: false, onSubmit() {} };
		const { rerender } = renderWithSchool(<QuizForm {...props} quiz={quiz} />);
		const order = () =>
			screen
				.getAllByTestId("quiz-question")
				.map((q) => q.dataset.questionId)
				.join();
		const options = () =>
			screen
				.getAllByRole("radio")
				.slice(0, 2)
				.map((r) => (r as HTMLInputElement).value)
				.join();
		expect(order()).toBe("q1,q2");
		const [q1, q2] = quiz.questions;
		const reshuffled: PublicQuiz = {
			...quiz,
			questions: [
				q2 as never,
				{
					...(q1 as Extract<
						PublicQuiz["questions"][number],
						{ options: unknown }
					>),
					options: [
						{ id: "o2", text: "Lyon" },
						{ id: "o1", text: "Paris" },
					],
				},
			],
		};
		rerender(<QuizForm {...props} quiz={reshuffled} />);
		expect(order()).toBe("q1,q2");
		expect(options()).toBe("o1,o2");
	});
});

describe("course page", () => {
	it("shows a skeleton while the enrollment loads, then Continue to the server's pick", async () => {
		let release: (() => void) | null = null;
		const gate = new Promise<void>((r) => {
			release = r;
		});
		stubFetch({});
		vi.stubGlobal(
			"fetch",
			vi.fn(async () => {
				await gate;
				return new Response(
					JSON.stringify({
						...enrolled,
						enrollment: enrollment({
							lastLessonId: "l1",
							continueLessonId: "l3",
						}),
					}),
					{ status: 200, headers: { "content-type": "application/json" } },
				);
			}),
		);
		const queryClient = createTestQueryClient();
		queryClient.setQueryData(SCHOOL_QUERY_KEYS.course("intro"), course);
		renderWithSchool(<CoursePage slug="intro" />, { queryClient });
		expect(await screen.findByTestId("course-cta-loading")).toBeTruthy();
		(release as unknown as () => void)();
		const link = await screen.findByTestId("continue-learning");
		expect(link.getAttribute("href")).toBe(
			"/pages/learn/intro/lessons/l3/quiz",
		);
	});

	it("a failed enrollment check says what failed and retries", async () => {
		let fail = true;
		renderPage(<CoursePage slug="intro" />, {
			"GET /school/courses/c1/access": () =>
				fail ? { status: 500, body: { message: "boom" } } : { body: signedOut },
		});
		const error = await screen.findByTestId("load-error");
		expect(error.textContent).not.toContain("boom");
		fail = false;
		fireEvent.click(within(error).getByRole("button", { name: "Try again" }));
		expect((await screen.findByTestId("course-cta")).dataset.state).toBe(
			"signed-out",
		);
	});

	it("leaves the course after a confirmation", async () => {
		const { calls } = renderPage(<CoursePage slug="intro" />, {
			"GET /school/courses/c1/access": { body: enrolled },
			"POST /school/enrollments/e1/cancel": {
				body: { ...enrollment(), status: "cancelled" },
			},
		});
		fireEvent.click(await screen.findByTestId("leave-course"));
		const dialog = await screen.findByRole("dialog");
		fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
		await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
		expect(calls.some((c) => c.method === "POST")).toBe(false);
		fireEvent.click(screen.getByTestId("leave-course"));
		fireEvent.click(
			within(await screen.findByRole("dialog")).getByRole("button", {
				name: "Leave course",
			}),
		);
		await waitFor(() =>
			expect(calls.map((c) => `${c.method} ${c.path}`)).toContain(
				"POST /school/enrollments/e1/cancel",
			),
		);
	});

	it("on a phone, a sticky bar carries the action", async () => {
		vi.spyOn(window, "matchMedia").mockImplementation(
			(query: string) =>
				({
					matches: true,
					media: query,
					addEventListener() {},
					removeEventListener() {},
				}) as unknown as MediaQueryList,
		);
		renderPage(<CoursePage slug="intro" />, {
			"GET /school/courses/c1/access": { body: enrolled },
		});
		const bar = await screen.findByTestId("course-sticky-bar");
		expect(
			(await within(bar).findByTestId("sticky-continue")).getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l1");
	});
});

describe("my learning", () => {
	const entry = (over: Partial<PortalEntry>): PortalEntry => ({
		...enrollment(),
		course: makeCourse(),
		lastLessonTitle: null,
		completedLessons: 0,
		continueLessonId: null,
		continueLessonType: null,
		continueLessonTitle: null,
		...over,
	});
	const me = {
		body: {
			user: { id: "u1", name: "Ada", isInstructor: false, isAdmin: false },
		},
	};

	it("a failure says what failed, hides the server's text and retries", async () => {
		let fail = true;
		stubFetch({
			"GET /school/me": me,
			"GET /school/me/enrollments": () =>
				fail
					? {
							status: 500,
							body: { message: "SQLSTATE 42P01 relation missing" },
						}
					: { body: { items: [], total: 0, limit: 20, offset: 0 } },
		});
		renderWithSchool(<MyCoursesPage />);
		const error = await screen.findByTestId("portal-error");
		expect(error.textContent).toContain("could not load your courses");
		expect(error.textContent).not.toContain("SQLSTATE");
		fail = false;
		fireEvent.click(within(error).getByRole("button", { name: "Try again" }));
		await screen.findByTestId("portal-empty");
	});

	it("groups archived courses apart, still continuing to the next lesson", async () => {
		stubFetch({
			"GET /school/me": me,
			"GET /school/me/enrollments": {
				body: {
					total: 1,
					limit: 20,
					offset: 0,
					items: [
						entry({
							course: makeCourse({ status: "archived", title: "Old course" }),
							continueLessonId: "l3",
							continueLessonType: "quiz",
							continueLessonTitle: "Check yourself",
						}),
					],
				},
			},
		});
		renderWithSchool(<MyCoursesPage />);
		const group = await screen.findByRole("region", {
			name: "No longer offered",
		});
		expect(
			within(group).getByTestId("portal-continue").getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l3/quiz");
		expect(group.textContent).toContain("Next: Check yourself");
	});
});

describe("withoutTitleHeading", () => {
	it("drops only a leading heading equal to the title", () => {
		expect(withoutTitleHeading("# Components\n\nBody", "Components")).toBe(
			"Body",
		);
		expect(withoutTitleHeading("#  components \nBody", "Components")).toBe(
			"Body",
		);
		expect(withoutTitleHeading("# Other\n\nBody", "Components")).toBe(
			"# Other\n\nBody",
		);
		expect(withoutTitleHeading("Intro\n# Components", "Components")).toBe(
			"Intro\n# Components",
		);
	});
});
