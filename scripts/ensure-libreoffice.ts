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
import { aptInstall, failer, succeeds } from './lib/apt.ts';

const PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils'];

const fail = failer('LibreOffice');
const hasPdftotext = () => succeeds('pdftotext', ['-v']);
const install = () =>
  aptInstall({
    label: 'LibreOffice',
    missing: 'LibreOffice or pdftotext is missing',
    packages: PACKAGES,
    manual: `Install them with \`sudo apt-get install -y ${PACKAGES.join(' ')}\`, or set LIBREOFFICE_PATH to a soffice executable.`,
    noRecommends: true,
  });

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
