import { createRoute, defineClientPlugin } from "@btst/stack/plugins/client";
import type { QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CATALOG_PAGE_SIZE, SCHOOL_QUERY_KEYS } from "../api/query-key-defs";
import { catalogQuerySchema } from "../schemas";
import type {
	Certificate,
	CourseDetail,
	CourseFacets,
	CourseList,
} from "../types";
import { filtersFromQuery } from "./components/pages/catalog-filters";
import { CatalogPageComponent } from "./components/pages/catalog-page";
import { CertificatePageComponent } from "./components/pages/certificate-page";
import { CourseEditorPageComponent } from "./components/pages/course-editor-page";
import { CoursePageComponent } from "./components/pages/course-page";
import { InstructorDashboardPageComponent } from "./components/pages/instructor-dashboard-page";
import { LessonEditorPageComponent } from "./components/pages/lesson-editor-page";
import { LessonPageComponent } from "./components/pages/lesson-page";
import { MyCoursesPageComponent } from "./components/pages/my-courses-page";
import { QuizPageComponent } from "./components/pages/quiz-page";
import { type ApiTarget, orNullOn404, schoolFetch } from "./fetcher";

/** Client plugin configuration (the same shape as the framework's own plugins). */
export interface SchoolClientConfig {
	/** Base URL for API calls, absolute on the server (e.g. `http://localhost:3000`). */
	apiBaseURL: string;
	/** Where the API is mounted (e.g. `/api/data`). */
	apiBasePath: string;
	/** Public URL of the site, for canonical and Open Graph URLs. */
	siteBaseURL: string;
	/** Where the pages are mounted (e.g. `/pages`). */
	siteBasePath: string;
	/** The request's QueryClient: loaders fill it, meta reads it. */
	queryClient: QueryClient;
	/** Headers for server-side API calls (forward the request's cookies). */
	headers?: HeadersInit;
	/** SEO defaults for meta tags. */
	seo?: {
		siteName?: string;
		defaultImage?: string;
		twitterHandle?: string;
		locale?: string;
	};
	/** Loader hooks. */
	hooks?: SchoolClientHooks;
}

export interface SchoolClientHooks {
	/** Called when a server loader fails; the page then loads its data in the browser. */
	onLoadError?: (
		error: Error,
		context: { path: string; params?: Record<string, string> },
	) => void | Promise<void>;
}

/** Any query string: the catalog keeps only the filters on its fixed lists (see filtersFromQuery). */
const anyQuery = z
	.record(z.string(), z.union([z.string(), z.array(z.string())]))
	.optional();

type MetaTag =
	| { title: string }
	| { name: string; content: string }
	| { property: string; content: string };

const target = (config: SchoolClientConfig): ApiTarget => ({
	apiBaseURL: config.apiBaseURL,
	apiBasePath: config.apiBasePath,
	headers: config.headers,
});

/**
 * Loaders run on the server only and never throw: an SSR fetch failure must not crash the page,
 * the client retries. They fill the cache under the keys the hooks read.
 */
function serverLoader(
	config: SchoolClientConfig,
	path: string,
	load: () => Promise<unknown>,
) {
	return async () => {
		if (typeof window !== "undefined") return;
		try {
			await load();
		} catch (error) {
			await config.hooks?.onLoadError?.(error as Error, { path });
		}
	};
}

function baseMeta(
	config: SchoolClientConfig,
	path: string,
	title: string,
	description: string,
	index: boolean,
	image?: string | null,
): MetaTag[] {
	const url = `${config.siteBaseURL}${config.siteBasePath}${path}`;
	const img = image
		? image.startsWith("/")
			? `${config.siteBaseURL}${image}`
			: image
		: config.seo?.defaultImage;
	return [
		{ title },
		{ name: "title", content: title },
		{ name: "description", content: description },
		{ name: "robots", content: index ? "index, follow" : "noindex, nofollow" },
		{ property: "og:type", content: "website" },
		{ property: "og:title", content: title },
		{ property: "og:description", content: description },
		{ property: "og:url", content: url },
		...(config.seo?.siteName
			? [{ property: "og:site_name", content: config.seo.siteName }]
			: []),
		...(img ? [{ property: "og:image", content: img }] : []),
		{ name: "twitter:card", content: img ? "summary_large_image" : "summary" },
		{ name: "twitter:title", content: title },
		{ name: "twitter:description", content: description },
		...(config.seo?.twitterHandle
			? [{ name: "twitter:site", content: config.seo.twitterHandle }]
			: []),
	];
}

