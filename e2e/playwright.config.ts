import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests drive the demo school in production mode (`next start`), on its own port and a
 * fresh embedded database, with the system's Chromium (Playwright cannot download browsers here).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_DATA_DIR / E2E_PORT (and NEXT_DIST_DIR for the build) let two runs live side by side.
const dataDir =
	process.env.E2E_DATA_DIR ?? new URL("./.data-run", import.meta.url).pathname;

export default defineConfig({
	testDir: "./tests",
	outputDir: process.env.E2E_OUTPUT_DIR ?? "../test-results/e2e",
	fullyParallel: false,
	workers: 1,
	retries: 0,
	// Journeys, not speed tests: on CI's two cores the server shares the CPU with Chromium, and a
	// page can take seconds to answer; the bench measures speed.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: [
		["list"],
		["json"],
		["html", { outputFolder: "../test-results/e2e-report", open: "never" }],
	],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: "retain-on-failure",
		screenshot: "only-on-failure",
		launchOptions: {
			executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
			args: [
				"--headless",
				"--no-sandbox",
				"--disable-gpu",
				"--disable-quic",
				"--no-first-run",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
				"--autoplay-policy=no-user-gesture-required",
			],
		},
	},
	projects: [
		{
			name: "chromium",
			use: { ...devices["Desktop Chrome"], channel: undefined },
		},
	],
	webServer: {
		command: `rm -rf ${dataDir} && node ../examples/nextjs/scripts/start.mjs`,
		url: `http://localhost:${port}/api/data/school/courses`,
		timeout: 120_000,
		reuseExistingServer: false,
		stdout: "pipe",
		stderr: "pipe",
		env: {
			PORT: String(port),
			SCHOOL_DATA_DIR: dataDir,
			NEXT_TELEMETRY_DISABLED: "1",
			AUTH_RATE_LIMIT: "off",
		},
	},
});
