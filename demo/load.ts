import type { Database } from '../src/server/db/client.ts';

export type DemoProgress = (done: number, total: number, label: string) => void;

/**
 * Load the demo (Tapanuli Utara with its adopted plan, the other seven Lake Toba regencies, Samosir's
 * draft) into an empty database, in one transaction.
 */
export async function loadDemo(
  _database: Database,
  _options: { onProgress?: DemoProgress } = {},
): Promise<void> {
  throw new Error('not yet written');
}
