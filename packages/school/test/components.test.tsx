import {
	act,
	cleanup,
	fireEvent,
	screen,
	within,
} from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CourseCard } from "../src/client/components/shared/course-card";
import { Markdown } from "../src/client/components/shared/markdown";
import { QuizForm } from "../src/client/components/shared/quiz-form";
import { ProgressBar } from "../src/client/components/shared/states";
import { VideoPlayer } from "../src/client/components/shared/video-player";
import type { PublicQuiz, QuestionResult } from "../src/quiz";
import { makeCourse, renderWithSchool } from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe("Markdown", () => {
	it("renders GFM tables", () => {
		renderWithSchool(
			<Markdown>
				{"| Name | Level |\n| --- | --- |\n| React | Beginner |\n"}
			</Markdown>,
		);
		const table = screen.getByRole("table");
		expect(
			within(table)
				.getAllByRole("columnheader")
				.map((th) => th.textContent),
		).toEqual(["Name", "Level"]);
		expect(
			within(table)
				.getAllByRole("cell")
				.map((td) => td.textContent),
		).toEqual(["React", "Beginner"]);
	});

	it("highlights fenced code blocks with hljs classes", () => {
		const { container } = renderWithSchool(
			<Markdown>{"```js\nconst answer = 42;\n```\n"}</Markdown>,
		);
		const code = container.querySelector("pre > code");
		expect(code).not.toBeNull();
		expect(code?.classList.contains("hljs")).toBe(true);
		expect(code?.classList.contains("language-js")).toBe(true);
		expect(code?.querySelector(".hljs-keyword")?.textContent).toBe("const");
		expect(code?.querySelector(".hljs-number")?.textContent).toBe("42");
		expect(code?.textContent).toBe("const answer = 42;\n");
	});

	it("does not render raw HTML", () => {
		const { container } = renderWithSchool(
			<Markdown>
				{
					'Hello <b>bold</b>\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n<iframe src="https://evil.test"></iframe>\n'
				}
			</Markdown>,
		);
		expect(container.querySelector("script")).toBeNull();
		expect(container.querySelector("img")).toBeNull();
		expect(container.querySelector("iframe")).toBeNull();
		expect(container.querySelector("b")).toBeNull();
		expect(container.querySelector("[onerror]")).toBeNull();
		expect(container.innerHTML).not.toContain("onerror");
		expect(container.innerHTML).not.toContain("__pwned");
		expect(container.textContent).toContain("Hello");
	});

	it("drops javascript: and data: link targets but keeps safe ones", () => {
		const { container } = renderWithSchool(
			<Markdown>
				{[
					"[js](javascript:alert(1))",
					"[mixed](JaVaScRiPt:alert(1))",
					"[entity](&#106;avascript:alert(1))",
					"[data](data:text/html;base64,PHNjcmlwdD4=)",
					"<javascript:alert(1)>",
					"[vb](vbscript:msgbox)",
					"[site](https://example.com/a)",
					"[mail](mailto:me@example.com)",
					"[relative](/pages/learn)",
					"[anchor](#part-2)",
				].join("\n\n")}
			</Markdown>,
		);
		const hrefs = Object.fromEntries(
			[...container.querySelectorAll("a")].map((a) => [
				a.textContent,
				a.getAttribute("href") ?? "",
			]),
		);
		for (const text of ["js", "mixed", "entity", "data", "vb"]) {
			expect(hrefs[text], text).toBe("");
		}
		for (const href of Object.values(hrefs)) {
			expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
		}
		expect(hrefs.site).toBe("https://example.com/a");
		expect(hrefs.mail).toBe("mailto:me@example.com");
		expect(hrefs.relative).toBe("/pages/learn");
		expect(hrefs.anchor).toBe("#part-2");
		const site = screen.getByRole("link", { name: "site" });
		expect(site.getAttribute("rel")).toBe("noopener noreferrer nofollow");
	});
});

