export { CatalogPageComponent } from "./components/pages/catalog-page.js";
export { CertificatePageComponent } from "./components/pages/certificate-page.js";
export { CourseEditorPageComponent } from "./components/pages/course-editor-page.js";
export { courseJsonLd } from "./components/pages/course-json-ld.js";
export { CoursePageComponent } from "./components/pages/course-page.js";
export { InstructorDashboardPageComponent } from "./components/pages/instructor-dashboard-page.js";
export { LessonEditorPageComponent } from "./components/pages/lesson-editor-page.js";
export { LessonPageComponent } from "./components/pages/lesson-page.js";
export { MyCoursesPageComponent } from "./components/pages/my-courses-page.js";
export { QuizPageComponent } from "./components/pages/quiz-page.js";
export {
	isSchoolApiError,
	SchoolApiError,
	type SchoolApiIssue,
} from "./fetcher.js";
export * from "./hooks/school-hooks.js";
export { useSchool } from "./hooks/use-school.js";
export {
	defaultSchoolLocalization,
	type SchoolLocalization,
} from "./localization.js";
export type { SchoolPluginOverrides, SchoolRouteContext } from "./overrides.js";
export { type SchoolPaths, schoolPaths } from "./paths.js";
export {
	type SchoolClientConfig,
	type SchoolClientHooks,
	schoolClientPlugin,
} from "./plugin.js";
export type { SchoolRouteExtra } from "./route-status.js";
