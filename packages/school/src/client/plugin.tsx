import { createRoute, defineClientPlugin } from "@btst/stack/plugins/client";
import type { QueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CATALOG_PAGE_SIZE } from "../api/query-key-defs.js";
import type { CourseList } from "../types.js";
import { filtersFromQuery } from "./components/pages/catalog-filters.js";
import { CatalogPageComponent } from "./components/pages/catalog-page.js";
import { CertificatePageComponent } from "./components/pages/certificate-page.js";
import { CourseEditorPageComponent } from "./components/pages/course-editor-page.js";
import { CoursePageComponent } from "./components/pages/course-page.js";
import { InstructorDashboardPageComponent } from "./components/pages/instructor-dashboard-page.js";
import { LessonEditorPageComponent } from "./components/pages/lesson-editor-page.js";
import { LessonPageComponent } from "./components/pages/lesson-page.js";
import { MyCoursesPageComponent } from "./components/pages/my-courses-page.js";
import { QuizPageComponent } from "./components/pages/quiz-page.js";
import type { ApiTarget } from "./fetcher.js";
import { prefetchLoader } from "./loaders.js";
import type { SchoolLocalization } from "./localization.js";
import { mergeLocalization } from "./localize.js";
import { baseMeta, plainText } from "./meta.js";
import { routePaths as at } from "./paths.js";
import { schoolQueries, schoolReads } from "./queries/index.js";
import { certificateRouteExtra, courseRouteExtra } from "./route-status.js";

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
	/**
	 * The locale of dates, numbers and prices (BCP 47, e.g. `de-DE`). Default `en-US`, never the
	 * runtime's. Give the overrides the same value.
	 */
	locale?: string;
	/** The IANA time zone dates are shown in. Default `UTC`. */
	timeZone?: string;
	/** Strings for page titles and meta (and loader errors); the same object as the overrides'. */
	localization?: Partial<SchoolLocalization>;
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

const apiTarget = (config: SchoolClientConfig): ApiTarget => ({
	apiBaseURL: config.apiBaseURL,
	apiBasePath: config.apiBasePath,
	headers: config.headers,
	errorMessages: config.localization?.errorMessages,
});

/** The catalog page a URL asks for: its filters on the fixed lists, one page of courses. */
const catalogQuery = (
	query: Record<string, string | string[] | undefined> | undefined,
) => ({ ...filtersFromQuery(query), limit: CATALOG_PAGE_SIZE });

/** Courses per sitemap request (the server's largest page). */
const SITEMAP_PAGE = 100;

/**
 * The school client plugin: learner routes under `/learn`, server loaders, meta tags and the
 * sitemap. Route keys: `catalog`, `course`, `lesson`, `quiz`, `certificate`, `myCourses`,
 * `instructorDashboard`, `courseEditor`, `lessonEditor`.
 *
 * Loaders prefetch entries of the query table (`schoolQueries`) that the pages' hooks read, and
 * meta reads them back from the cache with the same keys.
 */