const plainText = (markdown: string | null | undefined, max = 160) =>
	(markdown ?? "")
		.replace(/[#*_`>[\]()!|-]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.slice(0, max);

function catalogQuery(
	query: Record<string, string | string[] | undefined> | undefined,
) {
	return catalogQuerySchema.parse({
		...filtersFromQuery(query),
		limit: CATALOG_PAGE_SIZE,
	});
}

/** The course page's data, prefetched by its loader and read back by its meta. */
const cachedCourse = (config: SchoolClientConfig, slug: string) =>
	config.queryClient.getQueryData<CourseDetail | null>(
		SCHOOL_QUERY_KEYS.course(slug),
	);

/**
 * The school client plugin: learner routes under `/learn`, server loaders, meta tags and the
 * sitemap. Route keys: `catalog`, `course`, `lesson`, `quiz`, `certificate`, `myCourses`,
 * `instructorDashboard`, `courseEditor`, `lessonEditor`.
 */
export const schoolClientPlugin = (config: SchoolClientConfig) =>
	defineClientPlugin({
		name: "school",
		routes: () => ({
			catalog: createRoute(
				"/learn",
				({ query }) => {
					const filters = filtersFromQuery(query);
					const q = catalogQuery(query);
					return {
						PageComponent: () => (
							<CatalogPageComponent initialFilters={filters} />
						),
						loader: serverLoader(config, "/learn", () =>
							Promise.all([
								config.queryClient.fetchQuery({
									queryKey: SCHOOL_QUERY_KEYS.catalog(q),
									queryFn: () =>
										schoolFetch<CourseList>(target(config), "/school/courses", {
											query: q,
										}),
								}),
								config.queryClient.fetchQuery({
									queryKey: SCHOOL_QUERY_KEYS.facets(),
									queryFn: () =>
										schoolFetch<CourseFacets>(
											target(config),
											"/school/courses/facets",
										),
								}),
							]),
						),
						meta: () =>
							baseMeta(
								config,
								"/learn",
								"Courses",
								"Browse our courses: learn at your own pace with videos, readings and quizzes.",
								true,
							),
					};
				},
				// yar passes the query string to routes that declare one; values are checked later.
				{ query: anyQuery },
			),
			myCourses: createRoute("/learn/me", () => ({
				PageComponent: MyCoursesPageComponent,
				meta: () =>
					baseMeta(
						config,
						"/learn/me",
						"My learning",
						"Your courses and progress.",
						false,
					),
			})),
			instructorDashboard: createRoute("/learn/instructor", () => ({
				PageComponent: InstructorDashboardPageComponent,
				meta: () =>
					baseMeta(
						config,
						"/learn/instructor",
						"Instructor dashboard",
						"Manage your courses.",
						false,
					),
			})),
			courseEditor: createRoute(
				"/learn/instructor/courses/:id",
				({ params: { id } }) => ({
					PageComponent: () => <CourseEditorPageComponent courseId={id} />,
					meta: () =>
						baseMeta(
							config,
							`/learn/instructor/courses/${id}`,
							id === "new" ? "New course" : "Edit course",
							"Edit a course and its curriculum.",
							false,
						),
				}),
			),
			lessonEditor: createRoute(
				"/learn/instructor/courses/:id/lessons/:lessonId",
				({ params: { id, lessonId }, query }) => ({
					PageComponent: () => (
						<LessonEditorPageComponent
							courseId={id}
							lessonId={lessonId}
							sectionId={
								typeof query?.sectionId === "string"
									? query.sectionId
									: undefined
							}
						/>
					),
					meta: () =>
						baseMeta(
							config,
							`/learn/instructor/courses/${id}/lessons/${lessonId}`,
							lessonId === "new" ? "New lesson" : "Edit lesson",
							"Edit a lesson.",
							false,
						),
				}),
				{ query: anyQuery },
			),
			certificate: createRoute(
				"/learn/certificates/:certificateId",
				({ params: { certificateId } }) => ({
					PageComponent: () => (
						<CertificatePageComponent certificateId={certificateId} />
					),
					loader: serverLoader(
						config,
						`/learn/certificates/${certificateId}`,
						() =>
							config.queryClient.fetchQuery({
								queryKey: SCHOOL_QUERY_KEYS.certificate(certificateId),
								queryFn: () =>
									orNullOn404(
										schoolFetch<Certificate>(
											target(config),
											`/school/certificates/${encodeURIComponent(certificateId)}`,
										),
									),
							}),
					),
					meta: () => {
						const cert = config.queryClient.getQueryData<Certificate | null>(
							SCHOOL_QUERY_KEYS.certificate(certificateId),
						);
						// Certificates are public to verify, but learners' names stay out of search engines.
						return baseMeta(
							config,
							`/learn/certificates/${certificateId}`,
							cert
								? `Certificate: ${cert.courseTitle}`
								: "Certificate not found",
							cert
								? `${cert.learnerName} completed ${cert.courseTitle}.`
								: "No certificate has this id.",
							false,
						);
					},
				}),
			),
			course: createRoute("/learn/:slug", ({ params: { slug } }) => ({
				PageComponent: () => <CoursePageComponent slug={slug} />,
				loader: serverLoader(config, `/learn/${slug}`, () =>
					config.queryClient.fetchQuery({
						queryKey: SCHOOL_QUERY_KEYS.course(slug),
						queryFn: () =>
							orNullOn404(
								schoolFetch<CourseDetail>(
									target(config),
									`/school/courses/${encodeURIComponent(slug)}`,
								),
							),
					}),
				),
				meta: () => {
					const course = cachedCourse(config, slug);
					if (!course)
						return baseMeta(
							config,
							`/learn/${slug}`,
							"Course not found",
							"This course does not exist.",
							false,
						);
					return baseMeta(
						config,
						`/learn/${slug}`,
						course.title,
						plainText(course.description) || course.title,
						course.status === "published",
						course.coverImage,
					);
				},
			})),
			lesson: createRoute(
				"/learn/:slug/lessons/:lessonId",
				({ params: { slug, lessonId } }) => ({
					PageComponent: () => (
						<LessonPageComponent slug={slug} lessonId={lessonId} />
					),
					loader: serverLoader(
						config,
						`/learn/${slug}/lessons/${lessonId}`,
						() =>
							config.queryClient.fetchQuery({
								queryKey: SCHOOL_QUERY_KEYS.course(slug),
								queryFn: () =>
									orNullOn404(
										schoolFetch<CourseDetail>(
											target(config),
											`/school/courses/${encodeURIComponent(slug)}`,
										),
									),
							}),
					),
					meta: () => {
						const course = cachedCourse(config, slug);
						return baseMeta(
							config,
							`/learn/${slug}/lessons/${lessonId}`,
							course ? `Lesson · ${course.title}` : "Lesson",
							"A lesson of the course.",
							false,
						);
					},
				}),
			),
			quiz: createRoute(
				"/learn/:slug/lessons/:lessonId/quiz",
				({ params: { slug, lessonId } }) => ({
					PageComponent: () => (
						<QuizPageComponent slug={slug} lessonId={lessonId} />
					),
					loader: serverLoader(
						config,
						`/learn/${slug}/lessons/${lessonId}/quiz`,
						() =>
							config.queryClient.fetchQuery({
								queryKey: SCHOOL_QUERY_KEYS.course(slug),
								queryFn: () =>
									orNullOn404(
										schoolFetch<CourseDetail>(
											target(config),
											`/school/courses/${encodeURIComponent(slug)}`,
										),
									),
							}),
					),
					meta: () => {
						const course = cachedCourse(config, slug);
						return baseMeta(
							config,
							`/learn/${slug}/lessons/${lessonId}/quiz`,
							course ? `Quiz · ${course.title}` : "Quiz",
							"A quiz of the course.",
							false,
						);
					},
				}),
			),
		}),
		sitemap: async () => {
			const origin = `${config.siteBaseURL}${config.siteBasePath}`;
			const courses: CourseList["items"] = [];
			for (let offset = 0; ; offset += 100) {
				const page = await schoolFetch<CourseList>(
					target(config),
					"/school/courses",
					{
						query: { limit: 100, offset, sort: "newest" },
					},
				);
				courses.push(...page.items);
				if (offset + 100 >= page.total || page.items.length === 0) break;
			}
			return [
				{
					url: `${origin}/learn`,
					changeFrequency: "daily" as const,
					priority: 0.8,
				},
				...courses.map((c) => ({
					url: `${origin}/learn/${c.slug}`,
					lastModified: new Date(c.updatedAt),
					changeFrequency: "weekly" as const,
					priority: 0.7,
				})),
			];
		},
	});
