#!/usr/bin/env node
// `npm run check:docs`: every code example in the docs is compiled against the real package.
//
// - ```ts / ```tsx blocks are written out as modules under docs/.check/ and type-checked together
//   with the TypeScript compiler (strict, Bundler resolution, react-jsx) against the built
//   `btst-school` (packages/school/dist — run `npm run build -w btst-school` first).
//   A block with `title="lib/stack.ts"` becomes that file of a small app, so other blocks can
//   import it as `@/lib/stack` — the examples are checked as the app a reader would assemble.
//   A second block with a title already used is checked on its own (imports still see the first).
//   Blocks without a title are checked as standalone modules.
// - ```json blocks must parse; with `check="quiz"` they must also pass the plugin's quiz schema.
// - `<AutoTypeTable path="..." name="..." />` must point at a file that exports that type, and
//   root-relative images (`/docs/...`) must exist.
// - A block whose info string has `no-check="reason"` is skipped; the reason is required.
// - `docs/check-prelude.d.ts` holds ambient declarations for things the pages use but this repo
//   does not install (kept small and true to the real APIs).
//
// Prints how many blocks were checked and exits 1 with mdx-file:line for every error.
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const docsDir = join(root, "docs");
const contentDir = join(docsDir, "content");
const checkDir = join(docsDir, ".check");
const appDir = join(checkDir, "site");
const preludeFile = join(docsDir, "check-prelude.d.ts");

const rel = (file) => relative(root, file);
const problems = [];
const fail = (where, message) => problems.push(`${where}  ${message}`);

function mdxFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return mdxFiles(path);
		return entry.name.endsWith(".mdx") ? [path] : [];
	});
}

