import { defineConfig } from '@playwright/test';

// Real Chromium (Debian's) with the built extension; see fixtures.ts. Built by `npm run build`
// before this runs (the `test:e2e` script does it).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../test-results',
});
