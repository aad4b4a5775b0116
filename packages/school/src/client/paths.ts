/** The school's page paths under the app's pages base path (e.g. `/pages`). One place builds them. */
export function schoolPaths(basePath: string) {
	const base = `${basePath.replace(/\/$/, "")}/learn`;
	const enc = encodeURIComponent;
	return {
		catalog: (query?: string) => (query ? `${base}?${query}` : base),
		course: (slug: string) => `${base}/${enc(slug)}`,
		lesson: (slug: string, lessonId: string) =>
			`${base}/${enc(slug)}/lessons/${enc(lessonId)}`,
		quiz: (slug: string, lessonId: string) =>
			`${base}/${enc(slug)}/lessons/${enc(lessonId)}/quiz`,
		certificate: (certificateId: string) =>
			`${base}/certificates/${enc(certificateId)}`,
		myCourses: () => `${base}/me`,
		instructor: () => `${base}/instructor`,
		courseEditor: (courseId: string) =>
			`${base}/instructor/courses/${enc(courseId)}`,
		lessonEditor: (courseId: string, lessonId: string) =>
			`${base}/instructor/courses/${enc(courseId)}/lessons/${enc(lessonId)}`,
	};
}
export type SchoolPaths = ReturnType<typeof schoolPaths>;

/**
 * The same paths relative to the pages base path (`/learn/...`): what loaders, meta and route
 * error reports name a page by. Links use `useSchool().paths`, which include the base path.
 */
export const routePaths: SchoolPaths = schoolPaths("");
