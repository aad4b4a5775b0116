import Link from "next/link";
import { DEMO_PASSWORD, demoUsers } from "@/lib/seed-content";

const tour = [
	{
		href: "/pages/learn",
		title: "Browse the catalog",
		text: "Search and filter eight published courses across web development, data science, design and business. Free-preview lessons play without an account.",
		testId: "home-catalog-link",
	},
	{
		href: "/pages/learn/me",
		title: "Open the learner portal",
		text: "Your enrolled courses, progress, quiz results and certificates. Sign in as Sam Student to try it.",
		testId: "home-portal-link",
	},
	{
		href: "/pages/learn/instructor",
		title: "Visit the instructor dashboard",
		text: "Create courses, edit the curriculum, write quizzes and see who is enrolled. Sign in as Ivy Instructor.",
		testId: "home-instructor-link",
	},
];

export default function HomePage() {
	return (
		<div className="space-y-12" data-testid="home-page">
			<section className="space-y-4">
				<p className="text-sm font-medium uppercase tracking-wide text-primary">
					Demo
				</p>
				<h1 className="text-4xl font-bold tracking-tight text-balance">
					Welcome to Acme School
				</h1>
				<p className="max-w-2xl text-lg text-muted-foreground">
					Acme School is a small online school built on{" "}
					<strong className="text-foreground">btst-school</strong>, an
					online-school plugin for BTST. The catalog, course pages, lesson
					player, quizzes, progress tracking, certificates and instructor tools
					all come from the plugin; this app only provides sign-in, the database
					and a pretend checkout.
				</p>
				<div className="flex flex-wrap gap-3">
					<Link
						href="/pages/learn"
						className="rounded-md bg-primary px-4 py-2 font-medium text-primary-foreground hover:opacity-90"
					>
						Browse courses
					</Link>
					<Link
						href="/sign-in"
						className="rounded-md border border-border px-4 py-2 font-medium hover:bg-muted"
					>
						Sign in with a demo account
					</Link>
				</div>
			</section>

			<section aria-labelledby="tour-heading" className="space-y-4">
				<h2 id="tour-heading" className="text-2xl font-semibold tracking-tight">
					Take the tour
				</h2>
				<ul className="grid gap-4 md:grid-cols-3">
					{tour.map((item) => (
						<li key={item.href}>
							<Link
								href={item.href}
								data-testid={item.testId}
								className="block h-full rounded-lg border border-border bg-card p-5 text-card-foreground hover:border-primary"
							>
								<h3 className="font-semibold">{item.title}</h3>
								<p className="mt-2 text-sm text-muted-foreground">
									{item.text}
								</p>
							</Link>
						</li>
					))}
				</ul>
			</section>

			<section aria-labelledby="accounts-heading" className="space-y-4">
				<h2
					id="accounts-heading"
					className="text-2xl font-semibold tracking-tight"
				>
					Demo accounts
				</h2>
				<p className="text-muted-foreground">
					Every account uses the password{" "}
					<code className="rounded bg-muted px-1.5 py-0.5">
						{DEMO_PASSWORD}
					</code>
					. You can also sign up: new accounts are students.
				</p>
				<div className="overflow-x-auto rounded-lg border border-border">
					<table
						className="w-full text-left text-sm"
						data-testid="demo-accounts"
					>
						<thead className="bg-muted text-muted-foreground">
							<tr>
								<th scope="col" className="px-4 py-2 font-medium">
									Name
								</th>
								<th scope="col" className="px-4 py-2 font-medium">
									Email
								</th>
								<th scope="col" className="px-4 py-2 font-medium">
									Role
								</th>
							</tr>
						</thead>
						<tbody>
							{Object.values(demoUsers).map((u) => (
								<tr key={u.email} className="border-t border-border">
									<td className="px-4 py-2">{u.name}</td>
									<td className="px-4 py-2 font-mono">{u.email}</td>
									<td className="px-4 py-2 capitalize">{u.role}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<p className="text-sm text-muted-foreground">
					Two courses are paid (React from Scratch and Unit Economics for
					Founders). Enrolling takes you to a demo checkout; no real payment is
					taken.
				</p>
			</section>
		</div>
	);
}
