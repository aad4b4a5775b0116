import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BulkEnrollReport } from "../src/api/operations/bulk-enroll";
import { BulkEnrollPanel } from "../src/client/components/instructor/bulk-enroll-panel";
import { renderWithSchool, stubFetch } from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const reportOf = (dryRun: boolean): BulkEnrollReport => ({
	dryRun,
	rows: [{ email: "sam@example.com", outcome: "enrolled", userId: "u1" }],
	counts: {
		enrolled: 1,
		renewed: 0,
		already_enrolled: 0,
		unknown_email: 0,
		invalid_email: 0,
		over_capacity: 0,
		prerequisites_missing: 0,
		failed: 0,
	},
});

describe("bulk enrollment panel", () => {
	it("previews as a dry run, then enrolls for real, both disabled without emails", async () => {
		const calls = stubFetch({
			"POST /school/courses/c1/enrollments": (call) => ({
				body: reportOf((call.body as { dryRun: boolean }).dryRun),
			}),
		});
		renderWithSchool(<BulkEnrollPanel courseId="c1" />);
		const preview = screen.getByTestId("bulk-preview");
		const submit = screen.getByTestId("bulk-submit");
		expect((preview as HTMLButtonElement).disabled).toBe(true);
		expect((submit as HTMLButtonElement).disabled).toBe(true);

		fireEvent.change(screen.getByTestId("bulk-emails"), {
			target: { value: "Sam@example.com" },
		});
		fireEvent.click(preview);
		await waitFor(() =>
			expect(
				screen.getByTestId("bulk-report").getAttribute("data-dry-run"),
			).toBe("true"),
		);
		fireEvent.click(submit);
		await waitFor(() =>
			expect(
				screen.getByTestId("bulk-report").getAttribute("data-dry-run"),
			).toBe("false"),
		);
		const posts = calls.filter((c) => c.method === "POST");
		expect(posts.map((c) => (c.body as { dryRun: boolean }).dryRun)).toEqual([
			true,
			false,
		]);
		expect(posts.map((c) => (c.body as { emails: string[] }).emails)).toEqual([
			["sam@example.com"],
			["sam@example.com"],
		]);
	});
});
