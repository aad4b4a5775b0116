import type { CourseDetail } from "../../../types.js";

/** A schema.org `Course` block, serialized safely for a `<script type="application/ld+json">`. */
export function courseJsonLd(course: CourseDetail, courseUrl?: string): string {
	const data = {
		"@context": "https://schema.org",
		"@type": "Course",
		name: course.title,
		description: (course.description ?? "").slice(0, 500),
		...(courseUrl ? { url: courseUrl } : {}),
		...(course.coverImage ? { image: course.coverImage } : {}),
		educationalLevel: course.difficulty,
		...(course.instructorName
			? {
					provider: { "@type": "Person", name: course.instructorName },
					author: { "@type": "Person", name: course.instructorName },
				}
			: {}),
		offers: {
			"@type": "Offer",
			category: course.price > 0 ? "Paid" : "Free",
			price: (course.price / 100).toFixed(2),
			priceCurrency: course.currency,
		},
		hasCourseInstance: {
			"@type": "CourseInstance",
			courseMode: "online",
			...(course.totalDurationMins
				? { courseWorkload: `PT${course.totalDurationMins}M` }
				: {}),
		},
	};
	return JSON.stringify(data).replace(/</g, "\\u003c");
}
