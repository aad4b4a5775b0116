import {
	act,
	cleanup,
	fireEvent,
	screen,
	waitFor,
	within,
} from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../src/api/query-key-defs";
import { CatalogPage } from "../src/client/components/pages/catalog-page.internal";
import { CertificatePage } from "../src/client/components/pages/certificate-page.internal";
import { CoursePage } from "../src/client/components/pages/course-page.internal";
import { MyCoursesPage } from "../src/client/components/pages/my-courses-page.internal";
import type {
	Certificate,
	CourseAccess,
	CourseDetail,
	CourseList,
	PortalEntry,
} from "../src/types";
import {
	createTestQueryClient,
	makeCourse,
	makeCourseDetail,
	makeEnrollmentDetail,
	renderWithCourse,
	renderWithSchool,
	type SchoolTestOptions,
	type StubHandler,
	signedOutAccess,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const signInUrl = (returnTo: string) =>
	`/sign-in?returnTo=${encodeURIComponent(returnTo)}`;

const enrollmentDetail = makeEnrollmentDetail;
const signedOut = signedOutAccess;
const signedIn: CourseAccess = {
	signedIn: true,
	canManage: false,
	enrollment: null,
};

function renderCoursePage(
	course: CourseDetail,
	routes: Record<string, StubHandler>,
	overrides: SchoolTestOptions["overrides"] = {},
) {
	return renderWithCourse(<CoursePage slug={course.slug} />, course, routes, {
		overrides: { signInUrl, ...overrides },
	});
}

const cta = () => screen.findByTestId("course-cta");

describe("CoursePage call to action", () => {
	it("asks a signed-out visitor to sign in, returning to the course", async () => {
		const { calls } = renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": { body: signedOut },
		});
		expect((await cta()).dataset.state).toBe("signed-out");
		const link = screen.getByRole("link", { name: "Sign in to enroll" });
		expect(link.getAttribute("href")).toBe(
			"/sign-in?returnTo=%2Fpages%2Flearn%2Fintro",
		);
		expect(screen.queryByRole("button", { name: /Enroll/ })).toBeNull();
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"GET /school/courses/c1/access",
		]);
	});

	it("links a signed-out visitor to the course itself when the app has no sign-in page", async () => {
		renderCoursePage(
			makeCourseDetail(),
			{ "GET /school/courses/c1/access": { body: signedOut } },
			{ signInUrl: undefined },
		);
		await cta();
		expect(
			screen
				.getByRole("link", { name: "Sign in to enroll" })
				.getAttribute("href"),
		).toBe("/pages/learn/intro");
	});

	it("only opens free-preview lessons before enrollment", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": { body: signedOut },
		});
		await cta();
		const curriculum = within(
			screen.getByRole("region", { name: "Curriculum" }),
		);
		expect(
			curriculum.getByRole("link", { name: /Welcome/ }).getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l1");
		expect(curriculum.queryByRole("link", { name: /Components/ })).toBeNull();
		expect(
			curriculum.queryByRole("link", { name: /Check yourself/ }),
		).toBeNull();
	});

	it("enrolls a signed-in learner in a free course, then opens the first lesson", async () => {
		let enrolled = false;
		const { calls, navigate } = renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": () => ({
				body: enrolled
					? { ...signedIn, enrollment: enrollmentDetail() }
					: signedIn,
			}),
			"POST /school/courses/c1/enroll": () => {
				enrolled = true;
				return { body: enrollmentDetail() };
			},
		});
		expect((await cta()).dataset.state).toBe("enroll");
		fireEvent.click(screen.getByRole("button", { name: "Enroll for free" }));
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith("/pages/learn/intro/lessons/l1"),
		);
		expect(navigate).toHaveBeenCalledTimes(1);
		expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			"GET /school/courses/c1/access",
			"POST /school/courses/c1/enroll",
			"GET /school/courses/c1/access",
		]);
		expect((await cta()).dataset.state).toBe("enrolled");
	});

	it("shows the server's message when enrolling fails, and stays put", async () => {
		const { navigate } = renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": { body: signedIn },
			"POST /school/courses/c1/enroll": {
				status: 409,
				body: { message: "Enrollment is closed" },
			},
		});
		await cta();
		fireEvent.click(screen.getByRole("button", { name: "Enroll for free" }));
		expect((await screen.findByRole("alert")).textContent).toBe(
			"Enrollment is closed",
		);
		expect(navigate).not.toHaveBeenCalled();
	});

	it("offers a paid course through the app's checkout", async () => {
		const checkout = vi.fn();
		const course = makeCourseDetail({ price: 4900, currency: "USD" });
		const { calls } = renderCoursePage(
			course,
			{ "GET /school/courses/c1/access": { body: signedIn } },
			{ checkout },
		);
		expect((await cta()).dataset.state).toBe("buy");
		expect(
			screen.queryByRole("button", { name: "Enroll for free" }),
		).toBeNull();
		fireEvent.click(screen.getByRole("button", { name: "Buy for $49.00" }));
		expect(checkout).toHaveBeenCalledTimes(1);
		expect(checkout).toHaveBeenCalledWith(
			expect.objectContaining({ id: "c1", slug: "intro", price: 4900 }),
		);
		expect(calls.some((c) => c.method === "POST")).toBe(false);
	});

	it("disables Buy when the app has no checkout", async () => {
		renderCoursePage(makeCourseDetail({ price: 4900 }), {
			"GET /school/courses/c1/access": { body: signedIn },
		});
		await cta();
		const buy = screen.getByRole("button", { name: /Buy for/ });
		expect((buy as HTMLButtonElement).disabled).toBe(true);
	});

	it("says a full course is full", async () => {
		renderCoursePage(makeCourseDetail({ maxStudents: 2, enrollmentCount: 2 }), {
			"GET /school/courses/c1/access": { body: signedIn },
		});
		expect((await cta()).dataset.state).toBe("full");
		const button = screen.getByRole("button", { name: "This course is full" });
		expect((button as HTMLButtonElement).disabled).toBe(true);
		expect(
			screen.queryByRole("button", { name: "Enroll for free" }),
		).toBeNull();
	});

	it("lets an enrolled learner start at the first lesson, with progress and every lesson open", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": {
				body: { ...signedIn, enrollment: enrollmentDetail() },
			},
		});
		expect((await cta()).dataset.state).toBe("enrolled");
		expect(screen.getByText("You are enrolled")).toBeTruthy();
		const start = screen.getByRole("link", { name: "Start learning" });
		expect(start.getAttribute("href")).toBe("/pages/learn/intro/lessons/l1");
		expect(
			screen
				.getByRole("progressbar", { name: "0% complete" })
				.getAttribute("aria-valuenow"),
		).toBe("0");
		const curriculum = within(
			screen.getByRole("region", { name: "Curriculum" }),
		);
		expect(
			curriculum
				.getByRole("link", { name: /Check yourself/ })
				.getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l3/quiz");
		expect(curriculum.getByRole("link", { name: /Components/ })).toBeTruthy();
	});

	it("resumes an enrolled learner where they left off", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": {
				body: {
					...signedIn,
					enrollment: enrollmentDetail({
						progressPct: 33,
						lastLessonId: "l2",
						resume: { lessonId: "l2", positionSecs: 0 },
						continueLessonId: "l2",
						completedLessons: 1,
						lessons: [
							{
								lessonId: "l1",
								completed: true,
								completedAt: new Date(0).toISOString(),
								positionSecs: 0,
							},
						],
					}),
				},
			},
		});
		await cta();
		expect(
			screen
				.getByRole("link", { name: "Continue learning" })
				.getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l2");
		expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(
			"33",
		);
		expect(screen.queryByRole("link", { name: "View certificate" })).toBeNull();
		expect(
			screen.getByRole("link", { name: /Welcome \(completed\)/ }),
		).toBeTruthy();
	});

	it("resumes into a quiz lesson at its quiz page", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": {
				body: {
					...signedIn,
					enrollment: enrollmentDetail({
						lastLessonId: "l3",
						resume: { lessonId: "l3", positionSecs: 0 },
						continueLessonId: "l3",
					}),
				},
			},
		});
		await cta();
		expect(
			screen
				.getByRole("link", { name: "Continue learning" })
				.getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l3/quiz");
	});

	it("links a learner who completed the course to the certificate", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": {
				body: {
					...signedIn,
					enrollment: enrollmentDetail({
						status: "completed",
						progressPct: 100,
						lastLessonId: "l3",
						certificateId: "cert-9",
						completedAt: new Date(0).toISOString(),
					}),
				},
			},
		});
		expect((await cta()).dataset.state).toBe("completed");
		expect(screen.getByText("You completed this course")).toBeTruthy();
		expect(
			screen
				.getByRole("link", { name: "View certificate" })
				.getAttribute("href"),
		).toBe("/pages/learn/certificates/cert-9");
		expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(
			"100",
		);
	});

	it("treats a cancelled enrollment as not enrolled", async () => {
		renderCoursePage(makeCourseDetail(), {
			"GET /school/courses/c1/access": {
				body: {
					...signedIn,
					enrollment: enrollmentDetail({ status: "cancelled" }),
				},
			},
		});
		expect((await cta()).dataset.state).toBe("enroll");
	});
});

