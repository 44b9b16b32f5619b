import type { Db, Tx } from './client.ts';

/**
 * Run a request's reads on one connection and one snapshot: the numbers a page or an export shows agree
 * with each other, and a request never holds more than one pooled connection.
 */
export const readSnapshot = <T>(db: Db, read: (tx: Tx) => Promise<T>) =>
  db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' });
