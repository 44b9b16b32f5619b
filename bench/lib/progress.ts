const started = Date.now();

/** One line per step on stderr, with the seconds since the run began, so a slow step shows where it is. */
export function progress(message: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[${seconds} s] ${message}\n`);
}
