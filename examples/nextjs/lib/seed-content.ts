/**
 * The demo school's content: accounts, courses, sections, lessons and quizzes.
 *
 * Plain data, shaped like the plugin's inputs (`CreateCourseInput`, `CreateSectionInput`,
 * `CreateLessonInput`, and the quiz JSON of `btst-school`'s quiz format). `lib/seed.ts` writes
 * it through the plugin's mutation functions. Cover images are generated SVGs in
 * `public/covers/<slug>.svg` (`node scripts/make-covers.mjs`).
 *
 * Code blocks use `~~~` fences (CommonMark) so they need no escaping in template literals.
 */

export type DemoUserKey = "ivy" | "otto" | "sam" | "ada";

export interface DemoUser {
	name: string;
	email: string;
	role: "student" | "instructor" | "admin";
}

/** Every demo account uses this password. Demo only. */
export const DEMO_PASSWORD = "password1234";

export const demoUsers: Record<DemoUserKey, DemoUser> = {
	ivy: {
		name: "Ivy Instructor",
		email: "instructor@example.com",
		role: "instructor",
	},
	otto: { name: "Otto Other", email: "otto@example.com", role: "instructor" },
	sam: { name: "Sam Student", email: "student@example.com", role: "student" },
	ada: { name: "Ada Admin", email: "admin@example.com", role: "admin" },
};

type ShowAnswers =
	| "never"
	| "after_submit"
	| "after_pass"
	| "after_final_attempt";

export type SeedQuestion =
	| {
			id: string;
			type: "single" | "multiple";
			prompt: string;
			options: { id: string; text: string }[];
			correct: string[];
			explanation?: string;
	  }
	| {
			id: string;
			type: "true_false";
			prompt: string;
			correct: boolean;
			explanation?: string;
	  }
	| {
			id: string;
			type: "short_text";
			prompt: string;
			accepted: string[];
			caseSensitive?: boolean;
			explanation?: string;
	  };

export interface SeedQuiz {
	passMark?: number;
	maxAttempts?: number;
	shuffle?: boolean;
	showAnswers?: ShowAnswers;
	questions: SeedQuestion[];
}

export interface SeedLesson {
	title: string;
	type: "video" | "text" | "quiz";
	/** Markdown for text lessons. */
	content?: string;
	/** Quiz lessons: stored as `JSON.stringify(quiz)` in `content`. */
	quiz?: SeedQuiz;
	videoUrl?: string;
	captionsUrl?: string;
	durationMins?: number;
	isFreePreview?: boolean;
	resources?: { label: string; url: string }[];
}

export interface SeedSection {
	title: string;
	lessons: SeedLesson[];
}

export interface SeedCourse {
	slug: string;
	title: string;
	description: string;
	category: string;
	tags: string[];
	difficulty: "beginner" | "intermediate" | "advanced";
	/** Estimated total; the seed uses the sum of the lessons' minutes when absent. */
	durationMins?: number;
	/** In the smallest currency unit (cents). 0 or absent = free. */
	price?: number;
	currency?: string;
	maxStudents?: number;
	status: "published" | "draft";
	instructor: DemoUserKey;
	sections: SeedSection[];
}

const VIDEO = {
	videoUrl: "/media/intro.webm",
	captionsUrl: "/media/intro.vtt",
} as const;

/** The 40-second welcome video that opens every course; always a free preview. */
function welcomeVideo(
	title: string,
	resources: SeedLesson["resources"] = [],
): SeedLesson {
	return {
		title,
		type: "video",
		...VIDEO,
		durationMins: 1,
		isFreePreview: true,
		resources,
	};
}

