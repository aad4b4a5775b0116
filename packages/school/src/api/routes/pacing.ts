import { z } from "zod";
import { bulkEnroll, bulkEnrollSchema } from "../operations/bulk-enroll.js";
import { exportCourse, importCourse } from "../operations/course-transfer.js";
import { duplicateCourse } from "../operations/duplicate.js";
import type { routeFactory } from "../pipeline.js";
import { serializeCourse } from "../serializers.js";

/**
 * Managing learners and courses (#19): bulk enrollment, duplication, export and import.
 * `POST /school/courses/:id/enrollments`, `POST /school/courses/:id/duplicate`,
 * `GET /school/courses/:id/export`, `POST /school/courses/import`.
 */
export function pacingRoutes(route: ReturnType<typeof routeFactory>) {
	return {
		bulkEnroll: route(
			"/school/courses/:id/enrollments",
			{ method: "POST", body: bulkEnrollSchema },
			async ({ params, body, deps, actor }) =>
				bulkEnroll(deps, await actor(), params.id ?? "", body),
		),

		duplicateCourse: route(
			"/school/courses/:id/duplicate",
			{ method: "POST", status: 201 },
			async ({ params, deps, actor }) =>
				serializeCourse(
					await duplicateCourse(deps, await actor(), params.id ?? ""),
				),
		),

		exportCourse: route(
			"/school/courses/:id/export",
			{ method: "GET" },
			async ({ params, deps, actor }) =>
				exportCourse(deps, await actor(), params.id ?? ""),
		),

		importCourse: route(
			"/school/courses/import",
			// The file is validated whole by the import itself (paths relative to the file).
			{ method: "POST", body: z.record(z.string(), z.unknown()), status: 201 },
			async ({ body, deps, actor }) =>
				serializeCourse(await importCourse(deps, await actor(), body)),
		),
	};
}
