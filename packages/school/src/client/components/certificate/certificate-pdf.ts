import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";

/** What the PDF shows: the same data as the certificate page. */
export interface CertificatePdfData {
	schoolName?: string;
	title: string;
	certifies: string;
	learnerName: string;
	completed: string;
	courseTitle: string;
	instructorLabel: string;
	instructorName: string;
	dateLabel: string;
	date: string;
	idLabel: string;
	certificateId: string;
	verifyLabel: string;
	verificationUrl: string;
	/** The QR code as a PNG data URL. */
	qrPng: string;
}

/**
 * The standard PDF fonts encode WinAnsi only: characters outside it (e.g. CJK names) would make
 * pdf-lib throw, so they become "?" rather than failing the download.
 */
function encodable(font: PDFFont, text: string): string {
	return [...text]
		.map((ch) => {
			try {
				font.encodeText(ch);
				return ch;
			} catch {
				return "?";
			}
		})
		.join("");
}

/**
 * The certificate as a one-page landscape A4 PDF, laid out like the printed page: school,
 * title, learner, course, instructor, date, id, and the verification URL with its QR code.
 * Always dark text on white.
 */
export async function certificatePdf(
	data: CertificatePdfData,
): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(`${data.title}: ${data.courseTitle}`);
	pdf.setSubject(data.learnerName);
	pdf.setCreator(data.schoolName ?? "btst-school");
	const page = pdf.addPage([841.89, 595.28]);
	const { width, height } = page.getSize();
	const regular = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const ink = rgb(0.07, 0.07, 0.07);
	const muted = rgb(0.27, 0.27, 0.27);
	const center = (
		text: string,
		y: number,
		size: number,
		font = regular,
		color = ink,
	) => {
		const safe = encodable(font, text);
		let fit = size;
		while (fit > 8 && font.widthOfTextAtSize(safe, fit) > width - 120) fit -= 1;
		page.drawText(safe, {
			x: (width - font.widthOfTextAtSize(safe, fit)) / 2,
			y,
			size: fit,
			font,
			color,
		});
	};
	page.drawRectangle({
		x: 24,
		y: 24,
		width: width - 48,
		height: height - 48,
		borderColor: rgb(0.35, 0.35, 0.35),
		borderWidth: 3,
	});
	if (data.schoolName) center(data.schoolName, height - 80, 16, bold, muted);
	center(data.title, height - 130, 32, bold);
	center(data.certifies, height - 185, 14, regular, muted);
	center(data.learnerName, height - 225, 30, bold);
	center(data.completed, height - 270, 14, regular, muted);
	center(data.courseTitle, height - 305, 22, bold);
	const columns: [string, string][] = [
		[data.instructorLabel, data.instructorName],
		[data.dateLabel, data.date],
		[data.idLabel, data.certificateId],
	];
	columns.forEach(([label, value], i) => {
		const x = 80 + i * 190;
		page.drawText(encodable(regular, label), {
			x,
			y: 190,
			size: 10,
			font: regular,
			color: muted,
		});
		page.drawText(encodable(regular, value), {
			x,
			y: 172,
			size: i === 2 ? 8 : 12,
			font: bold,
			color: ink,
		});
	});
	const qr = await pdf.embedPng(data.qrPng);
	page.drawImage(qr, { x: width - 80 - 110, y: 110, width: 110, height: 110 });
	page.drawText(encodable(regular, data.verifyLabel), {
		x: 80,
		y: 110,
		size: 10,
		font: regular,
		color: muted,
	});
	page.drawText(encodable(regular, data.verificationUrl), {
		x: 80,
		y: 94,
		size: 9,
		font: regular,
		color: ink,
	});
	return pdf.save();
}

/** Offers bytes as a file download in the browser. */
export function downloadBytes(
	bytes: Uint8Array,
	filename: string,
	type = "application/pdf",
) {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
