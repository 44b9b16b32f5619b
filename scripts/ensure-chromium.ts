/**
 * The browser tests drive Debian's Chromium (never a browser that Playwright downloads). This makes sure
 * it is there: it uses CHROMIUM_PATH or /usr/bin/chromium, and when the default is missing installs the
 * `chromium` package with apt (as root, or through sudo when that needs no password). Prints what it
 * does and the version; exits non-zero with the reason when Chromium cannot be had.
 * Run: `npx tsx scripts/ensure-chromium.ts` (npm test runs it before the browser suite).
 */
import { spawnSync } from 'node:child_process';
import { chromiumPath, DEBIAN_CHROMIUM, isExecutable } from '../e2e/harness/chromium.ts';

const fail = (message: string): never => {
  console.error(`Chromium: ${message}`);
  process.exit(1);
};

const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** apt-get as root, or through `sudo -n` (no password prompt in a test run); null when neither is possible. */
function aptRunner(): string[] | null {
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return null;
}

function apt(prefix: string[], args: string[]) {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  console.log(`Chromium: ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command as string, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    fail(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
}

function install() {
  const manual =
    'Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium executable.';
  if (!succeeds('apt-get', ['--version']))
    fail(`${DEBIAN_CHROMIUM} is missing and there is no apt-get here. ${manual}`);
  const prefix = aptRunner();
  if (prefix === null)
    fail(
      `${DEBIAN_CHROMIUM} is missing; this user is not root and cannot use sudo without a password. ${manual}`,
    );
  console.log(`Chromium: ${DEBIAN_CHROMIUM} is missing; installing Debian's chromium package with apt.`);
  const started = Date.now();
  // Wait for a lock another apt holds rather than fail at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  apt(prefix as string[], [...lock, 'update']);
  apt(prefix as string[], [...lock, 'install', '-y', 'chromium']);
  console.log(`Chromium: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const path = chromiumPath();
if (!isExecutable(path)) {
  // A path the user chose is not one apt can fill: say so rather than install something else.
  if (path !== DEBIAN_CHROMIUM) fail(`CHROMIUM_PATH is ${path}, which is not an executable file.`);
  install();
  if (!isExecutable(path)) fail(`apt installed chromium but ${path} is still missing.`);
}
const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) fail(`${path} --version failed: ${version.stderr || version.error?.message}`);
console.log(`Chromium: ${version.stdout.trim()} at ${path}`);
