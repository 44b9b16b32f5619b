/**
 * The master plan's PDF is LibreOffice's rendering of its DOCX, and the document tests read both files
 * with real readers: LibreOffice headless and poppler's `pdftotext`. This makes sure both are there:
 * it uses LIBREOFFICE_PATH or Debian's /usr/bin/soffice, and when one of them is missing installs
 * Debian's `libreoffice-writer-nogui` and `poppler-utils` with apt (as root, or through sudo when that
 * needs no password). Prints what it does and the versions; exits non-zero with the reason when they
 * cannot be had. Run: `npx tsx scripts/ensure-libreoffice.ts` (before the integration tests).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice } from '../src/server/features/documents/libreoffice.ts';

const PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils'];

const fail = (message: string): never => {
  console.error(`LibreOffice: ${message}`);
  process.exit(1);
};

const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const hasPdftotext = () => succeeds('pdftotext', ['-v']);

/** apt-get as root, or through `sudo -n` (no password prompt in a test run); null when neither is possible. */
function aptRunner(): string[] | null {
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return null;
}

function apt(prefix: string[], args: string[]) {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  console.log(`LibreOffice: ${[command, ...rest].join(' ')}`);
  const result = spawnSync(command as string, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    fail(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
}

function install() {
  const manual = `Install them with \`sudo apt-get install -y ${PACKAGES.join(' ')}\`, or set LIBREOFFICE_PATH to a soffice executable.`;
  if (!succeeds('apt-get', ['--version']))
    fail(`LibreOffice or pdftotext is missing and there is no apt-get here. ${manual}`);
  const prefix = aptRunner();
  if (prefix === null)
    fail(
      `LibreOffice or pdftotext is missing; this user is not root and cannot use sudo without a password. ${manual}`,
    );
  console.log(`LibreOffice: installing Debian's ${PACKAGES.join(' and ')} with apt.`);
  const started = Date.now();
  // Wait for a lock another apt holds (the Chromium install, say) rather than fail at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  apt(prefix as string[], [...lock, 'update']);
  apt(prefix as string[], [...lock, 'install', '-y', '--no-install-recommends', ...PACKAGES]);
  console.log(`LibreOffice: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.env.LIBREOFFICE_PATH && !findSoffice())
  // A path the user chose is not one apt can fill: say so rather than install something else.
  fail(`LIBREOFFICE_PATH is ${process.env.LIBREOFFICE_PATH}, which is not an executable file.`);
if (!findSoffice() || !hasPdftotext()) install();
const soffice = findSoffice();
if (!soffice) fail('apt installed libreoffice-writer-nogui but soffice is still missing.');
if (!hasPdftotext()) fail('apt installed poppler-utils but pdftotext is still missing.');
// A throw-away HOME: LibreOffice writes a profile there.
const home = mkdtempSync(join(tmpdir(), 'rancang-soffice-'));
const version = spawnSync(soffice as string, ['--version'], {
  encoding: 'utf8',
  env: { ...process.env, HOME: home },
});
rmSync(home, { recursive: true, force: true });
if (version.status !== 0) fail(`${soffice} --version failed: ${version.stderr || version.error?.message}`);
const poppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
console.log(`LibreOffice: ${version.stdout.trim()} at ${soffice}`);
console.log(`LibreOffice: ${(poppler.stderr || poppler.stdout).split('\n')[0]?.trim()} (pdftotext)`);
