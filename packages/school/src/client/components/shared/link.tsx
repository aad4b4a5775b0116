"use client";
import type { ReactNode } from "react";
import { useSchool } from "../../hooks/use-school.js";

/** A link through the app's `Link` override (client-side navigation), or a plain `<a>`. */
export function SchoolLink({
	href,
	className,
	children,
	...rest
}: { href: string; className?: string; children?: ReactNode } & Record<
	string,
	unknown
>) {
	const { Link } = useSchool();
	if (Link) {
		return (
			<Link href={href} className={className} {...rest}>
				{children}
			</Link>
		);
	}
	return (
		<a href={href} className={className} {...rest}>
			{children}
		</a>
	);
}

/** A link to a course's page (`hash` names a place on it, e.g. `enroll`). */
export function CourseLink({
	slug,
	hash,
	...rest
}: {
	slug: string;
	hash?: string;
	className?: string;
	children?: ReactNode;
} & Record<string, unknown>) {
	const { paths } = useSchool();
	const href = paths.course(slug);
	return <SchoolLink href={hash ? `${href}#${hash}` : href} {...rest} />;
}

export function SchoolImage({
	src,
	alt,
	className,
}: {
	src: string;
	alt: string;
	className?: string;
}) {
	const { Image } = useSchool();
	if (Image) return <Image src={src} alt={alt} className={className} />;
	return (
		<img
			src={src}
			alt={alt}
			className={className}
			loading="lazy"
			decoding="async"
		/>
	);
}
