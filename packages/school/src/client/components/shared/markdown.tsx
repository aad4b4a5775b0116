"use client";
import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { cn } from "./cn.js";

/** Only http(s), mailto, relative and fragment links survive; `javascript:` and `data:` do not. */
function safeUrl(url: string): string {
	const cleaned = defaultUrlTransform(url);
	return /^(https?:|mailto:|\/|#|\.)/i.test(cleaned) ||
		!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)
		? cleaned
		: "";
}

/**
 * Renders course and lesson Markdown safely: GFM (tables, task lists), highlighted code blocks,
 * raw HTML skipped rather than rendered, and unsafe link protocols removed.
 */
export function Markdown({
	children,
	className,
}: {
	children: string;
	className?: string;
}) {
	return (
		<div className={cn("school-prose", className)}>
			<ReactMarkdown
				skipHtml
				remarkPlugins={[remarkGfm]}
				rehypePlugins={[
					[rehypeHighlight, { detect: false, ignoreMissing: true }],
				]}
				urlTransform={safeUrl}
				components={{
					a: ({ node: _node, ...props }) => (
						<a {...props} rel="noopener noreferrer nofollow" />
					),
				}}
			>
				{children}
			</ReactMarkdown>
		</div>
	);
}