describe("CoursePage", () => {
	it("shows the course and a schema.org Course JSON-LD block", async () => {
		const course = makeCourseDetail({
			title: "Intro </script><b>x</b>",
			price: 4900,
		});
		const { container } = renderCoursePage(course, {
			"GET /school/courses/c1/access": { body: signedOut },
		});
		await cta();
		expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
			course.title,
		);
		expect(screen.getByText("by Ivy Teacher")).toBeTruthy();
		expect(screen.getAllByTestId("course-price")[0]?.textContent).toBe(
			"$49.00",
		);
		// The description is Markdown.
		expect(screen.getByText("React").tagName).toBe("STRONG");
		const scripts = container.querySelectorAll(
			'script[type="application/ld+json"]',
		);
		expect(scripts).toHaveLength(1);
		const raw = scripts[0]?.textContent ?? "";
		expect(raw).not.toContain("</script>");
		const data = JSON.parse(raw);
		expect(data["@type"]).toBe("Course");
		expect(data.name).toBe(course.title);
		expect(data.offers.price).toBe("49.00");
	});

	it("shows Course not found for a missing course without asking for access", async () => {
		const calls = stubFetch({});
		const queryClient = createTestQueryClient();
		queryClient.setQueryData(SCHOOL_QUERY_KEYS.course("gone"), null);
		renderWithSchool(<CoursePage slug="gone" />, { queryClient });
		expect(
			(await screen.findByRole("heading", { name: "Course not found" }))
				.tagName,
		).toBe("H1");
		expect(
			screen
				.getByRole("link", { name: "Back to courses" })
				.getAttribute("href"),
		).toBe("/pages/learn");
		await act(async () => {
			await new Promise((r) => setTimeout(r, 20));
		});
		expect(calls).toHaveLength(0);
	});
});

