import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['test/setup-unit.ts'],
    environment: 'node',
    // Tests check behaviour, never speed (the bench does that). A few build large inputs
    // (10,000 prospects, a 2 MB page) and need more than 5 s on a loaded 2-core CI machine.
    testTimeout: 20_000,
  },
});
