import { defineConfig } from '@playwright/test';

/** E2E_PORT lets two checkouts (or two people) run the suite side by side: each gets its own server, data folder and database port. */
const PORT = Number(process.env.E2E_PORT ?? 3210);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built app, started
 * fresh on its own embedded PostgreSQL with the demo seed and the built-in mail catcher.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: `test-results/run-${PORT}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['./e2e/summary-reporter.ts']] : [['list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `rm -rf .tmp/e2e-${PORT} && node --import tsx src/server/main.ts`,
    url: `http://localhost:${PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      NODE_ENV: 'development',
      PORT: String(PORT),
      DATA_DIR: `.tmp/e2e-${PORT}`,
      EMBEDDED_PG_PORT: String(54339 + PORT - 3210),
      APP_URL: `http://localhost:${PORT}`,
      LOG_LEVEL: 'warn',
    },
  },
});