describe("CertificatePage", () => {
	const certificate: Certificate = {
		certificateId: "cert-123",
		learnerName: "Ada Lovelace",
		courseTitle: "Intro to React",
		courseSlug: "intro",
		instructorName: "Ivy Teacher",
		completedAt: "2024-01-02T10:00:00.000Z",
	};

	it("shows the learner, course, instructor, date and id", () => {
		stubFetch({});
		const queryClient = createTestQueryClient();
		queryClient.setQueryData(
			SCHOOL_QUERY_KEYS.certificate("cert-123"),
			certificate,
		);
		renderWithSchool(<CertificatePage certificateId="cert-123" />, {
			queryClient,
		});
		expect(
			screen.getByRole("heading", { name: "Certificate of completion" }),
		).toBeTruthy();
		expect(screen.getByTestId("certificate-learner").textContent).toBe(
			"Ada Lovelace",
		);
		expect(
			screen.getByRole("link", { name: "Intro to React" }).getAttribute("href"),
		).toBe("/pages/learn/intro");
		expect(screen.getByText("Ivy Teacher")).toBeTruthy();
		expect(screen.getByTestId("certificate-id").textContent).toBe("cert-123");
		expect(screen.getByTestId("certificate-date").textContent).toBe(
			"January 2, 2024",
		);
	});

	it("says No such certificate for an unknown id", () => {
		stubFetch({});
		const queryClient = createTestQueryClient();
		queryClient.setQueryData(SCHOOL_QUERY_KEYS.certificate("nope"), null);
		renderWithSchool(<CertificatePage certificateId="nope" />, {
			queryClient,
		});
		expect(
			screen.getByRole("heading", { name: "No such certificate" }),
		).toBeTruthy();
		expect(screen.queryByTestId("certificate-learner")).toBeNull();
	});
});

