"use client";
import type { LessonDetail } from "../../../types.js";
import { useSchool } from "../../hooks/use-school.js";
import { Markdown } from "../shared/markdown.js";
import { withoutTitleHeading } from "./lesson-nav.js";

/** A lesson's text (without a repeated title heading) and its resources. */
export function LessonBody({ lesson }: { lesson: LessonDetail }) {
	const { t } = useSchool();
	return (
		<>
			{lesson.content ? (
				<Markdown>{withoutTitleHeading(lesson.content, lesson.title)}</Markdown>
			) : null}
			{lesson.resources.length ? (
				<section aria-labelledby="resources-heading">
					<h2 id="resources-heading" className="mb-2 text-lg font-semibold">
						{t.resources}
					</h2>
					<ul className="flex flex-col gap-1">
						{lesson.resources.map((r) => (
							<li key={r.url}>
								<a
									href={r.url}
									target="_blank"
									rel="noopener noreferrer nofollow"
									className="text-primary underline underline-offset-4"
								>
									{r.label}
								</a>
							</li>
						))}
					</ul>
				</section>
			) : null}
		</>
	);
}
