/**
 * The browser tests drive Debian's Chromium (never a browser that Playwright downloads). This makes sure
 * it is there: it uses CHROMIUM_PATH or /usr/bin/chromium, and when the default is missing installs the
 * `chromium` package with apt (as root, or through sudo when that needs no password). Prints what it
 * does and the version; exits non-zero with the reason when Chromium cannot be had.
 * Run: `npx tsx scripts/ensure-chromium.ts` (npm test runs it before the browser suite).
 */
import { spawnSync } from 'node:child_process';
import { chromiumPath, DEBIAN_CHROMIUM, isExecutable } from '../e2e/harness/chromium.ts';
import { aptInstall, failer } from './lib/apt.ts';

const fail = failer('Chromium');

const path = chromiumPath();
if (!isExecutable(path)) {
  // A path the user chose is not one apt can fill: say so rather than install something else.
  if (path !== DEBIAN_CHROMIUM) fail(`CHROMIUM_PATH is ${path}, which is not an executable file.`);
  aptInstall({
    label: 'Chromium',
    missing: `${DEBIAN_CHROMIUM} is missing`,
    packages: ['chromium'],
    manual:
      'Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  });
  if (!isExecutable(path)) fail(`apt installed chromium but ${path} is still missing.`);
}
const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) fail(`${path} --version failed: ${version.stderr || version.error?.message}`);
console.log(`Chromium: ${version.stdout.trim()} at ${path}`);
