import type { Viewer } from "../access.js";
import type { TxDb } from "../db-types.js";
import type {
	SchoolBackendOptions,
	SchoolHookContext,
	SchoolRequestContext,
} from "../options.js";

/** What every operation runs with: the database and the plugin's options. */
export interface OperationDeps {
	db: TxDb;
	options: SchoolBackendOptions;
}

/**
 * Who performs an operation: the viewer, and over HTTP the request (handed to the hooks).
 * The server-side api passes only the viewer.
 */
export interface Actor extends SchoolRequestContext {
	viewer: Viewer;
}

/** The last argument of every hook. */
export const hookContext = (actor: Actor): SchoolHookContext => ({
	user: actor.viewer,
	headers: actor.headers,
	request: actor.request,
});

/** The plugin's settings with their defaults. */
export const settingsOf = (options: SchoolBackendOptions) => ({
	hooks: options.hooks ?? {},
	passMark: options.quizPassMark ?? 70,
	certificatesEnabled: options.certificatesEnabled ?? true,
	/** Pacing (#19): drip and access periods read the time from here. */
	clock: options.clock ?? (() => new Date()),
});