const quiz: PublicQuiz = {
	passMark: 70,
	maxAttempts: 3,
	shuffle: false,
	showAnswers: "after_attempt" as PublicQuiz["showAnswers"],
	questions: [
		{
			id: "q1",
			type: "single",
			prompt: "Capital of France?",
			options: [
				{ id: "o1", text: "Paris" },
				{ id: "o2", text: "Lyon" },
			],
		},
		{
			id: "q2",
			type: "multiple",
			prompt: "Pick the hooks",
			options: [
				{ id: "a", text: "useState" },
				{ id: "b", text: "render" },
				{ id: "c", text: "useEffect" },
			],
		},
		{ id: "q3", type: "true_false", prompt: "React is a database." },
		{ id: "q4", type: "short_text", prompt: "Name the JSX compiler." },
		{ id: "q5", type: "true_false", prompt: "Left unanswered." },
	],
};

function question(prompt: string | RegExp) {
	return screen.getByRole("group", {
		name: typeof prompt === "string" ? new RegExp(prompt) : prompt,
	});
}

describe("QuizForm", () => {
	it("gives every question and control an accessible name", () => {
		renderWithSchool(
			<QuizForm
				quiz={quiz}
				disabled={false}
				submitting={false}
				onSubmit={() => {}}
			/>,
		);
		const groups = screen.getAllByRole("group");
		expect(groups).toHaveLength(5);
		for (const group of groups) {
			expect(group.tagName).toBe("FIELDSET");
			expect(group.querySelector("legend")).not.toBeNull();
		}
		expect(question("Capital of France").textContent).toContain(
			"Question 1 of 5",
		);
		const single = within(question("Capital of France"));
		expect(single.getAllByRole("radio")).toHaveLength(2);
		single.getByRole("radio", { name: "Paris" });
		single.getByRole("radio", { name: "Lyon" });

		const multiple = within(question("Pick the hooks"));
		expect(multiple.getAllByRole("checkbox")).toHaveLength(3);
		multiple.getByRole("checkbox", { name: "useState" });
		multiple.getByRole("checkbox", { name: "useEffect" });

		const tf = within(question("React is a database"));
		tf.getByRole("radio", { name: "True" });
		tf.getByRole("radio", { name: "False" });

		within(question("Name the JSX compiler")).getByRole("textbox", {
			name: "Your answer",
		});
		// Radios of one question form one group; different questions do not share it.
		const names = new Set(
			screen
				.getAllByRole("radio")
				.map((r) => (r as HTMLInputElement).name)
				.filter(Boolean),
		);
		expect(names.size).toBe(3);
		screen.getByRole("button", { name: "Submit answers" });
	});

	it("submits each answer in its type's shape and leaves out unanswered questions", () => {
		const onSubmit = vi.fn();
		renderWithSchool(
			<QuizForm
				quiz={quiz}
				disabled={false}
				submitting={false}
				onSubmit={onSubmit}
			/>,
		);
		const single = within(question("Capital of France"));
		fireEvent.click(single.getByRole("radio", { name: "Paris" }));
		fireEvent.click(single.getByRole("radio", { name: "Lyon" }));
		expect(
			(single.getByRole("radio", { name: "Lyon" }) as HTMLInputElement).checked,
		).toBe(true);

		const multiple = within(question("Pick the hooks"));
		fireEvent.click(multiple.getByRole("checkbox", { name: "useState" }));
		fireEvent.click(multiple.getByRole("checkbox", { name: "render" }));
		fireEvent.click(multiple.getByRole("checkbox", { name: "useEffect" }));
		fireEvent.click(multiple.getByRole("checkbox", { name: "render" }));

		fireEvent.click(
			within(question("React is a database")).getByRole("radio", {
				name: "False",
			}),
		);
		fireEvent.change(
			within(question("Name the JSX compiler")).getByRole("textbox"),
			{ target: { value: "Babel" } },
		);

		fireEvent.click(screen.getByRole("button", { name: "Submit answers" }));
		expect(onSubmit).toHaveBeenCalledTimes(1);
		expect(onSubmit.mock.calls[0]?.[0]).toEqual([
			{ questionId: "q1", answer: "o2" },
			{ questionId: "q2", answer: ["a", "c"] },
			{ questionId: "q3", answer: false },
			{ questionId: "q4", answer: "Babel" },
		]);
	});

	it("submits true as a boolean, not the string 'true'", () => {
		const onSubmit = vi.fn();
		renderWithSchool(
			<QuizForm
				quiz={{ ...quiz, questions: [quiz.questions[2] as never] }}
				disabled={false}
				submitting={false}
				onSubmit={onSubmit}
			/>,
		);
		fireEvent.click(screen.getByRole("radio", { name: "True" }));
		fireEvent.submit(screen.getByTestId("quiz-form"));
		expect(onSubmit).toHaveBeenCalledWith([{ questionId: "q3", answer: true }]);
	});

	it("shows no feedback until there are results", () => {
		renderWithSchool(
			<QuizForm
				quiz={quiz}
				disabled={false}
				submitting={false}
				onSubmit={() => {}}
			/>,
		);
		expect(screen.queryAllByTestId("question-feedback")).toHaveLength(0);
		expect(screen.queryByText(/Correct answer:/)).toBeNull();
		for (const group of screen.getAllByRole("group")) {
			expect(group.hasAttribute("aria-describedby")).toBe(false);
		}
	});

	it("shows per-question feedback, and correct answers only where results include them", () => {
		const results: QuestionResult[] = [
			{
				questionId: "q1",
				correct: false,
				correctAnswer: "o1",
				explanation: "Lyon is the third city.",
			},
			{ questionId: "q2", correct: true, correctAnswer: ["a", "c"] },
			{ questionId: "q3", correct: false },
			{ questionId: "q5", correct: false, correctAnswer: true },
		];
		const props = { quiz, disabled: true, submitting: false, onSubmit() {} };
		const { rerender } = renderWithSchool(<QuizForm {...props} />);
		rerender(<QuizForm {...props} results={results} />);

		expect(screen.getAllByTestId("question-feedback")).toHaveLength(4);

		const q1 = question("Capital of France");
		expect(within(q1).getByText(/Incorrect/)).toBeTruthy();
		expect(q1.textContent).toContain("Correct answer: Paris");
		expect(q1.textContent).toContain("Lyon is the third city.");
		const describedBy = q1.getAttribute("aria-describedby");
		expect(describedBy).toBeTruthy();
		expect(document.getElementById(describedBy ?? "")?.textContent).toContain(
			"Incorrect",
		);

		const q2 = question("Pick the hooks");
		expect(within(q2).getByText(/Correct$/)).toBeTruthy();
		expect(q2.textContent).not.toContain("Correct answer:");

		const q3 = question("React is a database");
		expect(q3.textContent).toContain("Incorrect");
		expect(q3.textContent).not.toContain("Correct answer:");

		const q4 = question("Name the JSX compiler");
		expect(within(q4).queryByTestId("question-feedback")).toBeNull();

		expect(question("Left unanswered").textContent).toContain(
			"Correct answer: True",
		);
	});

	it("names the correct options of a multiple-choice question", () => {
		renderWithSchool(
			<QuizForm
				quiz={quiz}
				disabled
				submitting={false}
				onSubmit={() => {}}
				results={[
					{ questionId: "q2", correct: false, correctAnswer: ["a", "c"] },
				]}
			/>,
		);
		expect(question("Pick the hooks").textContent).toContain(
			"Correct answer: useState, useEffect",
		);
	});

	it("locks the inputs while disabled or submitting", () => {
		const props = { quiz, onSubmit() {} };
		const { rerender } = renderWithSchool(
			<QuizForm {...props} disabled={false} submitting />,
		);
		const button = screen.getByRole("button", { name: "Submitting…" });
		expect((button as HTMLButtonElement).disabled).toBe(true);
		for (const input of screen.getAllByRole("radio")) {
			expect((input as HTMLInputElement).disabled).toBe(true);
		}
		rerender(<QuizForm {...props} disabled submitting={false} />);
		expect(screen.queryByRole("button")).toBeNull();
		expect((screen.getByRole("textbox") as HTMLInputElement).disabled).toBe(
			true,
		);
	});
});

