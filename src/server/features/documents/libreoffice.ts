import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ProblemError } from '../../errors.ts';
import { pdfMacroCall, writePdfMacro } from './pdf-macro.ts';

/**
 * The PDF of a document is LibreOffice's rendering of its DOCX (decision 010): Debian's
 * `libreoffice-writer-nogui`, run headless, one conversion per process, in a temporary folder and HOME of
 * its own so that concurrent conversions never share a profile. LIBREOFFICE_PATH names another binary.
 */
export const DEBIAN_SOFFICE = '/usr/bin/soffice';

/** A conversion of a plan-sized document takes a few seconds; one that hangs is killed at this limit. */
export const CONVERSION_TIMEOUT_MS = 120_000;

function isExecutable(path: string) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary to run: LIBREOFFICE_PATH, Debian's, or one on PATH; null when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LIBREOFFICE_PATH) return isExecutable(env.LIBREOFFICE_PATH) ? env.LIBREOFFICE_PATH : null;
  if (isExecutable(DEBIAN_SOFFICE)) return DEBIAN_SOFFICE;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'soffice');
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** 503 problem+json: the server can build the DOCX but has no LibreOffice to print it as PDF. */
export const pdfUnavailable = () =>
  new ProblemError(
    503,
    'pdf-unavailable',
    'PDF conversion unavailable',
    'LibreOffice is not installed on this server, so the PDF cannot be made; download the DOCX instead, or ask the administrator to run `npx tsx scripts/ensure-libreoffice.ts`',
  );

export type ConvertTarget = 'pdf' | 'txt:Text (encoded):UTF8';

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`LibreOffice did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice exited with ${code ?? signal}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

/**
 * Convert a document (DOCX bytes) with LibreOffice headless: to PDF, or to plain text (what a reader of
 * the file sees, for tests). Throws the 503 problem when LibreOffice is missing.
 */
export async function convertWithLibreOffice(
  input: Uint8Array,
  target: ConvertTarget = 'pdf',
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<Buffer> {
  const soffice = findSoffice(options.env);
  if (!soffice) throw pdfUnavailable();
  const dir = await mkdtemp(join(tmpdir(), 'rancang-soffice-'));
  try {
    const source = join(dir, 'document.docx');
    await writeFile(source, input);
    const home = join(dir, 'home');
    const common = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      `-env:UserInstallation=file://${home}`,
    ];
    // LibreOffice writes its profile under HOME: a fresh one per conversion, never the server's.
    const env = { ...process.env, HOME: home };
    const timeoutMs = options.timeoutMs ?? CONVERSION_TIMEOUT_MS;
    if (target === 'pdf') {
      const output = join(dir, 'document.pdf');
      // The profile is created first: LibreOffice's first start would replace a macro put there before.
      await run(soffice, [...common, '--terminate_after_init'], env, timeoutMs);
      await writePdfMacro(home);
      await run(soffice, [...common, pdfMacroCall(source, output)], env, timeoutMs);
      return await readFile(output).catch(() => {
        throw new Error('LibreOffice ran but wrote no PDF (the document could not be opened or exported)');
      });
    }
    await run(soffice, [...common, '--convert-to', target, '--outdir', dir, source], env, timeoutMs);
    return await readFile(join(dir, 'document.txt'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
