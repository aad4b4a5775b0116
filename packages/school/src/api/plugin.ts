import type { Adapter } from "@btst/stack/plugins/api";
import { defineBackendPlugin } from "@btst/stack/plugins/api";
import { schoolSchema } from "../db.js";
import type { SchoolBackendOptions } from "./options.js";
import { routeFactory } from "./pipeline.js";
import { catalogRoutes } from "./routes/catalog.js";
import { instructorRoutes } from "./routes/instructor.js";
import { learnerRoutes } from "./routes/learner.js";
import { noteRoutes } from "./routes/notes.js";
import { pacingRoutes } from "./routes/pacing.js";
import { reviewRoutes } from "./routes/reviews.js";
import { createSchoolApi } from "./server-api.js";
import type { SchoolPluginContext } from "./stack-auth.js";

// The options and the server api lived in this module before; they stay importable from here.
export type {
	SchoolBackendOptions,
	SchoolHookContext,
	SchoolPluginHooks,
	SchoolRequestContext,
} from "./options.js";
export { createSchoolApi, type SchoolApi } from "./server-api.js";

/**
 * The route table. Each endpoint is thin: the pipeline validates and maps errors; the handler
 * identifies (lazily), calls a loader or an operation, and serializes. The endpoints live in
 * `routes/*`, one module per area; the keys below are the router's (and `SchoolRoutes`') names.
 */
function createSchoolRoutes(
	adapter: Adapter,
	options: SchoolBackendOptions,
	context?: SchoolPluginContext,
) {
	const route = routeFactory(adapter, options, context);
	const db = adapter;

	return {
		...pacingRoutes(route),
		...noteRoutes(route, db),
		...reviewRoutes(route, db),
		...catalogRoutes(route, db, options),
		...learnerRoutes(route, db, options),
		...instructorRoutes(route, db, options),
	};
}

/**
 * The school backend plugin: schema, endpoints under `/school/*`, and an `api` factory for
 * server-side data access (exposed as `stack().api.school` on BTST versions that support it).
 */
export function schoolBackendPlugin(options: SchoolBackendOptions = {}) {
	const plugin = defineBackendPlugin({
		name: "school",
		dbPlugin: schoolSchema,
		// BTST 3 passes its context (with the app's `auth` provider) as the second argument.
		routes: (adapter: Adapter, context?: SchoolPluginContext) =>
			createSchoolRoutes(adapter, options, context),
	});
	// BTST 1.1.11 ignores `api` at run time and its types reject it inline, so it is added here.
	return Object.assign(plugin, {
		api: (adapter: Adapter) => createSchoolApi(adapter, options),
	});
}

export type SchoolRoutes = ReturnType<typeof createSchoolRoutes>;