/** Gives a happy-dom <video> a duration (it has no media pipeline). */
function setDuration(video: HTMLVideoElement, duration: number) {
	Object.defineProperty(video, "duration", {
		configurable: true,
		get: () => duration,
	});
}

function playTo(video: HTMLVideoElement, seconds: number, event: string) {
	video.currentTime = seconds;
	act(() => {
		video.dispatchEvent(new Event(event));
	});
}

describe("VideoPlayer", () => {
	it("plays YouTube and Vimeo links in an iframe embed", () => {
		// A detached container: happy-dom would otherwise try (and log failing) to load the embed.
		const { container, rerender } = renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="https://www.youtube.com/watch?v=abc123"
			/>,
			{ container: document.createElement("div") },
		);
		const view = within(container);
		expect(container.querySelector("video")).toBeNull();
		expect(view.getByTitle("Welcome").tagName).toBe("IFRAME");
		expect(view.getByTitle("Welcome").getAttribute("src")).toBe(
			"https://www.youtube-nocookie.com/embed/abc123",
		);
		rerender(
			<VideoPlayer title="Welcome" videoUrl="https://vimeo.com/76979871" />,
		);
		expect(view.getByTitle("Welcome").getAttribute("src")).toBe(
			"https://player.vimeo.com/video/76979871",
		);
		expect(container.querySelector("video")).toBeNull();
	});

	it("plays files in a <video> with a captions track", () => {
		const { container } = renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/welcome.mp4"
				captionsUrl="/media/welcome.vtt"
			/>,
		);
		expect(container.querySelector("iframe")).toBeNull();
		const video = screen.getByLabelText("Welcome");
		expect(video.tagName).toBe("VIDEO");
		expect(video.getAttribute("src")).toBe("/media/welcome.mp4");
		expect(video.hasAttribute("controls")).toBe(true);
		const track = video.querySelector("track");
		expect(track?.getAttribute("kind")).toBe("captions");
		expect(track?.getAttribute("src")).toBe("/media/welcome.vtt");
		expect(track?.getAttribute("srclang")).toBe("en");
		expect(track?.getAttribute("label")).toBe("English captions");
	});

	it("has no track when the lesson has no captions", () => {
		renderWithSchool(<VideoPlayer title="Welcome" videoUrl="/media/a.mp4" />);
		expect(
			screen.getByTestId("lesson-video").querySelector("track"),
		).toBeNull();
	});

	it("seeks to startAt once the metadata has loaded", () => {
		renderWithSchool(
			<VideoPlayer title="Welcome" videoUrl="/media/a.mp4" startAt={30} />,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		expect(video.currentTime).toBe(0);
		setDuration(video, 120);
		act(() => {
			video.dispatchEvent(new Event("loadedmetadata"));
		});
		expect(video.currentTime).toBe(30);
	});

	it("does not seek to a saved position at the very end", () => {
		renderWithSchool(
			<VideoPlayer title="Welcome" videoUrl="/media/a.mp4" startAt={119} />,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		setDuration(video, 120);
		act(() => {
			video.dispatchEvent(new Event("loadedmetadata"));
		});
		expect(video.currentTime).toBe(0);
	});

	it("saves the position on pause, and with keepalive when the page is hidden", () => {
		const onPosition = vi.fn();
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/a.mp4"
				onPosition={onPosition}
			/>,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		setDuration(video, 600);

		playTo(video, 42.7, "pause");
		expect(onPosition).toHaveBeenLastCalledWith(42, { keepalive: false });

		video.currentTime = 55.2;
		act(() => {
			window.dispatchEvent(new Event("pagehide"));
		});
		expect(onPosition).toHaveBeenLastCalledWith(55, { keepalive: true });

		// Nothing new to save: no duplicate request.
		act(() => {
			window.dispatchEvent(new Event("pagehide"));
		});
		expect(onPosition).toHaveBeenCalledTimes(2);
	});

	it("saves with keepalive when the tab becomes hidden", () => {
		const onPosition = vi.fn();
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/a.mp4"
				onPosition={onPosition}
			/>,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		video.currentTime = 12;
		vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
		act(() => {
			document.dispatchEvent(new Event("visibilitychange"));
		});
		expect(onPosition).toHaveBeenCalledWith(12, { keepalive: true });
	});

	it("throttles saves while playing", () => {
		const onPosition = vi.fn();
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/a.mp4"
				startAt={20}
				onPosition={onPosition}
			/>,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		setDuration(video, 600);
		playTo(video, 25, "timeupdate");
		expect(onPosition).not.toHaveBeenCalled();
		playTo(video, 31, "timeupdate");
		expect(onPosition).toHaveBeenCalledWith(31, { keepalive: false });
		playTo(video, 35, "timeupdate");
		expect(onPosition).toHaveBeenCalledTimes(1);
	});

	it("reports watched once, past 90%", () => {
		const onWatched = vi.fn();
		renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/a.mp4"
				onWatched={onWatched}
			/>,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		setDuration(video, 100);
		playTo(video, 50, "timeupdate");
		playTo(video, 89, "timeupdate");
		expect(onWatched).not.toHaveBeenCalled();
		playTo(video, 91, "timeupdate");
		expect(onWatched).toHaveBeenCalledTimes(1);
		playTo(video, 95, "timeupdate");
		playTo(video, 100, "timeupdate");
		expect(onWatched).toHaveBeenCalledTimes(1);
	});

	it("stops listening when unmounted", () => {
		const onPosition = vi.fn();
		const { unmount } = renderWithSchool(
			<VideoPlayer
				title="Welcome"
				videoUrl="/media/a.mp4"
				onPosition={onPosition}
			/>,
		);
		const video = screen.getByTestId("lesson-video") as HTMLVideoElement;
		video.currentTime = 10;
		unmount();
		window.dispatchEvent(new Event("pagehide"));
		expect(onPosition).not.toHaveBeenCalled();
	});
});

