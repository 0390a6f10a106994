import { configDefaults, defineConfig } from 'vitest/config';

const unitSettings = {
  globalSetup: ['src/test/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};
// Tests of what a process loads once (a first load, then the same thing for every later use): a process of their own.
const firstLoadTests = ['src/platform/text/bilingual.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...firstLoadTests],
          // Test files of a worker share one module graph: loading the server's modules (the dictionaries, the
          // reference data) anew for each file cost most of the run. Every file still has its own database and app.
          isolate: false,
          ...unitSettings,
        },
      },
      {
        test: { name: 'unit-first-load', include: firstLoadTests, ...unitSettings },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page loads its code on first use; on a busy 2-core machine that takes more than the default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
