import { describe, expect, it } from "vitest";
import { portalGroupOf } from "../src/client/components/pages/my-courses-page.internal";
import { emailsFrom } from "../src/client/hooks/pacing-hooks";
import type { PortalEntry } from "../src/types";

describe("bulk enrollment input", () => {
	it("finds every email in pasted text or CSV cells, once, lower-cased", () => {
		const csv =
			'name,email\n"Sam",SAM@example.com\nOscar;oscar@example.com\nnot-an-email,sam@example.com';
		expect(emailsFrom(csv)).toEqual(["sam@example.com", "oscar@example.com"]);
	});

	it("handles a 10,000-row CSV", () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => `L${i},l${i}@x.io`);
		expect(emailsFrom(["name,email", ...rows].join("\n"))).toHaveLength(10_000);
	});
});

describe("portal groups", () => {
	it("puts an ended access period in its own group", () => {
		const entry = {
			status: "expired",
			course: { status: "published" },
		} as unknown as PortalEntry;
		expect(portalGroupOf(entry)).toBe("expired");
	});
});
