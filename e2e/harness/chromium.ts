import { accessSync, constants } from 'node:fs';

/**
 * Where the browser tests find Chromium: Debian's package (`apt-get install chromium`), or the file that
 * CHROMIUM_PATH names. Playwright's own browser downloads are never used.
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a Chromium that can be started, or an error that says how to get one. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = chromiumPath(env);
  if (!isExecutable(path))
    throw new Error(
      `No Chromium at ${path}. Run \`npx tsx scripts/ensure-chromium.ts\` (npm test does) to install ` +
        "Debian's chromium with apt, or set CHROMIUM_PATH to a Chromium executable.",
    );
  return path;
}

/**
 * Flags beyond Playwright's own (it already adds --headless, --no-sandbox, a fresh --user-data-dir and
 * switches that stop background networking, component updates and first-run screens).
 */
export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--disable-sync'];
