import type { ComponentType, ReactNode } from "react";
import type { CourseSummary } from "../types.js";
import type { SchoolLocalization } from "./localization.js";

/** Where a route is rendered, passed to the route lifecycle overrides. */
export interface SchoolRouteContext {
	path: string;
	params?: Record<string, string>;
	isSSR: boolean;
}

/**
 * What the app provides to the school pages through `BetterStackProvider`'s
 * `overrides.school`. Only `apiBaseURL`, `apiBasePath` and `navigate` are required.
 */
export interface SchoolPluginOverrides {
	/** Base URL of the API (e.g. `""` for same origin, or `http://localhost:3000`). */
	apiBaseURL: string;
	/** Where the API is mounted (e.g. `/api/data`). */
	apiBasePath: string;
	/** Extra headers for API calls (e.g. an auth header). Cookies are sent automatically. */
	headers?: HeadersInit;
	/** Client-side navigation (e.g. Next.js `router.push`). */
	navigate: (path: string) => void | Promise<void>;
	/** Re-fetch server data (e.g. Next.js `router.refresh`). */
	refresh?: () => void | Promise<void>;
	/** The link component (e.g. `next/link`). Defaults to `<a>`. */
	Link?: ComponentType<
		{ href: string; className?: string; children?: ReactNode } & Record<
			string,
			unknown
		>
	>;
	/** The image component (e.g. a `next/image` wrapper). Defaults to `<img>`. */
	Image?: ComponentType<
		{
			src: string;
			alt: string;
			className?: string;
			width?: number;
			height?: number;
		} & Record<string, unknown>
	>;
	/**
	 * The locale of every date, number and price (BCP 47, e.g. `de-DE`). Default `en-US`, never
	 * the browser's: give the same value as the client config's `locale` so server and browser
	 * render the same text.
	 */
	locale?: string;
	/** The IANA time zone dates are shown in (e.g. `Europe/Berlin`). Default `UTC`. */
	timeZone?: string;
	/**
	 * The site's public origin (`https://school.example.com`, no trailing slash): the course
	 * JSON-LD's absolute `url` and `image`, and the certificate's verification link. Without it
	 * the certificate uses the browser's origin and the JSON-LD leaves `url` out.
	 */
	siteURL?: string;
	/** The school's name: the provider in JSON-LD and the issuer on certificates. */
	schoolName?: string;
	/** The school's logo (URL) on certificates. */
	schoolLogo?: string;
	/** Show a course's learner count only from this many learners on. @default 10 */
	showLearnerCountFrom?: number;
	/** Strings shown by the pages; any subset overrides the defaults. */
	localization?: Partial<SchoolLocalization>;
	/**
	 * The sign-in page for a visitor who must sign in, given the path to return to.
	 * Personal pages send signed-out visitors there.
	 */
	signInUrl?: (returnTo: string) => string;
	/**
	 * Starts the app's checkout for a paid course (e.g. a Stripe Checkout redirect). After
	 * payment, the app's `onBeforeEnroll` hook lets the learner in.
	 */
	checkout?: (course: CourseSummary) => void | Promise<void>;
	/** Called after a school page renders. */
	onRouteRender?: (
		routeName: string,
		context: SchoolRouteContext,
	) => void | Promise<void>;
	/** Called when a school page fails. */
	onRouteError?: (
		routeName: string,
		error: Error,
		context: SchoolRouteContext,
	) => void | Promise<void>;
}