describe("CatalogPage", () => {
	const courses = [
		makeCourse({ id: "c1", slug: "intro", title: "Intro to React" }),
		makeCourse({
			id: "c2",
			slug: "deep",
			title: "Deep React",
			difficulty: "advanced",
			price: 4900,
		}),
	];
	const list = (items = courses): CourseList => ({
		items,
		total: items.length,
		limit: 6,
		offset: 0,
	});
	const facets = {
		"GET /school/courses/facets": {
			body: {
				categories: [{ value: "Web", count: 2 }],
				tags: [{ value: "react", count: 2 }],
				difficulties: [],
			},
		},
	};

	beforeEach(() => {
		window.history.replaceState(null, "", "/");
	});

	it("renders a card per course", async () => {
		const calls = stubFetch({
			"GET /school/courses": { body: list() },
			...facets,
		});
		renderWithSchool(<CatalogPage />);
		const cards = await screen.findAllByTestId("course-card");
		expect(cards).toHaveLength(2);
		expect(within(cards[0] as HTMLElement).getByRole("link").textContent).toBe(
			"Intro to React",
		);
		expect(
			within(cards[1] as HTMLElement).getByTestId("course-price").textContent,
		).toBe("$49.00");
		expect(screen.getByTestId("catalog-count").textContent).toBe("2 courses");
		const catalogCall = calls.find((c) => c.path === "/school/courses");
		expect(Object.fromEntries(catalogCall?.search ?? [])).toEqual({
			sort: "newest",
			limit: "6",
			offset: "0",
		});
		expect(screen.queryByTestId("catalog-empty")).toBeNull();
	});

	it("shows the empty state when nothing matches", async () => {
		stubFetch({ "GET /school/courses": { body: list([]) }, ...facets });
		renderWithSchool(<CatalogPage />);
		expect(
			await screen.findByRole("heading", { name: "No courses match" }),
		).toBeTruthy();
		expect(screen.getByTestId("catalog-empty")).toBeTruthy();
		expect(screen.queryAllByTestId("course-card")).toHaveLength(0);
		expect(screen.getByTestId("catalog-count").textContent).toBe("0 courses");
	});

	it("refetches and updates the URL when the level changes", async () => {
		const calls = stubFetch({
			"GET /school/courses": (call) => {
				const difficulty = call.search.get("difficulty");
				return {
					body: list(
						difficulty
							? courses.filter((c) => c.difficulty === difficulty)
							: courses,
					),
				};
			},
			...facets,
		});
		renderWithSchool(<CatalogPage />);
		expect(await screen.findAllByTestId("course-card")).toHaveLength(2);
		expect(window.location.pathname).toBe("/pages/learn");
		expect(window.location.search).toBe("");

		// A filter change is a history entry (issue #15: Back restores the previous filters).
		const pushState = vi.spyOn(window.history, "pushState");
		fireEvent.change(screen.getByRole("combobox", { name: "Level" }), {
			target: { value: "advanced" },
		});
		await waitFor(() =>
			expect(screen.getAllByTestId("course-card")).toHaveLength(1),
		);
		expect(screen.getByRole("link", { name: "Deep React" })).toBeTruthy();
		const catalogCalls = calls.filter((c) => c.path === "/school/courses");
		expect(catalogCalls).toHaveLength(2);
		expect(Object.fromEntries(catalogCalls[1]?.search ?? [])).toEqual({
			difficulty: "advanced",
			sort: "newest",
			limit: "6",
			offset: "0",
		});
		expect(window.location.pathname).toBe("/pages/learn");
		expect(window.location.search).toBe("?difficulty=advanced");
		expect(pushState).toHaveBeenCalled();
		expect(
			(screen.getByRole("combobox", { name: "Level" }) as HTMLSelectElement)
				.value,
		).toBe("advanced");
		pushState.mockRestore();
	});

	it("starts from the filters in the URL", async () => {
		const calls = stubFetch({
			"GET /school/courses": { body: list([courses[1] as never]) },
			...facets,
		});
		renderWithSchool(
			<CatalogPage initialFilters={{ price: "paid", sort: "popular" }} />,
		);
		await screen.findAllByTestId("course-card");
		expect(
			(screen.getByRole("combobox", { name: "Price" }) as HTMLSelectElement)
				.value,
		).toBe("paid");
		expect(calls[0]?.search.get("price")).toBe("paid");
		expect(calls[0]?.search.get("sort")).toBe("popular");
		expect(window.location.search).toBe("?price=paid&sort=popular");
	});

	it("debounces the search box into one request", async () => {
		const calls = stubFetch({
			"GET /school/courses": { body: list() },
			...facets,
		});
		renderWithSchool(<CatalogPage />);
		await screen.findAllByTestId("course-card");
		vi.useFakeTimers();
		const box = screen.getByRole("searchbox", { name: "Search courses" });
		for (const value of ["r", "re", "react"]) {
			fireEvent.change(box, { target: { value } });
			act(() => {
				vi.advanceTimersByTime(100);
			});
		}
		// The facets follow the search too; count the catalog reads.
		const searches = () =>
			calls.filter((c) => c.path === "/school/courses" && c.search.has("q"));
		expect(searches()).toHaveLength(0);
		await act(async () => {
			await vi.advanceTimersByTimeAsync(300);
		});
		vi.useRealTimers();
		await waitFor(() => expect(searches()).toHaveLength(1));
		expect(searches()[0]?.search.get("q")).toBe("react");
		await waitFor(() => expect(window.location.search).toBe("?q=react"));
	});
});

