import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SCHOOL_QUERY_KEYS } from "../src/api/query-key-defs";
import { CertificatePage } from "../src/client/components/pages/certificate-page.internal";
import {
	createTestQueryClient,
	renderWithSchool,
	stubFetch,
} from "./helpers/render";

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const certificate = {
	certificateId: "cert-123",
	learnerName: "Ada Lovelace",
	courseTitle: "Intro to React",
	courseSlug: "intro",
	instructorName: "Ivy Teacher",
	completedAt: "2024-01-02T10:00:00.000Z",
};

function renderCertificate() {
	stubFetch({});
	const queryClient = createTestQueryClient();
	queryClient.setQueryData(
		SCHOOL_QUERY_KEYS.certificate("cert-123"),
		certificate,
	);
	return renderWithSchool(<CertificatePage certificateId="cert-123" />, {
		queryClient,
		overrides: {
			siteURL: "https://school.example",
			schoolName: "Acme School",
			schoolLogo: "/logo.svg",
		},
	});
}

describe("certificate page", () => {
	it("names the school, prints the verification URL and shows its QR code", async () => {
		renderCertificate();
		expect(screen.getByTestId("certificate-school").textContent).toContain(
			"Acme School",
		);
		const url = "https://school.example/pages/learn/certificates/cert-123";
		expect(screen.getByTestId("certificate-url").textContent).toBe(url);
		const qr = await screen.findByRole("img", { name: /QR code/ });
		expect(qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
	});

	it("offers Copy link, Add to LinkedIn profile and a PDF download (not the print dialog)", async () => {
		const print = vi.fn();
		vi.stubGlobal("print", print);
		renderCertificate();
		const linkedIn = screen.getByRole("link", {
			name: "Add to LinkedIn profile",
		});
		const href = new URL(linkedIn.getAttribute("href") ?? "");
		expect(href.searchParams.get("name")).toBe("Intro to React");
		expect(href.searchParams.get("organizationName")).toBe("Acme School");
		expect(href.searchParams.get("certId")).toBe("cert-123");
		expect(linkedIn.getAttribute("rel")).toContain("noopener");
		expect(screen.getByRole("button", { name: "Copy link" })).toBeTruthy();
		screen.getByTestId("download-pdf").click();
		expect(print).not.toHaveBeenCalled();
	});
});
