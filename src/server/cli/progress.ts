import cliProgress from 'cli-progress';

export type Progress = (done: number, total: number, label: string) => void;

/**
 * Progress for long work: a bar on a terminal, and a line per tenth otherwise (CI logs, pipes), so the
 * user always sees that something is happening and how far along it is.
 */
export function progressReporter(title: string): { update: Progress; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${title} [{bar}] {percentage}% | {value}/{total} | {label}`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total, label) => {
        if (!started) {
          bar.start(total, done, { label });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { label });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  return {
    update: (done, total, label) => {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(`${title}: ${Math.round((done / Math.max(total, 1)) * 100)}% (${label})\n`);
    },
    stop: () => {},
  };
}
