/**
 * Installing a Debian package the test command needs (Chromium, LibreOffice, poppler) with apt-get: as
 * root, or through `sudo -n` when that needs no password. Every message starts with the tool's label;
 * a failure exits the process with the reason and how to install by hand.
 */
import { spawnSync } from 'node:child_process';

export const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

export function failer(label: string) {
  return (message: string): never => {
    console.error(`${label}: ${message}`);
    process.exit(1);
  };
}

/** apt-get as root, or through `sudo -n` (no password prompt in a test run); null when neither is possible. */
function aptRunner(): string[] | null {
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return null;
}

export interface AptInstall {
  /** Prefix of every message, e.g. `Chromium`. */
  label: string;
  /** What is missing, for the messages: e.g. `/usr/bin/chromium is missing`. */
  missing: string;
  packages: string[];
  /** How to get it without this script. */
  manual: string;
  /** apt-get install --no-install-recommends. */
  noRecommends?: boolean;
}

export function aptInstall({ label, missing, packages, manual, noRecommends = false }: AptInstall) {
  const fail = failer(label);
  if (!succeeds('apt-get', ['--version'])) fail(`${missing} and there is no apt-get here. ${manual}`);
  const prefix = aptRunner();
  if (prefix === null)
    fail(`${missing}; this user is not root and cannot use sudo without a password. ${manual}`);
  const apt = (args: string[]) => {
    const [command, ...rest] = [...(prefix as string[]), 'apt-get', ...args];
    console.log(`${label}: ${[command, ...rest].join(' ')}`);
    const result = spawnSync(command as string, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      fail(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  };
  console.log(`${label}: ${missing}; installing Debian's ${packages.join(' and ')} with apt.`);
  const started = Date.now();
  // Wait for a lock another apt holds (the other tool's install, say) rather than fail at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  apt([...lock, 'update']);
  apt([...lock, 'install', '-y', ...(noRecommends ? ['--no-install-recommends'] : []), ...packages]);
  console.log(`${label}: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