describe("MyCoursesPage", () => {
	function entry(overrides: Partial<PortalEntry>): PortalEntry {
		return {
			...enrollmentDetail(),
			course: makeCourse(),
			lastLessonTitle: null,
			completedLessons: 0,
			continueLessonType: null,
			continueLessonTitle: null,
			...overrides,
		};
	}

	it("sends a signed-out visitor to sign in, returning to the portal", async () => {
		const calls = stubFetch({ "GET /school/me": { body: { user: null } } });
		const { navigate } = renderWithSchool(<MyCoursesPage />, {
			overrides: { signInUrl },
		});
		await waitFor(() =>
			expect(navigate).toHaveBeenCalledWith(
				"/sign-in?returnTo=%2Fpages%2Flearn%2Fme",
			),
		);
		expect(screen.getByRole("status").textContent).toBe(
			"Sign in to see your courses.",
		);
		expect(calls.map((c) => c.path)).toEqual(["/school/me"]);
	});

	it("lists courses in progress and completed courses apart", async () => {
		const calls = stubFetch({
			"GET /school/me": {
				body: {
					user: { id: "u1", name: "Ada", isInstructor: false, isAdmin: false },
				},
			},
			"GET /school/me/enrollments": {
				body: {
					total: 3,
					items: [
						entry({
							id: "e1",
							status: "enrolled",
							progressPct: 40,
							lastLessonId: "l2",
							lastLessonTitle: "Components",
							continueLessonId: "l2",
							continueLessonType: "text",
							continueLessonTitle: "Components",
							course: makeCourse({ id: "c1", slug: "intro" }),
						}),
						entry({
							id: "e2",
							status: "completed",
							progressPct: 100,
							certificateId: "cert-2",
							completedAt: "2024-03-04T00:00:00.000Z",
							course: makeCourse({
								id: "c2",
								slug: "deep",
								title: "Deep React",
							}),
						}),
						entry({
							id: "e3",
							status: "cancelled",
							course: makeCourse({
								id: "c3",
								slug: "gone",
								title: "Dropped Course",
							}),
						}),
					],
				},
			},
		});
		const { navigate } = renderWithSchool(<MyCoursesPage />, {
			overrides: { signInUrl },
		});
		const inProgress = within(
			await screen.findByRole("region", { name: "In progress" }),
		);
		const completed = within(screen.getByRole("region", { name: "Completed" }));

		expect(inProgress.getAllByTestId("portal-entry")).toHaveLength(1);
		expect(
			inProgress
				.getByRole("link", { name: "Intro to React" })
				.getAttribute("href"),
		).toBe("/pages/learn/intro");
		expect(
			inProgress
				.getByRole("link", { name: "Continue learning" })
				.getAttribute("href"),
		).toBe("/pages/learn/intro/lessons/l2");
		expect(inProgress.getByText(/Last lesson: Components/)).toBeTruthy();
		expect(
			inProgress.getByRole("progressbar").getAttribute("aria-valuenow"),
		).toBe("40");
		expect(
			inProgress.queryByRole("link", { name: "View certificate" }),
		).toBeNull();

		expect(completed.getAllByTestId("portal-entry")).toHaveLength(1);
		expect(completed.getByRole("link", { name: "Deep React" })).toBeTruthy();
		expect(
			completed
				.getByRole("link", { name: "View certificate" })
				.getAttribute("href"),
		).toBe("/pages/learn/certificates/cert-2");
		expect(completed.getByText(/Completed on March 4, 2024/)).toBeTruthy();

		// A cancelled enrollment is listed in its own group (it used to be left out).
		const left = within(screen.getByRole("region", { name: "Left" }));
		expect(left.getByRole("link", { name: "Dropped Course" })).toBeTruthy();
		expect(left.queryByRole("link", { name: "Continue learning" })).toBeNull();
		expect(navigate).not.toHaveBeenCalled();
		const list = calls.find((c) => c.path === "/school/me/enrollments");
		expect(list?.search.get("limit")).toBe("100");
	});

	it("invites a learner with no courses to browse the catalog", async () => {
		stubFetch({
			"GET /school/me": {
				body: {
					user: { id: "u1", name: "Ada", isInstructor: false, isAdmin: false },
				},
			},
			"GET /school/me/enrollments": { body: { total: 0, items: [] } },
		});
		renderWithSchool(<MyCoursesPage />);
		expect(
			await screen.findByRole("heading", {
				name: "You are not enrolled in any course yet",
			}),
		).toBeTruthy();
		expect(
			screen.getByRole("link", { name: "Browse courses" }).getAttribute("href"),
		).toBe("/pages/learn");
	});
});