describe("ProgressBar", () => {
	it("is a labelled progressbar with its value", () => {
		renderWithSchool(<ProgressBar value={40} label="40% complete" />);
		const bar = screen.getByRole("progressbar", { name: "40% complete" });
		expect(bar.getAttribute("aria-valuenow")).toBe("40");
		expect(bar.getAttribute("aria-valuemin")).toBe("0");
		expect(bar.getAttribute("aria-valuemax")).toBe("100");
		expect((bar.firstElementChild as HTMLElement).style.width).toBe("40%");
	});

	it("clamps the fill to 0–100%", () => {
		renderWithSchool(<ProgressBar value={150} label="over" />);
		const bar = screen.getByRole("progressbar", { name: "over" });
		expect((bar.firstElementChild as HTMLElement).style.width).toBe("100%");
	});
});

describe("CourseCard", () => {
	it("formats the price for its currency and links to the course page", () => {
		renderWithSchool(
			<CourseCard course={makeCourse({ price: 4900, currency: "USD" })} />,
		);
		expect(screen.getByTestId("course-price").textContent).toBe("$49.00");
		const link = screen.getByRole("link", { name: "Intro to React" });
		expect(link.getAttribute("href")).toBe("/pages/learn/intro");
		expect(screen.getByText("Beginner")).toBeTruthy();
		expect(screen.getByText("by Ivy Teacher")).toBeTruthy();
		expect(screen.getByText(/3 lessons/)).toBeTruthy();
	});

	it("shows Free for a zero price", () => {
		renderWithSchool(<CourseCard course={makeCourse({ price: 0 })} />);
		expect(screen.getByTestId("course-price").textContent).toBe("Free");
	});

	it("uses the currency's symbol", () => {
		renderWithSchool(
			<CourseCard course={makeCourse({ price: 1999, currency: "EUR" })} />,
		);
		const price = screen.getByTestId("course-price").textContent ?? "";
		expect(price).toContain("€");
		expect(price).toContain("19.99");
	});

	it("renders links through the app's Link override", () => {
		const Link = vi.fn(
			({ href, children }: { href: string; children?: React.ReactNode }) => (
				<a href={href} data-app-link="">
					{children}
				</a>
			),
		);
		renderWithSchool(<CourseCard course={makeCourse({ slug: "a b" })} />, {
			overrides: { Link },
		});
		const link = screen.getByRole("link", { name: "Intro to React" });
		expect(link.hasAttribute("data-app-link")).toBe(true);
		expect(link.getAttribute("href")).toBe("/pages/learn/a%20b");
	});
});
