import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "school-server",
					root: "./packages/school",
					include: ["test/**/*.test.ts"],
					environment: "node",
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: "school-client",
					root: "./packages/school",
					include: ["test/**/*.test.tsx"],
					environment: "happy-dom",
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: "demo",
					root: "./examples/nextjs",
					include: ["test/**/*.test.ts"],
					environment: "node",
				},
			},
		],
	},
});
