import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { certificatePdf } from "../src/client/components/certificate/certificate-pdf";
import { qrDataUrl } from "../src/client/components/certificate/qr";
import {
	linkedInAddToProfileUrl,
	verificationUrl,
} from "../src/client/components/certificate/share-links";

const url = "https://school.example/pages/learn/certificates/cert-9f3a";

/** Decodes a PNG data URL's QR code, as a phone camera would. */
function decodeQr(dataUrl: string): string | null {
	const png = PNG.sync.read(Buffer.from(dataUrl.split(",")[1] ?? "", "base64"));
	return (
		jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
	);
}

/** The text a PDF draws: its content streams inflated, hex strings (`<...> Tj`) decoded. */
function pdfText(bytes: Uint8Array): string {
	const raw = Buffer.from(bytes).toString("latin1");
	const out: string[] = [];
	const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
	for (let m = streams.exec(raw); m; m = streams.exec(raw)) {
		let body = m[1] ?? "";
		try {
			body = inflateSync(Buffer.from(body, "latin1")).toString("latin1");
		} catch {}
		for (const hex of body.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
			out.push(Buffer.from(hex[1] ?? "", "hex").toString("latin1"));
		for (const lit of body.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g))
			out.push(lit[1] ?? "");
	}
	return out.join("\n");
}

describe("certificate sharing", () => {
	it("the QR code decodes to the verification URL", async () => {
		expect(decodeQr(await qrDataUrl(url))).toBe(url);
	});

	it("the verification URL uses the app's public origin, else the browser's", () => {
		expect(
			verificationUrl("/pages/learn/certificates/x", "https://s.example/"),
		).toBe("https://s.example/pages/learn/certificates/x");
		expect(verificationUrl("/c/x", undefined, "http://localhost:3000")).toBe(
			"http://localhost:3000/c/x",
		);
	});

	it("LinkedIn's add-to-profile link carries the certification fields", () => {
		const link = new URL(
			linkedInAddToProfileUrl(
				{
					courseTitle: "React Basics",
					completedAt: "2026-03-15T10:00:00.000Z",
					certificateId: "cert-9f3a",
				},
				{ url, organizationName: "Acme School" },
			),
		);
		expect(link.origin + link.pathname).toBe(
			"https://www.linkedin.com/profile/add",
		);
		expect(Object.fromEntries(link.searchParams)).toEqual({
			startTask: "CERTIFICATION_NAME",
			name: "React Basics",
			organizationName: "Acme School",
			issueYear: "2026",
			issueMonth: "3",
			certUrl: url,
			certId: "cert-9f3a",
		});
	});

	it("the PDF is one landscape page with the learner, the course and the verification URL", async () => {
		const bytes = await certificatePdf({
			schoolName: "Acme School",
			title: "Certificate of completion",
			certifies: "This certifies that",
			learnerName: "Zoë Müller",
			completed: "has completed",
			courseTitle: "React Basics",
			instructorLabel: "Instructor",
			instructorName: "Olive Owner",
			dateLabel: "Date",
			date: "March 15, 2026",
			idLabel: "Certificate ID",
			certificateId: "cert-9f3a",
			verifyLabel: "Verify at",
			verificationUrl: url,
			qrPng: await qrDataUrl(url),
		});
		expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
		const text = pdfText(bytes);
		expect(text).toContain("Zo\u00eb M\u00fcller");
		expect(text).toContain("React Basics");
		expect(text).toContain(url);
		expect(text).toContain("Acme School");
		const { PDFDocument } = await import("pdf-lib");
		const doc = await PDFDocument.load(bytes);
		expect(doc.getPageCount()).toBe(1);
		const { width, height } = doc.getPage(0).getSize();
		expect(width).toBeGreaterThan(height);
	});

	it("a name outside the PDF fonts' characters still makes a PDF", async () => {
		const bytes = await certificatePdf({
			title: "Certificate",
			certifies: "",
			learnerName: "山田太郎",
			completed: "",
			courseTitle: "React",
			instructorLabel: "",
			instructorName: "",
			dateLabel: "",
			date: "",
			idLabel: "",
			certificateId: "c",
			verifyLabel: "",
			verificationUrl: url,
			qrPng: await qrDataUrl(url),
		});
		expect(pdfText(bytes)).toContain("????");
	});
});
