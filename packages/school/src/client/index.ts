export { CatalogPageComponent } from "./components/pages/catalog-page";
export { CertificatePageComponent } from "./components/pages/certificate-page";
export { CourseEditorPageComponent } from "./components/pages/course-editor-page";
export { courseJsonLd } from "./components/pages/course-json-ld";
export { CoursePageComponent } from "./components/pages/course-page";
export { InstructorDashboardPageComponent } from "./components/pages/instructor-dashboard-page";
export { LessonEditorPageComponent } from "./components/pages/lesson-editor-page";
export { LessonPageComponent } from "./components/pages/lesson-page";
export { MyCoursesPageComponent } from "./components/pages/my-courses-page";
export { QuizPageComponent } from "./components/pages/quiz-page";
export {
	isSchoolApiError,
	SchoolApiError,
	type SchoolApiIssue,
} from "./fetcher";
export * from "./hooks/school-hooks";
export { useSchool } from "./hooks/use-school";
export {
	defaultSchoolLocalization,
	type SchoolLocalization,
} from "./localization";
export type { SchoolPluginOverrides, SchoolRouteContext } from "./overrides";
export { type SchoolPaths, schoolPaths } from "./paths";
export {
	type SchoolClientConfig,
	type SchoolClientHooks,
	schoolClientPlugin,
} from "./plugin";
