/**
 * Every check CI runs, in one place: typecheck (server and web app), lint, the web app's API types being
 * current, the web app's build, and the test suites (unit; integration on PGlite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL; browser
 * scenarios in Debian's Chromium, installed with apt first when missing, like LibreOffice and poppler for
 * the document tests), and route coverage (every API
 * route exercised with success and with refusal on each database). Ends with the totals line CI reads:
 * `N passed, N failed`. A static check counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Outcome {
  name: string;
  passed: number;
  failed: number;
}

const run = (label: string, command: string, args: string[]) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(
    `◀ ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
};

const outcomes: Outcome[] = [];
const staticCheck = (name: string, ok: boolean) =>
  outcomes.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

staticCheck('typecheck', run('typecheck', 'npx', ['tsc', '-p', '.']));
staticCheck('typecheck web', run('typecheck web', 'npx', ['tsc', '-p', 'src/web']));
staticCheck('typecheck e2e', run('typecheck e2e', 'npx', ['tsc', '-p', 'e2e']));
staticCheck('lint', run('lint', 'npx', ['biome', 'check', '.']));
// The web app's API types are generated from the server's OpenAPI document: a stale copy fails here.
staticCheck('API types', run('API types', 'npx', ['tsx', 'scripts/api-types.ts', '--check']));
// Built afresh, so that the browser scenarios and any server a test starts serve the current web app.
staticCheck('web build', run('web build', 'npx', ['vite', 'build']));

mkdirSync('.test-artifacts', { recursive: true });
const report = '.test-artifacts/vitest.json';
rmSync(report, { force: true });
rmSync('.test-artifacts/route-hits', { recursive: true, force: true });
if (!process.env.TEST_DATABASE_URL)
  console.log('\nTEST_DATABASE_URL is not set: integration suites run on PGlite only.');
// The browser suite drives Debian's Chromium: install it with apt when it is missing.
staticCheck('chromium', run('chromium', 'npx', ['tsx', 'scripts/ensure-chromium.ts']));
// The document tests read the generated DOCX and PDF with LibreOffice and pdftotext: apt again if missing.
staticCheck('libreoffice', run('libreoffice', 'npx', ['tsx', 'scripts/ensure-libreoffice.ts']));
const vitestOk = run('tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; message?: string; name: string }[];
  };
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.message).length;
  outcomes.push({ name: 'vitest', passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles });
  if (json.numPendingTests + json.numTodoTests > 0) {
    console.log(`${json.numPendingTests + json.numTodoTests} skipped or todo tests: counted as failures`);
    outcomes.push({ name: 'skipped', passed: 0, failed: json.numPendingTests + json.numTodoTests });
  }
} else {
  outcomes.push({ name: 'vitest', passed: 0, failed: 1 });
}
if (!vitestOk && outcomes.every((o) => o.failed === 0))
  outcomes.push({ name: 'vitest exit', passed: 0, failed: 1 });

const kinds = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];
staticCheck('route coverage', run('route coverage', 'npx', ['tsx', 'scripts/route-coverage.ts', ...kinds]));

const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
console.log(`\n${outcomes.map((o) => `${o.name}: ${o.passed} passed, ${o.failed} failed`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
