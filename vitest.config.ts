import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const integration = ['src/**/*.int.test.ts', 'demo/**/*.int.test.ts', 'bench/**/*.int.test.ts'];
/**
 * The commands that only call services already tested on both back ends run on PGlite alone; the core
 * `rancang` suite (migrate, import, export, backup and restore through DATABASE_URL) runs on both.
 */
const pgliteOnly = [
  'src/server/cli/catalog-command.int.test.ts',
  'src/server/cli/create-admin.int.test.ts',
  'src/server/cli/document-command.int.test.ts',
  'src/server/cli/worksheet-command.int.test.ts',
];
const common = {
  setupFiles: ['src/server/testing/fail-on-console-error.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

/**
 * Four projects: pure unit tests once, the integration suites (data layer and API) on PGlite and, when
 * TEST_DATABASE_URL is set, again on PostgreSQL, and the browser scenarios (e2e/, Debian's Chromium
 * driving the real server) after all of those, one file at a time.
 */
export default defineConfig({
  test: {
    // Vitest's default leaves one core idle; the integration files wait on PostgreSQL, child processes
    // and LibreOffice much of the time, so one more file than there are cores keeps both cores busy.
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          include: ['src/**/*.test.ts', 'demo/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: integration,
        },
      },
      {
        test: {
          ...common,
          name: 'pglite',
          include: integration,
          isolate: false,
          globalSetup: ['src/server/testing/global-setup.ts'],
          env: { TEST_DB_KIND: 'pglite' },
        },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                ...common,
                name: 'postgres',
                include: integration,
                isolate: false,
                exclude: pgliteOnly,
                globalSetup: ['src/server/testing/global-setup.ts'],
                env: { TEST_DB_KIND: 'postgres' },
              },
            },
          ]
        : []),
      {
        test: {
          ...common,
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/harness/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
