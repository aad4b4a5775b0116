#!/usr/bin/env node
/**
 * Writes the demo courses' cover images, public/covers/<slug>.svg: a gradient, the category
 * and the title. No fonts or images are fetched. The output is committed; run this again only
 * when a course of lib/seed-content.ts changes (`node scripts/make-covers.mjs`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const outDir = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	"../public/covers",
);

/** Keep in step with lib/seed-content.ts (slug, title, category). */
const covers = [
	{
		slug: "html-css-foundations",
		title: "HTML & CSS Foundations",
		category: "Web Development",
		from: "#f97316",
		to: "#db2777",
		glyph: "</>",
	},
	{
		slug: "modern-javascript",
		title: "Modern JavaScript Essentials",
		category: "Web Development",
		from: "#eab308",
		to: "#ea580c",
		glyph: "JS",
	},
	{
		slug: "react-from-scratch",
		title: "React from Scratch",
		category: "Web Development",
		from: "#06b6d4",
		to: "#2563eb",
		glyph: "⚛",
	},
	{
		slug: "python-data-analysis",
		title: "Data Analysis with Python and pandas",
		category: "Data Science",
		from: "#2563eb",
		to: "#7c3aed",
		glyph: "py",
	},
	{
		slug: "sql-query-tuning",
		title: "SQL Query Tuning in PostgreSQL",
		category: "Data Science",
		from: "#0f766e",
		to: "#1e40af",
		glyph: "SQL",
	},
	{
		slug: "design-systems",
		title: "Design Systems with Tokens",
		category: "Design",
		from: "#a855f7",
		to: "#ec4899",
		glyph: "◐",
	},
	{
		slug: "accessible-ui-design",
		title: "Accessible Interface Design",
		category: "Design",
		from: "#16a34a",
		to: "#0d9488",
		glyph: "Aa",
	},
	{
		slug: "unit-economics",
		title: "Unit Economics for Founders",
		category: "Business",
		from: "#334155",
		to: "#0f766e",
		glyph: "€",
	},
	{
		slug: "typescript-generics",
		title: "TypeScript Generics in Depth",
		category: "Web Development",
		from: "#1d4ed8",
		to: "#312e81",
		glyph: "<T>",
	},
];

const escapeXml = (s) =>
	s
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/"/g, "&quot;");

/** Splits a title into lines of at most `max` characters. */
function wrap(text, max = 22) {
	const lines = [];
	let line = "";
	for (const word of text.split(" ")) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function svg({ slug, title, category, from, to, glyph }) {
	const lines = wrap(title);
	const lineHeight = 44;
	const startY = 250 - ((lines.length - 1) * lineHeight) / 2;
	const tspans = lines
		.map(
			(l, i) =>
				`<tspan x="48" y="${startY + i * lineHeight}">${escapeXml(l)}</tspan>`,
		)
		.join("");
	return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img" aria-label="${escapeXml(title)}">
<defs><linearGradient id="g-${slug}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g-${slug})"/>
<circle cx="560" cy="70" r="150" fill="#fff" fill-opacity="0.08"/>
<circle cx="600" cy="330" r="90" fill="#fff" fill-opacity="0.06"/>
<text x="592" y="110" text-anchor="end" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="64" font-weight="700" fill="#fff" fill-opacity="0.35">${escapeXml(glyph)}</text>
<text x="48" y="72" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="20" font-weight="600" letter-spacing="2" fill="#fff" fill-opacity="0.85">${escapeXml(category.toUpperCase())}</text>
<text font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="38" font-weight="700" fill="#fff">${tspans}</text>
<text x="48" y="320" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="18" fill="#fff" fill-opacity="0.8">Acme School</text>
</svg>
`;
}

mkdirSync(outDir, { recursive: true });
for (const cover of covers) {
	writeFileSync(path.join(outDir, `${cover.slug}.svg`), svg(cover));
}
console.log(
	`wrote ${covers.length} covers to ${path.relative(process.cwd(), outDir)}`,
);
