import type { AuditAction } from '../../db/audit.ts';

/**
 * What a version changed compared to the one before it. Pure, so that the history of any record is
 * explained the same way whatever the feature that wrote it.
 */

/** Bookkeeping every write touches: listing it would make every version look alike. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

type Snapshot = Record<string, unknown>;

const isSnapshot = (v: unknown): v is Snapshot => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted, so that two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isSnapshot(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * The top-level fields whose value differs between two snapshots, in the order the newer one lists
 * them (then the fields only the older one had). With no older snapshot every field was set by this
 * version; with no newer one (a deletion) nothing was changed, the record went away.
 */
export function changedFields(previous: unknown, current: unknown): string[] {
  if (!isSnapshot(current)) return [];
  const before = isSnapshot(previous) ? previous : {};
  const keys = [...new Set([...Object.keys(current), ...Object.keys(before)])];
  return keys.filter(
    (k) => !BOOKKEEPING.has(k) && (!(k in before) || canonical(before[k]) !== canonical(current[k])),
  );
}

/** The version a snapshot records, when it records one. */
export const versionOf = (snapshot: unknown): number | null =>
  isSnapshot(snapshot) && typeof snapshot.version === 'number' ? snapshot.version : null;

export interface RawEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The state of the record that an entry leaves behind; for a deletion, the state it removed. */
export const snapshotOf = (entry: Pick<RawEntry, 'action' | 'before' | 'after'>): Snapshot | null => {
  const value = entry.action === 'delete' ? entry.before : entry.after;
  return isSnapshot(value) ? value : null;
};

export interface HistoryItem {
  auditId: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  version: number | null;
  snapshot: Snapshot | null;
  changedFields: string[];
}

const item = (entry: RawEntry, changed: string[]): HistoryItem => {
  const snapshot = snapshotOf(entry);
  return {
    auditId: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    version: versionOf(snapshot),
    snapshot,
    changedFields: changed,
  };
};

/**
 * The versions of one record, newest first, each compared with the version before it. `older` is the
 * entry just past the end of the page (if any), so that the last item of a page is compared too. An
 * entry whose predecessor is missing (the record was imported, or audited before history existed) is
 * compared with its own `before`.
 */
export function recordHistory(newestFirst: RawEntry[], older?: RawEntry): HistoryItem[] {
  return newestFirst.map((entry, i) => {
    if (entry.action === 'delete') return item(entry, []);
    const previous = newestFirst[i + 1] ?? older;
    const base = previous ? snapshotOf(previous) : entry.before;
    return item(entry, changedFields(base ?? entry.before, entry.after));
  });
}

/** Entries of many records (a whole plan): each compared with its own `before`. */
export const mixedHistory = (newestFirst: RawEntry[]): HistoryItem[] =>
  newestFirst.map((entry) =>
    item(entry, entry.action === 'delete' ? [] : changedFields(entry.before, entry.after)),
  );
