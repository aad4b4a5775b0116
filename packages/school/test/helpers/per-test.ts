import type { Adapter } from "@btst/stack/plugins/api";
import { beforeEach } from "vitest";
import {
	type SchoolApiClient,
	type SeededCourse,
	type SeededSchool,
	seededSchool,
} from "./api";

/*
 * The current test's seeded school, as live bindings: `freshSchool()` registers a
 * `beforeEach` that replaces them, and a test file imports them by name (`api`, `db`, `seeded`,
 * `school`), so its tests read like the ones that declared these variables themselves.
 * Each test file gets its own copy of this module (vitest isolates files).
 */
export let school: SeededSchool;
export let db: Adapter;
export let api: SchoolApiClient;
export let seeded: SeededCourse;

/** A new memory database with the seeded course before every test of the calling file. */
export function freshSchool() {
	beforeEach(async () => {
		school = await seededSchool();
		({ db, api, seeded } = school);
	});
}