export const seedCourses: SeedCourse[] = [
	// ---------------------------------------------------------------- Web Development
	{
		slug: "html-css-foundations",
		title: "HTML & CSS Foundations",
		description:
			"Build your first accessible, responsive web page from a blank file. You will learn semantic HTML, the CSS box model, Flexbox and media queries — the foundations every front-end framework sits on.",
		category: "Web Development",
		tags: ["html", "css", "accessibility", "responsive"],
		difficulty: "beginner",
		status: "published",
		instructor: "ivy",
		sections: [
			{
				title: "Getting started",
				lessons: [
					welcomeVideo("Welcome to HTML & CSS", [
						{
							label: "MDN: Getting started with the web",
							url: "https://developer.mozilla.org/en-US/docs/Learn/Getting_started_with_the_web",
						},
					]),
					{
						title: "Semantic HTML",
						type: "text",
						durationMins: 8,
						isFreePreview: true,
						content: `# Semantic HTML

HTML describes **what** content is, not how it looks. When you pick the element that matches the meaning, browsers, search engines and screen readers all understand your page for free.

A typical page skeleton:

~~~html
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>My first page</title>
  </head>
  <body>
    <header><nav><a href="/">Home</a></nav></header>
    <main>
      <h1>Hello, web</h1>
      <p>This paragraph lives inside the main landmark.</p>
    </main>
    <footer>© 2025</footer>
  </body>
</html>
~~~

## Landmarks at a glance

| Element | Meaning | Use it for |
| --- | --- | --- |
| \`<header>\` | Introductory content | Site logo, top navigation |
| \`<nav>\` | A block of navigation links | Menus, breadcrumbs |
| \`<main>\` | The page's main content | Exactly once per page |
| \`<article>\` | Self-contained content | A blog post, a product card |
| \`<footer>\` | Closing content | Copyright, contact links |

## Rules of thumb

- Use **one** \`<h1>\` per page and don't skip heading levels.
- A \`<button>\` does something; an \`<a href>\` goes somewhere.
- Every \`<img>\` needs an \`alt\` text (empty \`alt=""\` if it is purely decorative).
`,
						resources: [
							{
								label: "MDN: HTML elements reference",
								url: "https://developer.mozilla.org/en-US/docs/Web/HTML/Element",
							},
						],
					},
				],
			},
			{
				title: "Styling with CSS",
				lessons: [
					{
						title: "The box model and Flexbox",
						type: "text",
						durationMins: 10,
						content: `# The box model and Flexbox

Every element is a rectangle made of four layers: **content**, **padding**, **border** and **margin**. By default \`width\` only sizes the content, which makes layouts hard to reason about. Most projects start with:

~~~css
*,
*::before,
*::after {
  box-sizing: border-box; /* width now includes padding and border */
}
~~~

## Laying out a row with Flexbox

Flexbox arranges children along one axis. Turn it on with \`display: flex\` on the **parent**:

~~~css
.toolbar {
  display: flex;
  align-items: center;      /* cross axis (vertical here) */
  justify-content: space-between; /* main axis (horizontal) */
  gap: 1rem;                /* space between children */
}
~~~

~~~html
<div class="toolbar">
  <strong>Acme</strong>
  <button>Sign in</button>
</div>
~~~

| Property | Axis | Common values |
| --- | --- | --- |
| \`justify-content\` | main | \`flex-start\`, \`center\`, \`space-between\` |
| \`align-items\` | cross | \`stretch\`, \`center\`, \`baseline\` |
| \`flex-wrap\` | — | \`nowrap\`, \`wrap\` |

**Try it:** change \`justify-content\` to \`center\` and watch both children move to the middle.
`,
					},
					{
						title: "Responsive layouts with media queries",
						type: "text",
						durationMins: 8,
						content: `# Responsive layouts

Design for the small screen first, then add rules as space grows. This is called *mobile-first* CSS.

~~~css
.cards {
  display: grid;
  grid-template-columns: 1fr; /* one column on phones */
  gap: 1rem;
}

@media (min-width: 40rem) {
  .cards { grid-template-columns: repeat(2, 1fr); }
}

@media (min-width: 64rem) {
  .cards { grid-template-columns: repeat(3, 1fr); }
}
~~~

Why \`rem\` instead of \`px\`? A \`rem\` follows the user's font-size setting, so your breakpoints respect people who enlarge text.

Two more habits that pay off:

1. Keep the viewport meta tag in every page: \`<meta name="viewport" content="width=device-width, initial-scale=1">\`.
2. Let images shrink: \`img { max-width: 100%; height: auto; }\`.
`,
						resources: [
							{
								label: "MDN: Using media queries",
								url: "https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_media_queries/Using_media_queries",
							},
						],
					},
				],
			},
			{
				title: "Check your understanding",
				lessons: [
					{
						title: "HTML & CSS quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							passMark: 70,
							showAnswers: "after_submit",
							questions: [
								{
									id: "main-count",
									type: "single",
									prompt: "How many <main> elements should a page have?",
									options: [
										{ id: "zero", text: "None, it is optional decoration" },
										{ id: "one", text: "Exactly one" },
										{ id: "many", text: "One per section" },
									],
									correct: ["one"],
									explanation:
										"The main landmark marks the single primary content area of the page.",
								},
								{
									id: "box-layers",
									type: "multiple",
									prompt: "Which of these are layers of the CSS box model?",
									options: [
										{ id: "padding", text: "Padding" },
										{ id: "border", text: "Border" },
										{ id: "margin", text: "Margin" },
										{ id: "gap", text: "Gap" },
									],
									correct: ["padding", "border", "margin"],
									explanation:
										"Content, padding, border and margin. `gap` belongs to flex and grid containers.",
								},
								{
									id: "button-vs-link",
									type: "true_false",
									prompt:
										"A link (<a href>) is the right element for a control that submits a form.",
									correct: false,
									explanation: "Buttons do things, links go places.",
								},
								{
									id: "flex-prop",
									type: "short_text",
									prompt:
										"Which CSS property value turns an element into a flex container? (display: ___)",
									accepted: ["flex", "inline-flex"],
								},
							],
						},
					},
				],
			},
		],
	},
	{
		slug: "modern-javascript",
		title: "Modern JavaScript Essentials",
		description:
			"The JavaScript you will actually write in 2025: block scoping, arrow functions, destructuring, modules and async/await, with small runnable examples for each.",
		category: "Web Development",
		tags: ["javascript", "async", "es2023"],
		difficulty: "intermediate",
		status: "published",
		instructor: "ivy",
		sections: [
			{
				title: "Language refresher",
				lessons: [
					welcomeVideo("Welcome to modern JavaScript", [
						{
							label: "MDN: JavaScript guide",
							url: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide",
						},
					]),
					{
						title: "let, const and arrow functions",
						type: "text",
						durationMins: 8,
						content: `# let, const and arrow functions

Forget \`var\`. Modern code uses \`const\` by default and \`let\` when a variable really must be reassigned.

| Keyword | Scope | Reassign? | Hoisting |
| --- | --- | --- | --- |
| \`var\` | function | yes | initialised to \`undefined\` |
| \`let\` | block | yes | "temporal dead zone" until declared |
| \`const\` | block | no | "temporal dead zone" until declared |

~~~js
const prices = [12, 30, 7];
let total = 0;
for (const price of prices) {
  total += price;
}
console.log(total); // 49
~~~

\`const\` stops *reassignment*, not mutation: \`prices.push(1)\` still works.

## Arrow functions

Arrow functions are shorter and do not have their own \`this\`, which makes them ideal for callbacks:

~~~js
const withTax = prices.map((p) => p * 1.2);
const expensive = prices.filter((p) => p > 10);
~~~

Use a regular \`function\` when you need \`this\` to be the object a method was called on.
`,
					},
				],
			},
			{
				title: "Working with data",
				lessons: [
					{
						title: "Destructuring and spread",
						type: "text",
						durationMins: 8,
						content: `# Destructuring and spread

Destructuring pulls values out of objects and arrays in one line:

~~~js
const user = { name: "Sam", role: "student", address: { city: "Lyon" } };

const { name, role = "guest", address: { city } } = user;
const [first, , third] = ["a", "b", "c"];
~~~

The **spread** operator copies. It is how you update data without mutating it:

~~~js
const updated = { ...user, role: "instructor" }; // new object, user is unchanged
const all = [...listA, ...listB];
~~~

And **rest** collects "everything else":

~~~js
function log(level, ...messages) {
  console[level](...messages);
}
~~~

Spread copies are *shallow*: \`updated.address === user.address\` is still \`true\`. Use \`structuredClone(user)\` for a deep copy.
`,
					},
					{
						title: "Promises and async/await",
						type: "text",
						durationMins: 10,
						content: `# Promises and async/await

A Promise is a value that will exist later. \`async\`/\`await\` lets you write code that waits for it as if it were synchronous:

~~~js
async function loadCourse(slug) {
  const res = await fetch(\`/api/courses/\${slug}\`);
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  return res.json();
}

try {
  const course = await loadCourse("modern-javascript");
  console.log(course.title);
} catch (error) {
  console.error("Could not load the course", error);
}
~~~

## Run independent work in parallel

Awaiting one thing after another is slow when the calls don't depend on each other:

~~~js
// ~2 round trips in sequence
const a = await loadCourse("a");
const b = await loadCourse("b");

// ~1 round trip: both requests start at once
const [c, d] = await Promise.all([loadCourse("c"), loadCourse("d")]);
~~~

Use \`Promise.allSettled\` when one failure should not discard the other results.
`,
						resources: [
							{
								label: "MDN: Using promises",
								url: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Using_promises",
							},
						],
					},
				],
			},
			{
				title: "Check your understanding",
				lessons: [
					{
						title: "JavaScript quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							passMark: 75,
							questions: [
								{
									id: "const-mutation",
									type: "true_false",
									prompt:
										"You can push a new item into an array declared with const.",
									correct: true,
									explanation:
										"const prevents reassignment of the variable, not mutation of the value.",
								},
								{
									id: "parallel",
									type: "single",
									prompt:
										"Which call runs two independent promises at the same time and fails fast if one rejects?",
									options: [
										{ id: "all", text: "Promise.all" },
										{ id: "allSettled", text: "Promise.allSettled" },
										{ id: "race", text: "Promise.race" },
									],
									correct: ["all"],
								},
								{
									id: "block-scoped",
									type: "multiple",
									prompt: "Which keywords declare block-scoped variables?",
									options: [
										{ id: "var", text: "var" },
										{ id: "let", text: "let" },
										{ id: "const", text: "const" },
									],
									correct: ["let", "const"],
								},
								{
									id: "deep-copy",
									type: "short_text",
									prompt:
										"Name the built-in global function that makes a deep copy of a value.",
									accepted: ["structuredClone", "structuredClone()"],
									caseSensitive: false,
								},
							],
						},
					},
				],
			},
		],
	},
	{
		slug: "react-from-scratch",
		title: "React from Scratch",
		description:
			"Understand React by building with it: components, props, state and effects, explained from first principles. For developers who know JavaScript and want a solid mental model of React.",
		category: "Web Development",
		tags: ["react", "hooks", "components", "javascript"],
		difficulty: "intermediate",
		price: 4900,
		currency: "USD",
		status: "published",
		instructor: "ivy",
		sections: [
			{
				title: "Thinking in components",
				lessons: [
					welcomeVideo("Welcome to React from Scratch", [
						{ label: "react.dev: Quick start", url: "https://react.dev/learn" },
					]),
					{
						title: "Components and props",
						type: "text",
						durationMins: 10,
						content: `# Components and props

A React component is a function that returns UI. **Props** are its inputs:

~~~tsx
type CourseCardProps = { title: string; lessons: number };

function CourseCard({ title, lessons }: CourseCardProps) {
  return (
    <article className="card">
      <h2>{title}</h2>
      <p>{lessons} lessons</p>
    </article>
  );
}

export function Catalog() {
  return (
    <section>
      <CourseCard title="React from Scratch" lessons={7} />
      <CourseCard title="Modern JavaScript" lessons={6} />
    </section>
  );
}
~~~

## Props or state?

| | Props | State |
| --- | --- | --- |
| Who owns it? | The parent | The component itself |
| Can the component change it? | No (read-only) | Yes, with its setter |
| Changes cause a re-render? | Yes | Yes |

A good rule: if a value can be **computed** from props or other state, it is neither — compute it during render.
`,
					},
				],
			},
			{
				title: "State and effects",
				lessons: [
					{
						title: "useState: remembering things",
						type: "text",
						durationMins: 10,
						content: `# useState

State is memory that survives re-renders. Calling the setter schedules a new render with the new value:

~~~tsx
import { useState } from "react";

export function LikeButton() {
  const [likes, setLikes] = useState(0);
  return (
    <button type="button" onClick={() => setLikes((n) => n + 1)}>
      ♥ {likes}
    </button>
  );
}
~~~

Note the **updater function** \`(n) => n + 1\`: it always receives the latest value, so two quick clicks count as two.

Never mutate state in place. Replace it:

~~~tsx
// ✗ mutates — React may not re-render
todos.push(newTodo);
// ✓ new array
setTodos([...todos, newTodo]);
~~~
`,
					},
					{
						title: "useEffect and data fetching",
						type: "text",
						durationMins: 12,
						content: `# useEffect

Effects synchronise a component with something **outside** React: a timer, a subscription, the document title.

~~~tsx
import { useEffect, useState } from "react";

export function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id); // cleanup when the component unmounts
  }, []); // [] = run once after the first render
  return <time>{now.toLocaleTimeString()}</time>;
}
~~~

## Do you even need an effect?

| Situation | Use |
| --- | --- |
| Value derived from props/state | compute during render |
| Respond to a click | the event handler |
| Fetch server data | a data library (e.g. TanStack Query) or your framework's loader |
| Subscribe to a browser API | \`useEffect\` with cleanup |

Fetching in a raw effect means handling loading, errors, races and caching yourself — which is exactly what query libraries already do.
`,
						resources: [
							{
								label: "react.dev: You might not need an effect",
								url: "https://react.dev/learn/you-might-not-need-an-effect",
							},
						],
					},
				],
			},
			{
				title: "Check your understanding",
				lessons: [
					{
						title: "React quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							passMark: 70,
							maxAttempts: 3,
							showAnswers: "after_final_attempt",
							questions: [
								{
									id: "props-readonly",
									type: "true_false",
									prompt: "A component may change the props it receives.",
									correct: false,
									explanation:
										"Props are read-only inputs owned by the parent.",
								},
								{
									id: "updater",
									type: "single",
									prompt:
										"Why pass a function to a state setter, as in setLikes((n) => n + 1)?",
									options: [
										{ id: "faster", text: "It renders faster" },
										{
											id: "latest",
											text: "It always starts from the latest state",
										},
										{ id: "required", text: "React requires it for numbers" },
									],
									correct: ["latest"],
								},
								{
									id: "effect-uses",
									type: "multiple",
									prompt: "Which of these are good reasons to use useEffect?",
									options: [
										{
											id: "interval",
											text: "Starting and clearing an interval",
										},
										{
											id: "derived",
											text: "Computing a full name from first and last name",
										},
										{ id: "subscribe", text: "Subscribing to a browser event" },
										{ id: "click", text: "Reacting to a button click" },
									],
									correct: ["interval", "subscribe"],
								},
								{
									id: "hook-name",
									type: "short_text",
									prompt:
										"Which hook gives a component memory between renders?",
									accepted: ["useState", "useState()", "useReducer"],
								},
							],
						},
					},
				],
			},
		],
	},

	// ---------------------------------------------------------------- Data Science
	{
		slug: "python-data-analysis",
		title: "Data Analysis with Python and pandas",
		description:
			"Load, clean and summarise real data with pandas. By the end you can answer business questions with a few lines of Python and explain how you got the numbers.",
		category: "Data Science",
		tags: ["python", "pandas", "data"],
		difficulty: "beginner",
		status: "published",
		instructor: "otto",
		sections: [
			{
				title: "Your first DataFrame",
				lessons: [
					welcomeVideo("Welcome to data analysis", [
						{
							label: "pandas: 10 minutes to pandas",
							url: "https://pandas.pydata.org/docs/user_guide/10min.html",
						},
					]),
					{
						title: "DataFrames in five minutes",
						type: "text",
						durationMins: 10,
						content: `# DataFrames in five minutes

A **DataFrame** is a table: named columns, one row per record. Load a CSV and look before you analyse:

~~~python
import pandas as pd

orders = pd.read_csv("orders.csv", parse_dates=["ordered_at"])

orders.head()       # first 5 rows
orders.info()       # column types and missing values
orders.describe()   # count, mean, min, max... for numeric columns
~~~

## Methods you will use every day

| Method | What it does |
| --- | --- |
| \`df.head(n)\` | First *n* rows |
| \`df["col"]\` | One column (a Series) |
| \`df[df.total > 50]\` | Rows matching a condition |
| \`df.sort_values("total")\` | Sort by a column |
| \`df.isna().sum()\` | Missing values per column |
| \`df.groupby("country").total.sum()\` | Totals per group |

Always check \`info()\` first: a price column read as text (\`object\`) will silently break your sums.
`,
					},
				],
			},
			{
				title: "Asking questions of data",
				lessons: [
					{
						title: "Filtering and grouping",
						type: "text",
						durationMins: 12,
						content: `# Filtering and grouping

Most questions are "for each X, what is Y?" — that is a **group by**.

~~~python
# Revenue per country, largest first
(orders
   .groupby("country", as_index=False)["total"]
   .sum()
   .sort_values("total", ascending=False))
~~~

Combine conditions with \`&\` and \`|\`, and wrap each one in parentheses:

~~~python
big_french = orders[(orders.country == "FR") & (orders.total >= 100)]
~~~

Several summaries at once with \`agg\`:

~~~python
orders.groupby("country").agg(
    orders=("id", "count"),
    revenue=("total", "sum"),
    average=("total", "mean"),
)
~~~

| country | orders | revenue | average |
| --- | ---: | ---: | ---: |
| DE | 120 | 9 840 | 82.0 |
| FR | 95 | 8 075 | 85.0 |

Name your output columns: future you will thank you.
`,
						resources: [
							{
								label: "pandas: Group by user guide",
								url: "https://pandas.pydata.org/docs/user_guide/groupby.html",
							},
						],
					},
					{
						title: "pandas quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							showAnswers: "after_pass",
							questions: [
								{
									id: "first-look",
									type: "single",
									prompt:
										"Which method shows column types and missing-value counts?",
									options: [
										{ id: "head", text: "df.head()" },
										{ id: "info", text: "df.info()" },
										{ id: "describe", text: "df.describe()" },
									],
									correct: ["info"],
								},
								{
									id: "combine",
									type: "single",
									prompt:
										"How do you combine two row conditions with AND in pandas?",
									options: [
										{ id: "and", text: "cond1 and cond2" },
										{ id: "amp", text: "(cond1) & (cond2)" },
										{ id: "plus", text: "cond1 + cond2" },
									],
									correct: ["amp"],
								},
								{
									id: "groupby-tf",
									type: "true_false",
									prompt: "groupby(...).sum() returns one row per group.",
									correct: true,
								},
								{
									id: "groupby-name",
									type: "short_text",
									prompt:
										"Which DataFrame method splits rows into groups (e.g. per country)?",
									accepted: ["groupby", "groupby()", "df.groupby"],
								},
							],
						},
					},
				],
			},
		],
	},
	{
		slug: "sql-query-tuning",
		title: "SQL Query Tuning in PostgreSQL",
		description:
			"Make slow queries fast, on purpose. Read EXPLAIN ANALYZE output, choose indexes that the planner will actually use, and remove N+1 query patterns from your application. Small cohort: seats are limited.",
		category: "Data Science",
		tags: ["sql", "postgresql", "performance"],
		difficulty: "advanced",
		maxStudents: 20,
		status: "published",
		instructor: "otto",
		sections: [
			{
				title: "Measuring before tuning",
				lessons: [
					welcomeVideo("Welcome to query tuning", [
						{
							label: "PostgreSQL: Using EXPLAIN",
							url: "https://www.postgresql.org/docs/current/using-explain.html",
						},
					]),
					{
						title: "Reading EXPLAIN ANALYZE",
						type: "text",
						durationMins: 12,
						content: `# Reading EXPLAIN ANALYZE

\`EXPLAIN\` shows the plan the database **intends** to run. \`EXPLAIN ANALYZE\` runs it and shows what **actually** happened:

~~~sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT * FROM orders
WHERE customer_id = 42
ORDER BY created_at DESC
LIMIT 20;
~~~

~~~text
Limit  (cost=0.43..8.61 rows=20) (actual time=0.031..0.060 rows=20 loops=1)
  ->  Index Scan Backward using orders_customer_created_idx on orders
        Index Cond: (customer_id = 42)
Planning Time: 0.120 ms
Execution Time: 0.081 ms
~~~

Read plans **inside-out**: the most indented node runs first.

| Node | Means | Worry when |
| --- | --- | --- |
| Seq Scan | Reads the whole table | the table is big and few rows match |
| Index Scan | Walks an index, then fetches rows | many rows match (random I/O) |
| Index Only Scan | Answers from the index alone | rarely — it's the best case |
| Nested Loop | For each outer row, probe inner | the outer side has many rows |
| Hash Join | Builds a hash of one side | the hash spills to disk |

The most useful number: compare estimated \`rows=\` with actual \`rows=\`. Big gaps mean stale statistics — run \`ANALYZE\`.
`,
					},
				],
			},
			{
				title: "Fixing slow queries",
				lessons: [
					{
						title: "Indexes that actually help",
						type: "text",
						durationMins: 12,
						content: `# Indexes that actually help

A B-tree index on \`(a, b)\` can serve filters on \`a\`, or on \`a\` **and** \`b\` — but not on \`b\` alone. Order columns by how you filter: equality first, then range or sort.

~~~sql
-- Serves: WHERE customer_id = ? ORDER BY created_at DESC
CREATE INDEX CONCURRENTLY orders_customer_created_idx
  ON orders (customer_id, created_at DESC);
~~~

Partial indexes keep hot subsets small:

~~~sql
CREATE INDEX orders_pending_idx ON orders (created_at)
  WHERE status = 'pending';
~~~

Indexes are not free: every \`INSERT\` and \`UPDATE\` maintains them. Find the unused ones:

~~~sql
SELECT relname, indexrelname, idx_scan
FROM pg_stat_user_indexes
WHERE idx_scan = 0;
~~~

\`CONCURRENTLY\` builds without locking writes — always use it on production tables.
`,
						resources: [
							{
								label: "PostgreSQL: Multicolumn indexes",
								url: "https://www.postgresql.org/docs/current/indexes-multicolumn.html",
							},
						],
					},
					{
						title: "Avoiding N+1 queries",
						type: "text",
						durationMins: 10,
						content: `# Avoiding N+1 queries

An N+1 happens when code loads a list (1 query) and then one more query **per item** (N queries):

~~~ts
const courses = await db.selectFrom("course").selectAll().execute();
for (const course of courses) {
  // one round trip per course!
  course.lessons = await db.selectFrom("lesson")
    .where("courseId", "=", course.id).selectAll().execute();
}
~~~

Fetch the children in **one** query and group in memory:

~~~ts
const ids = courses.map((c) => c.id);
const lessons = await db.selectFrom("lesson")
  .where("courseId", "in", ids).selectAll().execute();
const byCourse = Map.groupBy(lessons, (l) => l.courseId);
~~~

| Approach | Queries for 100 courses |
| --- | ---: |
| N+1 loop | 101 |
| \`IN (...)\` batch | 2 |
| Single \`JOIN\` | 1 |

Even at 1 ms per query, 101 round trips add up quickly under load.
`,
					},
				],
			},
			{
				title: "Final assessment",
				lessons: [
					{
						title: "Query tuning assessment",
						type: "quiz",
						durationMins: 8,
						quiz: {
							passMark: 80,
							maxAttempts: 3,
							showAnswers: "after_final_attempt",
							questions: [
								{
									id: "explain-analyze",
									type: "true_false",
									prompt: "EXPLAIN ANALYZE actually executes the query.",
									correct: true,
									explanation:
										"Wrap data-changing statements in a transaction you roll back.",
								},
								{
									id: "composite",
									type: "single",
									prompt:
										"An index on (customer_id, created_at) can serve which filter on its own?",
									options: [
										{
											id: "created",
											text: "WHERE created_at > now() - interval '1 day'",
										},
										{ id: "customer", text: "WHERE customer_id = 42" },
										{ id: "neither", text: "Neither" },
									],
									correct: ["customer"],
								},
								{
									id: "n-plus-one-fixes",
									type: "multiple",
									prompt: "Which techniques remove an N+1 pattern?",
									options: [
										{ id: "in", text: "Batch the child query with IN (...)" },
										{ id: "join", text: "Use a JOIN" },
										{ id: "index", text: "Add an index to the child table" },
										{ id: "cache", text: "Increase the connection pool size" },
									],
									correct: ["in", "join"],
									explanation:
										"An index makes each of the N queries faster, but there are still N of them.",
								},
								{
									id: "stats",
									type: "short_text",
									prompt:
										"Which command refreshes the planner's table statistics?",
									accepted: ["ANALYZE", "VACUUM ANALYZE"],
								},
								{
									id: "online-index",
									type: "short_text",
									prompt:
										"Which keyword builds an index without blocking writes? (CREATE INDEX ___)",
									accepted: ["CONCURRENTLY"],
								},
							],
						},
					},
				],
			},
		],
	},

	// ---------------------------------------------------------------- Design
	{
		slug: "design-systems",
		title: "Design Systems with Tokens",
		description:
			"Turn a pile of one-off styles into a system. Learn design tokens, how to name them, and how to ship light and dark themes with nothing but CSS custom properties.",
		category: "Design",
		tags: ["design", "tokens", "css", "theming"],
		difficulty: "intermediate",
		status: "published",
		instructor: "ivy",
		sections: [
			{
				title: "Foundations",
				lessons: [
					welcomeVideo("Welcome to design systems"),
					{
						title: "What a design token is",
						type: "text",
						durationMins: 8,
						content: `# Design tokens

A **token** is a named design decision: a colour, a spacing step, a radius. Code and design files refer to the name, never the raw value, so one change updates everything.

Tokens usually come in three tiers:

| Tier | Example name | Example value | Who uses it |
| --- | --- | --- | --- |
| Primitive | \`blue-600\` | \`#2563eb\` | only other tokens |
| Semantic | \`color-primary\` | \`{blue-600}\` | components |
| Component | \`button-bg\` | \`{color-primary}\` | one component |

Components should only see **semantic** names. That's what makes theming possible: dark mode re-points \`color-primary\` to a different primitive, and no component changes.

Naming tips:

- Name by **purpose** (\`danger\`), not appearance (\`red\`).
- Pair surfaces with their text: \`primary\` + \`primary-foreground\`.
- Keep the spacing scale short — 6 to 8 steps cover most layouts.
`,
					},
				],
			},
			{
				title: "Theming in practice",
				lessons: [
					{
						title: "Theming with CSS custom properties",
						type: "text",
						durationMins: 10,
						content: `# Theming with CSS custom properties

Custom properties are tokens the browser understands. Declare them once, override them per theme:

~~~css
:root {
  --background: oklch(1 0 0);
  --foreground: oklch(0.2 0.02 265);
  --primary: oklch(0.55 0.2 265);
  --primary-foreground: oklch(0.98 0 0);
}

.dark {
  --background: oklch(0.18 0.02 265);
  --foreground: oklch(0.96 0 0);
  --primary: oklch(0.72 0.15 265);
  --primary-foreground: oklch(0.18 0.02 265);
}

.button {
  background: var(--primary);
  color: var(--primary-foreground);
}
~~~

Respect the user's system setting by default, and let them override it:

~~~js
const saved = localStorage.getItem("theme"); // "light" | "dark" | null
const dark = saved ? saved === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
document.documentElement.classList.toggle("dark", dark);
~~~

Run that script in the \`<head>\`, before the first paint, so the page never flashes the wrong theme. (This site does exactly that — try the toggle in the header.)
`,
						resources: [
							{
								label: "MDN: Using CSS custom properties",
								url: "https://developer.mozilla.org/en-US/docs/Web/CSS/Using_CSS_custom_properties",
							},
						],
					},
					{
						title: "Design tokens quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							passMark: 60,
							showAnswers: "after_submit",
							questions: [
								{
									id: "semantic",
									type: "single",
									prompt: "Which token tier should components reference?",
									options: [
										{ id: "primitive", text: "Primitive (blue-600)" },
										{ id: "semantic", text: "Semantic (color-primary)" },
										{ id: "raw", text: "Raw hex values" },
									],
									correct: ["semantic"],
								},
								{
									id: "naming",
									type: "true_false",
									prompt: '"danger" is a better token name than "red".',
									correct: true,
									explanation:
										"Name by purpose: the danger colour might not be red in every theme.",
								},
								{
									id: "css-fn",
									type: "short_text",
									prompt:
										"Which CSS function reads a custom property, as in ___(--primary)?",
									accepted: ["var"],
								},
							],
						},
					},
				],
			},
		],
	},
	{
		slug: "accessible-ui-design",
		title: "Accessible Interface Design",
		description:
			"Design interfaces everyone can use: readable colour contrast, visible focus, full keyboard support and clear form errors — with the WCAG numbers behind each rule.",
		category: "Design",
		tags: ["accessibility", "wcag", "ux"],
		difficulty: "beginner",
		status: "published",
		instructor: "otto",
		sections: [
			{
				title: "Seeing clearly",
				lessons: [
					welcomeVideo("Welcome to accessible design", [
						{
							label: "W3C: WCAG 2.2 at a glance",
							url: "https://www.w3.org/WAI/standards-guidelines/wcag/glance/",
						},
					]),
					{
						title: "Colour contrast",
						type: "text",
						durationMins: 8,
						content: `# Colour contrast

Low contrast is the most common accessibility failure on the web. WCAG measures it as a ratio from 1:1 (invisible) to 21:1 (black on white).

| Content | Level AA | Level AAA |
| --- | ---: | ---: |
| Body text | 4.5:1 | 7:1 |
| Large text (24px, or 18.7px bold) | 3:1 | 4.5:1 |
| Icons, input borders, focus rings | 3:1 | — |

Some practical consequences:

- Light grey placeholder text usually fails. Use it sparingly and never as the only label.
- Don't rely on colour alone: an error field needs an icon or text, not just a red border.
- Check **both** themes — dark mode often fails on muted text.

~~~css
/* A muted colour that still passes 4.5:1 on white */
.hint { color: #5b6472; }
~~~
`,
					},
				],
			},
			{
				title: "Keyboard and forms",
				lessons: [
					{
						title: "Keyboard and focus",
						type: "text",
						durationMins: 10,
						content: `# Keyboard and focus

Many people never touch a mouse. Every action must work with **Tab**, **Shift+Tab**, **Enter** and **Space**, and the focused element must be clearly visible.

~~~css
/* Never remove the outline without a replacement */
:focus-visible {
  outline: 2px solid var(--ring);
  outline-offset: 2px;
}
~~~

Use real controls and you get keyboard support for free:

~~~html
<!-- ✗ not focusable, no Enter/Space, no role -->
<div class="btn" onclick="save()">Save</div>

<!-- ✓ -->
<button type="button" onclick="save()">Save</button>
~~~

Label every input, and connect errors to it:

~~~html
<label for="email">Email</label>
<input id="email" type="email" aria-describedby="email-error" aria-invalid="true" />
<p id="email-error" role="alert">Enter an email like name@example.com</p>
~~~

Finally, add a **skip link** as the first focusable element so keyboard users can jump past the navigation.
`,
						resources: [
							{
								label: "WAI-ARIA Authoring Practices",
								url: "https://www.w3.org/WAI/ARIA/apg/",
							},
						],
					},
					{
						title: "Accessibility quiz",
						type: "quiz",
						durationMins: 5,
						quiz: {
							passMark: 70,
							maxAttempts: 3,
							questions: [
								{
									id: "body-ratio",
									type: "single",
									prompt:
										"What is the minimum WCAG AA contrast ratio for body text?",
									options: [
										{ id: "ratio-3", text: "3:1" },
										{ id: "ratio-4-5", text: "4.5:1" },
										{ id: "ratio-7", text: "7:1" },
									],
									correct: ["ratio-4-5"],
								},
								{
									id: "keys",
									type: "multiple",
									prompt: "Which keys should activate a button?",
									options: [
										{ id: "enter", text: "Enter" },
										{ id: "space", text: "Space" },
										{ id: "escape", text: "Escape" },
									],
									correct: ["enter", "space"],
								},
								{
									id: "colour-only",
									type: "true_false",
									prompt:
										"A red border on its own is enough to show that a field has an error.",
									correct: false,
								},
								{
									id: "pseudo",
									type: "short_text",
									prompt:
										"Which CSS pseudo-class styles focus only when it should be visible (e.g. from the keyboard)?",
									accepted: [":focus-visible", "focus-visible"],
								},
							],
						},
					},
				],
			},
		],
	},

	// ---------------------------------------------------------------- Business
	{
		slug: "unit-economics",
		title: "Unit Economics for Founders",
		description:
			"Know whether each customer makes or loses you money. Calculate CAC, LTV and payback period, read cohort retention tables, and spot the churn that growth hides.",
		category: "Business",
		tags: ["business", "finance", "saas", "metrics"],
		difficulty: "advanced",
		price: 3900,
		currency: "EUR",
		status: "published",
		instructor: "otto",
		sections: [
			{
				title: "The core metrics",
				lessons: [
					welcomeVideo("Welcome to unit economics"),
					{
						title: "CAC, LTV and payback",
						type: "text",
						durationMins: 12,
						isFreePreview: true,
						content: `# CAC, LTV and payback

Three numbers tell you whether growth creates or burns value.

| Metric | Formula | Example |
| --- | --- | ---: |
| CAC (customer acquisition cost) | sales & marketing spend ÷ new customers | €60 000 ÷ 300 = **€200** |
| Gross margin per month | ARPA × gross margin % | €50 × 80% = **€40** |
| Payback period | CAC ÷ monthly gross margin | €200 ÷ €40 = **5 months** |
| LTV (lifetime value) | monthly gross margin ÷ monthly churn | €40 ÷ 2.5% = **€1 600** |

A common health check is **LTV : CAC ≥ 3** and payback under 12 months. Here: 1 600 ÷ 200 = 8 — healthy.

Put it in a spreadsheet or a few lines of code so you can play with the inputs:

~~~python
def unit_economics(spend, new_customers, arpa, margin, churn):
    cac = spend / new_customers
    monthly_margin = arpa * margin
    return {
        "cac": cac,
        "payback_months": cac / monthly_margin,
        "ltv": monthly_margin / churn,
    }

unit_economics(60_000, 300, 50, 0.8, 0.025)
# {'cac': 200.0, 'payback_months': 5.0, 'ltv': 1600.0}
~~~

Use **gross margin**, not revenue: serving a customer costs money.
`,
					},
				],
			},
			{
				title: "Retention",
				lessons: [
					{
						title: "Cohorts and churn",
						type: "text",
						durationMins: 12,
						content: `# Cohorts and churn

A blended churn rate hides problems, because new customers dilute old ones. Group customers by the month they joined — a **cohort** — and follow each group:

| Cohort | Month 0 | Month 1 | Month 3 | Month 6 |
| --- | ---: | ---: | ---: | ---: |
| January | 100% | 88% | 79% | 71% |
| February | 100% | 85% | 74% | — |
| March | 100% | 91% | — | — |

Read it two ways:

- **Along a row:** how one cohort decays. Flattening curves are good news — the customers who stay, stay.
- **Down a column:** whether newer cohorts retain better than older ones, i.e. whether the product is improving.

Monthly churn compounds. 3% a month sounds small, but:

~~~text
retained after 12 months = (1 - 0.03) ^ 12 ≈ 0.69
~~~

…almost a third of customers gone in a year. Halving churn often beats doubling acquisition.
`,
						resources: [
							{
								label: "a16z: 16 startup metrics",
								url: "https://a16z.com/16-startup-metrics/",
							},
						],
					},
					{
						title: "Unit economics quiz",
						type: "quiz",
						durationMins: 6,
						quiz: {
							passMark: 75,
							maxAttempts: 3,
							showAnswers: "after_pass",
							questions: [
								{
									id: "payback",
									type: "single",
									prompt:
										"CAC is €300 and each customer brings €50 of gross margin per month. What is the payback period?",
									options: [
										{ id: "3", text: "3 months" },
										{ id: "6", text: "6 months" },
										{ id: "15", text: "15 months" },
									],
									correct: ["6"],
								},
								{
									id: "ltv-input",
									type: "true_false",
									prompt:
										"LTV should be calculated from revenue rather than gross margin.",
									correct: false,
								},
								{
									id: "cohort-reading",
									type: "multiple",
									prompt: "What can a cohort retention table show you?",
									options: [
										{
											id: "decay",
											text: "How one group of customers decays over time",
										},
										{
											id: "improving",
											text: "Whether newer cohorts retain better than older ones",
										},
										{ id: "cac", text: "Your customer acquisition cost" },
									],
									correct: ["decay", "improving"],
								},
								{
									id: "ratio",
									type: "short_text",
									prompt:
										"A common rule of thumb says LTV : CAC should be at least what number?",
									accepted: ["3", "3:1", "three"],
								},
							],
						},
					},
				],
			},
		],
	},

	// ---------------------------------------------------------------- Draft (not in the catalog)
	{
		slug: "typescript-generics",
		title: "TypeScript Generics in Depth",
		description:
			"Work in progress: generic functions, constraints, conditional and mapped types, and how to keep inferred types readable.",
		category: "Web Development",
		tags: ["typescript", "types"],
		difficulty: "advanced",
		price: 2900,
		currency: "USD",
		status: "draft",
		instructor: "ivy",
		sections: [
			{
				title: "Generic functions",
				lessons: [
					welcomeVideo("Welcome to TypeScript generics"),
					{
						title: "Type parameters and constraints",
						type: "text",
						durationMins: 10,
						content: `# Type parameters and constraints

A generic function keeps the relationship between its input and output types:

~~~ts
function first<T>(items: readonly T[]): T | undefined {
  return items[0];
}

const n = first([1, 2, 3]);      // number | undefined
const s = first(["a", "b"]);     // string | undefined
~~~

Constrain a parameter with \`extends\` when you need to use its properties:

~~~ts
function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
~~~

| Syntax | Reads as |
| --- | --- |
| \`<T>\` | "for any type T" |
| \`<T extends U>\` | "for any T assignable to U" |
| \`<K extends keyof T>\` | "for any key of T" |
`,
					},
					{
						title: "Generics check",
						type: "quiz",
						durationMins: 3,
						quiz: {
							questions: [
								{
									id: "keyof",
									type: "short_text",
									prompt:
										"Which operator gives the union of an object type's keys?",
									accepted: ["keyof"],
								},
								{
									id: "constraint",
									type: "true_false",
									prompt:
										"<T extends { id: string }> lets the function read item.id.",
									correct: true,
								},
							],
						},
					},
				],
			},
		],
	},
];