export const schoolClientPlugin = (config: SchoolClientConfig) => {
	const queries = schoolQueries(apiTarget(config));
	const t = mergeLocalization(config.localization);
	// The table's keys carry their data type, so meta reads typed data back from the cache.
	const cachedCourse = (slug: string) =>
		config.queryClient.getQueryData(queries.course(slug).queryKey);
	const courseLoader = (path: string, slug: string) =>
		prefetchLoader(config, { path, params: { slug } }, () => [
			queries.course(slug),
		]);

	// The lesson and quiz routes differ only in their page, path and meta strings.
	const lessonRoutes = {
		lesson: {
			path: "/learn/:slug/lessons/:lessonId",
			Page: LessonPageComponent,
			title: t.metaLessonTitle,
			untitled: t.metaLesson,
			description: t.metaLessonDescription,
		},
		quiz: {
			path: "/learn/:slug/lessons/:lessonId/quiz",
			Page: QuizPageComponent,
			title: t.metaQuizTitle,
			untitled: t.metaQuiz,
			description: t.metaQuizDescription,
		},
	} as const;
	const lessonRoute = (name: keyof typeof lessonRoutes) => {
		const { path, Page, title, untitled, description } = lessonRoutes[name];
		return createRoute(path, ({ params: { slug, lessonId } }) => ({
			PageComponent: () => <Page slug={slug} lessonId={lessonId} />,
			loader: courseLoader(at[name](slug, lessonId), slug),
			extra: () =>
				courseRouteExtra(cachedCourse(slug), {
					id: lessonId,
					quiz: name === "quiz",
				}),
			meta: () => {
				const course = cachedCourse(slug);
				return baseMeta(
					config,
					at[name](slug, lessonId),
					course ? title(course.title) : untitled,
					description,
					false,
				);
			},
		}));
	};

	return defineClientPlugin({
		name: "school",
		routes: () => ({
			catalog: createRoute(
				"/learn",
				({ query }) => {
					const filters = filtersFromQuery(query);
					return {
						PageComponent: () => (
							<CatalogPageComponent initialFilters={filters} />
						),
						loader: prefetchLoader(config, { path: at.catalog() }, () => [
							queries.catalog(catalogQuery(query)),
							queries.facets(filtersFromQuery(query)),
						]),
						meta: () =>
							baseMeta(
								config,
								at.catalog(),
								t.catalogTitle,
								t.metaCatalogDescription,
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
						at.myCourses(),
						t.myCoursesTitle,
						t.metaMyCoursesDescription,
						false,
					),
			})),
			instructorDashboard: createRoute("/learn/instructor", () => ({
				PageComponent: InstructorDashboardPageComponent,
				meta: () =>
					baseMeta(
						config,
						at.instructor(),
						t.metaInstructorTitle,
						t.metaInstructorDescription,
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
							at.courseEditor(id),
							id === "new" ? t.metaNewCourse : t.metaEditCourse,
							t.metaCourseEditorDescription,
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
							at.lessonEditor(id, lessonId),
							lessonId === "new" ? t.metaNewLesson : t.metaEditLesson,
							t.metaLessonEditorDescription,
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
					loader: prefetchLoader(
						config,
						{ path: at.certificate(certificateId), params: { certificateId } },
						() => [queries.certificate(certificateId)],
					),
					extra: () =>
						certificateRouteExtra(
							config.queryClient.getQueryData(
								queries.certificate(certificateId).queryKey,
							),
						),
					meta: () => {
						const cert = config.queryClient.getQueryData(
							queries.certificate(certificateId).queryKey,
						);
						// Certificates are public to verify, but learners' names stay out of search engines.
						return baseMeta(
							config,
							at.certificate(certificateId),
							cert
								? t.metaCertificateTitle(cert.courseTitle)
								: t.metaCertificateNotFound,
							cert
								? t.metaCertificateDescription(
										cert.learnerName,
										cert.courseTitle,
									)
								: t.metaCertificateNotFoundDescription,
							false,
						);
					},
				}),
			),
			course: createRoute("/learn/:slug", ({ params: { slug } }) => ({
				PageComponent: () => <CoursePageComponent slug={slug} />,
				loader: courseLoader(at.course(slug), slug),
				extra: () => courseRouteExtra(cachedCourse(slug)),
				meta: () => {
					const course = cachedCourse(slug);
					if (!course)
						return baseMeta(
							config,
							at.course(slug),
							t.courseNotFound,
							t.metaCourseNotFoundDescription,
							false,
						);
					return baseMeta(
						config,
						at.course(slug),
						course.title,
						plainText(course.description) || course.title,
						course.status === "published",
						course.coverImage,
					);
				},
			})),
			lesson: lessonRoute("lesson"),
			quiz: lessonRoute("quiz"),
		}),
		sitemap: async () => {
			const site = `${config.siteBaseURL}${config.siteBasePath}`;
			const courses: CourseList["items"] = [];
			for (let offset = 0; ; offset += SITEMAP_PAGE) {
				const page = await schoolReads.catalog(apiTarget(config), {
					sort: "newest",
					limit: SITEMAP_PAGE,
					offset,
				});
				courses.push(...page.items);
				if (offset + SITEMAP_PAGE >= page.total || page.items.length === 0)
					break;
			}
			return [
				{
					url: `${site}${at.catalog()}`,
					changeFrequency: "daily" as const,
					priority: 0.8,
				},
				...courses.map((c) => ({
					url: `${site}${at.course(c.slug)}`,
					lastModified: new Date(c.updatedAt),
					changeFrequency: "weekly" as const,
					priority: 0.7,
				})),
			];
		},
	});
};
