import { currencyDigits, toMajorUnits } from "../../../money.js";
import type { CourseDetail } from "../../../types.js";

/** Where the course lives and who runs the school: what makes the JSON-LD's links absolute. */
export interface CourseJsonLdOptions {
	/** The course page's absolute URL. */
	courseUrl?: string;
	/** The site's origin (and base path); relative image paths are resolved against its origin. */
	siteURL?: string;
	/** The school: the `provider` Organization. Without it the provider is left out. */
	schoolName?: string;
}

/** An absolute URL for `value`, or undefined when it cannot be made absolute. */
function absolute(value: string, base: string | undefined): string | undefined {
	try {
		return new URL(value, base).toString();
	} catch {
		return undefined;
	}
}

/**
 * A schema.org `Course` block, serialized safely for a `<script type="application/ld+json">`:
 * absolute `url` and `image`, the school as provider `Organization`, the instructor as a
 * `Person`, and `aggregateRating` once the course has ratings.
 */
export function courseJsonLd(
	course: CourseDetail,
	options: CourseJsonLdOptions | string = {},
): string {
	const { courseUrl, siteURL, schoolName } =
		typeof options === "string" ? { courseUrl: options } : options;
	const image = course.coverImage
		? absolute(course.coverImage, siteURL ?? courseUrl)
		: undefined;
	const instructor = course.instructorName
		? {
				"@type": "Person",
				name: course.instructorName,
				...(course.instructorBio
					? { description: course.instructorBio.slice(0, 300) }
					: {}),
			}
		: null;
	const rating = course.rating;
	const data = {
		"@context": "https://schema.org",
		"@type": "Course",
		name: course.title,
		description: (course.subtitle || course.description || "").slice(0, 500),
		...(courseUrl ? { url: courseUrl } : {}),
		...(image ? { image } : {}),
		educationalLevel: course.difficulty,
		...(schoolName
			? {
					provider: {
						"@type": "Organization",
						name: schoolName,
						...(siteURL ? { url: siteURL } : {}),
					},
				}
			: {}),
		...(instructor ? { author: instructor, instructor } : {}),
		...(course.outcomes?.length ? { teaches: course.outcomes } : {}),
		...(course.requirements?.length
			? { coursePrerequisites: course.requirements }
			: {}),
		...(rating?.count && rating.average !== null
			? {
					aggregateRating: {
						"@type": "AggregateRating",
						ratingValue: rating.average,
						ratingCount: rating.count,
						bestRating: 5,
						worstRating: 1,
					},
				}
			: {}),
		offers: {
			"@type": "Offer",
			category: course.price > 0 ? "Paid" : "Free",
			// In the currency's own unit: JPY has no minor digits, KWD three.
			price: toMajorUnits(course.price, course.currency).toFixed(
				currencyDigits(course.currency),
			),
			priceCurrency: course.currency,
		},
		hasCourseInstance: {
			"@type": "CourseInstance",
			courseMode: "online",
			...(instructor ? { instructor } : {}),
			...(course.totalDurationMins
				? { courseWorkload: `PT${course.totalDurationMins}M` }
				: {}),
		},
	};
	return JSON.stringify(data).replace(/</g, "\\u003c");
}
