import QRCode from "qrcode";

/**
 * The verification URL as a QR code (PNG data URL): medium error correction and a quiet zone,
 * dark on white whatever the theme, so phones read it on screen, on paper and in the PDF.
 */
export function qrDataUrl(text: string): Promise<string> {
	return QRCode.toDataURL(text, {
		errorCorrectionLevel: "M",
		margin: 2,
		width: 240,
		color: { dark: "#000000", light: "#ffffff" },
	});
}
