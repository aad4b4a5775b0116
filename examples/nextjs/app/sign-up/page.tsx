import type { Metadata } from "next";
import { AuthPage } from "@/components/auth-page";

export const metadata: Metadata = {
	title: "Sign up · Acme School",
	robots: { index: false },
};

export default function SignUpPage({
	searchParams,
}: {
	searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
	return <AuthPage mode="sign-up" searchParams={searchParams} />;
}
