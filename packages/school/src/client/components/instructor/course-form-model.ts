/**
 * The course form's model (no React): form values as the inputs hold them (strings), their
 * conversion to the API's create/update bodies, slug derivation, prices in major units ↔ the
 * currency's minor units, and server errors mapped to the fields they are about.
 */
import { currencyDigits } from "../../../money.js";
import type { CreateCourseInput, UpdateCourseInput } from "../../../schemas.js";
import type {
	CourseStatus,
	CourseSummary,
	Difficulty,
} from "../../../types.js";
import { SchoolApiError } from "../../fetcher.js";
import { apiFieldIssues } from "../shared/api-issues.js";

export interface CourseFormValues {
	title: string;
	slug: string;
	description: string;
	coverImage: string;
	category: string;
	/** Comma separated. */
	tags: string;
	difficulty: Difficulty;
	durationMins: string;
	/** In major units of `currency`, e.g. `49.00` USD or `4900` JPY. */
	price: string;
	currency: string;
	maxStudents: string;
	status: CourseStatus;
}

export type CourseField = keyof CourseFormValues;

export const courseFields: CourseField[] = [
	"title",
	"slug",
	"description",
	"coverImage",
	"category",
	"tags",
	"difficulty",
	"durationMins",
	"price",
	"currency",
	"maxStudents",
	"status",
];

export const emptyCourseForm: CourseFormValues = {
	title: "",
	slug: "",
	description: "",
	coverImage: "",
	category: "",
	tags: "",
	difficulty: "beginner",
	durationMins: "",
	price: "",
	currency: "USD",
	maxStudents: "",
	status: "draft",
};

/** A URL slug from a title: lower-case ASCII letters and digits joined by single dashes. */
export { slugify } from "../../../slug.js";

/**
 * A price typed in major units (`49`, `49.5`, `49.00`, `49,99`, `1 000`) as the currency's minor
 * units: cents for USD, yen for JPY (no decimals), fils for KWD (three). Empty means free (0).
 * Returns null when it is not a price (letters, negative, more decimals than the currency has).
 */
export function priceToMinor(value: string, currency: string): number | null {
	const text = value.trim().replace(/\s/g, "");
	if (text === "") return 0;
	const digits = currencyDigits(currency);
	const normalized = /^\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
	const match = /^(\d+)(?:\.(\d*))?$/.exec(normalized);
	if (!match) return null;
	const fractionText = match[2] ?? "";
	if (fractionText.length > digits) return null;
	const minor =
		Number(match[1]) * 10 ** digits +
		Number(fractionText.padEnd(digits, "0") || "0");
	return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the price input shows them (`4900` USD → `49.00`, JPY → `4900`; free → empty). */
export function minorToPrice(minor: number, currency: string): string {
	if (!minor) return "";
	const digits = currencyDigits(currency);
	return (minor / 10 ** digits).toFixed(digits);
}

/** The form's values for an existing course. */
export function courseToForm(course: CourseSummary): CourseFormValues {
	return {
		title: course.title,
		slug: course.slug,
		description: course.description ?? "",
		coverImage: course.coverImage ?? "",
		category: course.category ?? "",
		tags: course.tags.join(", "),
		difficulty: course.difficulty,
		durationMins:
			course.durationMins === null ? "" : String(course.durationMins),
		price: minorToPrice(course.price, course.currency),
		currency: course.currency,
		maxStudents: course.maxStudents === null ? "" : String(course.maxStudents),
		status: course.status,
	};
}

export type FieldErrors = Partial<Record<CourseField, string>>;

/** Problems the browser can see before asking the server (the server checks everything again). */
export function validateCourseForm(
	values: CourseFormValues,
	messages: {
		titleRequired: string;
		invalidPrice: string;
		invalidNumber: string;
	},
): FieldErrors {
	const errors: FieldErrors = {};
	if (!values.title.trim()) errors.title = messages.titleRequired;
	if (priceToMinor(values.price, values.currency) === null)
		errors.price = messages.invalidPrice;
	for (const field of ["durationMins", "maxStudents"] as const) {
		const text = values[field].trim();
		if (text && !/^\d+$/.test(text)) errors[field] = messages.invalidNumber;
	}
	return errors;
}

const optionalInt = (text: string) =>
	text.trim() ? Number(text.trim()) : null;
const optionalText = (text: string) => (text.trim() ? text.trim() : null);

/** The create body. Call after `validateCourseForm` found nothing. */
export function formToCreateInput(values: CourseFormValues): CreateCourseInput {
	const input = formToUpdateInput(values);
	const { slug, ...rest } = input;
	return {
		...rest,
		title: values.title.trim(),
		...(slug ? { slug } : {}),
	};
}

/** Every field as the update body would send it. */
export function formToUpdateInput(
	values: CourseFormValues,
): UpdateCourseInput & { title: string } {
	return {
		title: values.title.trim(),
		slug: values.slug.trim() || undefined,
		description: values.description.trim() ? values.description : null,
		coverImage: optionalText(values.coverImage),
		category: optionalText(values.category),
		tags: [
			...new Set(
				values.tags
					.split(",")
					.map((t) => t.trim())
					.filter(Boolean),
			),
		],
		difficulty: values.difficulty,
		durationMins: optionalInt(values.durationMins),
		price: priceToMinor(values.price, values.currency) ?? 0,
		currency: values.currency.trim().toUpperCase(),
		maxStudents: optionalInt(values.maxStudents),
		status: values.status,
	};
}

/** Only the fields that changed since `initial`: a PATCH that leaves the rest alone. */
export function changedFields(
	initial: CourseFormValues,
	values: CourseFormValues,
): UpdateCourseInput {
	const before = formToUpdateInput(initial) as Record<string, unknown>;
	const after = formToUpdateInput(values) as Record<string, unknown>;
	const patch: Record<string, unknown> = {};
	for (const key of Object.keys(after)) {
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
			patch[key] = after[key];
	}
	return patch as UpdateCourseInput;
}

export function isDirty(
	initial: CourseFormValues,
	values: CourseFormValues,
): boolean {
	return courseFields.some((f) => initial[f] !== values[f]);
}

/**
 * Server errors by field: the issues the server names (first message per field) and the
 * `slug_taken` conflict, which is about the slug. Whatever names no field is returned as `form`.
 */
export function serverFieldErrors(error: unknown): {
	fields: FieldErrors;
	form: string | null;
} {
	const { issues, form } = apiFieldIssues(error, courseFields);
	const fields: FieldErrors = {};
	for (const { path, message } of issues) {
		const name = String(path[0]) as CourseField;
		fields[name] ??= message;
	}
	if (error instanceof SchoolApiError && error.code === "slug_taken")
		fields.slug ??= error.message;
	return {
		fields,
		form: Object.keys(fields).length
			? null
			: (form ?? (error instanceof Error ? error.message : String(error))),
	};
}