/** `key="value"` / `key='value'` / bare `flag` attributes of a fence's info string. */
function parseMeta(meta) {
	const attrs = {};
	const re = /([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
	for (const m of meta.matchAll(re)) attrs[m[1]] = m[2] ?? m[3] ?? m[4] ?? true;
	return attrs;
}

/** Fenced code blocks with their info string and the 1-based line of their first code line. */
function codeBlocks(text) {
	const lines = text.split("\n");
	const blocks = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)\s*(.*)$/.exec(lines[i]);
		if (!open) continue;
		const [, indent, fence, lang, meta] = open;
		const body = [];
		let j = i + 1;
		const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`);
		while (j < lines.length && !close.test(lines[j])) {
			body.push(
				lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j],
			);
			j++;
		}
		blocks.push({
			lang,
			meta,
			attrs: parseMeta(meta),
			code: body.join("\n"),
			line: i + 2,
		});
		i = j;
	}
	return blocks;
}

const schoolDir = dirname(
	createRequire(import.meta.url).resolve("btst-school/package.json"),
);
if (!existsSync(join(schoolDir, "dist", "api", "index.d.ts"))) {
	console.error(
		"check:docs: btst-school is not built (no dist/). Run `npm run build -w btst-school` first.",
	);
	process.exit(1);
}

rmSync(checkDir, { recursive: true, force: true });
mkdirSync(appDir, { recursive: true });

const tsBlocks = []; // { file, mdx, line }
const skipped = [];
const jsonBlocks = [];
const usedTitles = new Set();

for (const mdx of mdxFiles(contentDir)) {
	const text = readFileSync(mdx, "utf8");
	for (const block of codeBlocks(text)) {
		const where = `${rel(mdx)}:${block.line - 1}`;
		const isTs = ["ts", "tsx", "typescript"].includes(block.lang);
		if ("no-check" in block.attrs) {
			const reason = block.attrs["no-check"];
			const hasReason =
				typeof reason === "string" && reason.trim().length >= 10;
			if (!hasReason) {
				fail(
					where,
					'no-check needs a reason: no-check="why this block is not checked"',
				);
			}
			skipped.push({ where, reason: hasReason ? reason : "(no reason given)" });
			continue;
		}
		if (isTs) {
			const ext = block.lang === "tsx" ? ".tsx" : ".ts";
			const title =
				typeof block.attrs.title === "string" ? block.attrs.title : null;
			let file;
			if (title && !usedTitles.has(title)) {
				usedTitles.add(title);
				file = join(
					appDir,
					/\.(tsx?|mts)$/.test(title) ? title : `${title}${ext}`,
				);
			} else {
				const name = title ? title.replace(/[^\w.-]+/g, "_") : `block${ext}`;
				file = join(checkDir, "snippets", `line-${block.line - 1}`, name);
			}
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, `${block.code}\n`);
			tsBlocks.push({ file, mdx, line: block.line });
		} else if (block.lang === "json") {
			jsonBlocks.push({ ...block, where });
		}
	}
	// MDX reads `{` as an expression and `<` as a tag: in prose they must sit in inline code.
	const lines = text.split("\n");
	const skipUntil = lines[0] === "---" ? lines.indexOf("---", 1) : -1; // frontmatter
	let fenced = false;
	for (const [i, line] of lines.entries()) {
		if (i <= skipUntil) continue;
		if (/^\s*(`{3,}|~{3,})/.test(line)) {
			fenced = !fenced;
			continue;
		}
		if (fenced) continue;
		const prose = line.replace(/`[^`]*`/g, "");
		if (/^\s*(import\s|<\/?(Callout|AutoTypeTable)\b)/.test(prose)) continue;
		if (/[{}]|<[A-Za-z/!]/.test(prose)) {
			fail(
				`${rel(mdx)}:${i + 1}`,
				"`{`, `}` or `<` in prose: MDX parses it as code; put it in backticks",
			);
		}
	}
	// AutoTypeTable entries must name an exported type of an existing file.
	for (const m of text.matchAll(/<AutoTypeTable\s+([^>]*?)\/>/g)) {
		const attrs = parseMeta(m[1]);
		const line = text.slice(0, m.index).split("\n").length;
		const where = `${rel(mdx)}:${line}`;
		const file = join(docsDir, String(attrs.path));
		let source = "";
		try {
			source = readFileSync(file, "utf8");
		} catch {
			fail(
				where,
				`AutoTypeTable path not found: ${attrs.path} (resolved from docs/)`,
			);
			continue;
		}
		const exported = new RegExp(
			`export\\s+(?:interface|type)\\s+${attrs.name}\\b`,
		);
		if (!exported.test(source))
			fail(where, `AutoTypeTable: ${attrs.path} exports no type ${attrs.name}`);
	}
	// Root-relative images must exist in the repository.
	for (const m of text.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)\)/g)) {
		const line = text.slice(0, m.index).split("\n").length;
		try {
			readFileSync(join(root, m[1]));
		} catch {
			fail(`${rel(mdx)}:${line}`, `image not found: ${m[1]}`);
		}
	}
}

/**
 * The plugin's own quiz schema from the built package. `btst-school/api` itself is built for
 * bundlers (extensionless relative imports), so plain Node loads `dist/quiz.js`, which imports
 * only zod.
 */
async function loadQuizSchema() {
	const mod = await import(
		pathToFileURL(join(schoolDir, "dist", "quiz.js")).href
	);
	return mod.quizSchema;
}

// JSON examples: valid JSON; quiz examples must pass the plugin's own quiz schema.
let quizSchema;
for (const block of jsonBlocks) {
	let value;
	try {
		value = JSON.parse(block.code);
	} catch (error) {
		fail(block.where, `invalid JSON: ${error.message}`);
		continue;
	}
	if (block.attrs.check === "quiz") {
		quizSchema ??= await loadQuizSchema();
		const result = quizSchema.safeParse(value);
		if (!result.success) {
			for (const issue of result.error.issues) {
				fail(
					block.where,
					`quiz schema: ${issue.path.join(".")}: ${issue.message}`,
				);
			}
		}
	}
}

// The check folder is a TypeScript project of its own (open it in an editor to debug a block).
writeFileSync(
	join(checkDir, "tsconfig.json"),
	`${JSON.stringify(
		{
			extends: "../../tsconfig.base.json",
			compilerOptions: {
				noEmit: true,
				strict: true,
				module: "ESNext",
				moduleResolution: "Bundler",
				moduleDetection: "force",
				jsx: "react-jsx",
				skipLibCheck: true,
				types: ["node"],
				paths: { "@/*": ["./site/*"] },
			},
			include: ["site/**/*", "snippets/**/*", "../check-prelude.d.ts"],
		},
		null,
		"\t",
	)}\n`,
);

const config = ts.getParsedCommandLineOfConfigFile(
	join(checkDir, "tsconfig.json"),
	{},
	{
		...ts.sys,
		onUnRecoverableConfigFileDiagnostic: (d) => {
			throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
		},
	},
);
const program = ts.createProgram({
	rootNames: config.fileNames,
	options: config.options,
});
const diagnostics = [...config.errors, ...ts.getPreEmitDiagnostics(program)];

const blockOf = new Map(tsBlocks.map((b) => [b.file, b]));
for (const d of diagnostics) {
	const message = ts.flattenDiagnosticMessageText(d.messageText, "\n    ");
	if (!d.file) {
		fail("tsconfig", `TS${d.code}: ${message}`);
		continue;
	}
	const { line, character } = d.file.getLineAndCharacterOfPosition(
		d.start ?? 0,
	);
	const block = blockOf.get(d.file.fileName);
	const where = block
		? `${rel(block.mdx)}:${block.line + line}:${character + 1}`
		: `${rel(d.file.fileName)}:${line + 1}:${character + 1}`;
	fail(where, `TS${d.code}: ${message}`);
}

const missing = [preludeFile].filter((f) => !config.fileNames.includes(f));
for (const f of missing) fail(rel(f), "the shared prelude is missing");

console.log(
	`check:docs: type-checked ${tsBlocks.length} TypeScript block(s), validated ${jsonBlocks.length} JSON block(s)` +
		` (${jsonBlocks.filter((b) => b.attrs.check === "quiz").length} against the quiz schema).`,
);
for (const s of skipped) console.log(`  not checked: ${s.where} — ${s.reason}`);
if (problems.length) {
	console.error(`\n${problems.length} problem(s):`);
	for (const p of problems) console.error(`  ${p}`);
	process.exit(1);
}
console.log("check:docs: ok");
