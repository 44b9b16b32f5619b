import { describe, expect, it } from 'vitest';
import { changedFields, mixedHistory, type RawEntry, recordHistory, versionOf } from './changed-fields.ts';

const entry = (id: number, action: RawEntry['action'], before: unknown, after: unknown): RawEntry => ({
  id,
  at: '2026-11-28T04:00:00.000Z',
  actor: 'fasilitator',
  action,
  entity: 'program',
  entityId: 'p1',
  before,
  after,
});

describe('changedFields', () => {
  it('lists the fields whose value differs, leaving bookkeeping out', () => {
    expect(
      changedFields(
        { title: 'A', endYear: 2026, version: 1, updatedAt: 'x', createdAt: 'c' },
        { title: 'B', endYear: 2026, version: 2, updatedAt: 'y', createdAt: 'c' },
      ),
    ).toEqual(['title']);
  });

  it('compares nested lists and objects by value, whatever the key order', () => {
    const budgets = [{ year: 2023, source: 'apbd', amount: '100.00' }];
    expect(
      changedFields(
        { budgets, catalog: { code: 'X', unit: '%' } },
        { budgets: [{ amount: '100.00', year: 2023, source: 'apbd' }], catalog: { unit: '%', code: 'X' } },
      ),
    ).toEqual([]);
    expect(
      changedFields({ budgets }, { budgets: [{ year: 2023, source: 'apbd', amount: '150.00' }] }),
    ).toEqual(['budgets']);
    expect(changedFields({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })).toEqual(['ids']);
  });

  it('names fields that appeared or went away, and tells null from a missing field', () => {
    expect(changedFields({ a: 1, gone: 2 }, { a: 1, added: null })).toEqual(['added', 'gone']);
    expect(changedFields({ note: null }, { note: null })).toEqual([]);
  });

  it('treats a creation as setting every field and a deletion as changing none', () => {
    expect(changedFields(null, { title: 'A', version: 1 })).toEqual(['title']);
    expect(changedFields({ title: 'A' }, null)).toEqual([]);
  });
});

describe('versionOf', () => {
  it('reads the version a snapshot records', () => {
    expect(versionOf({ version: 3 })).toBe(3);
    expect(versionOf({ title: 'x' })).toBeNull();
    expect(versionOf(null)).toBeNull();
  });
});

describe('recordHistory', () => {
  const v1 = { title: 'A', code: 'GOV-01', version: 1 };
  const v2 = { title: 'B', code: 'GOV-01', version: 2 };
  const v3 = { title: 'B', code: 'GOV-02', version: 3 };

  it('compares each version with the one before it, newest first', () => {
    const items = recordHistory([
      entry(4, 'delete', v3, null),
      entry(3, 'update', v2, v3),
      entry(2, 'update', v1, v2),
      entry(1, 'create', null, v1),
    ]);
    expect(items.map((i) => [i.auditId, i.action, i.version, i.changedFields])).toEqual([
      [4, 'delete', 3, []],
      [3, 'update', 3, ['code']],
      [2, 'update', 2, ['title']],
      [1, 'create', 1, ['title', 'code']],
    ]);
    expect(items[0]?.snapshot).toEqual(v3);
  });

  it('compares the oldest item of a page with the entry past the page', () => {
    const [item] = recordHistory([entry(2, 'update', null, v2)], entry(1, 'create', null, v1));
    expect(item?.changedFields).toEqual(['title']);
  });

  it('compares a restore after a deletion with the deleted state', () => {
    const items = recordHistory([
      entry(3, 'restore', null, { ...v1, version: 4 }),
      entry(2, 'delete', v2, null),
    ]);
    expect(items[0]?.changedFields).toEqual(['title']);
  });

  it('falls back on the entry’s own before when the version before it is not in the log', () => {
    const [item] = recordHistory([entry(9, 'update', v1, v3)]);
    expect(item?.changedFields).toEqual(['title', 'code']);
  });
});

describe('mixedHistory', () => {
  it('compares each entry with its own before', () => {
    const items = mixedHistory([
      entry(3, 'delete', { text: 'x' }, null),
      entry(2, 'update', { text: 'x', ordinal: 1 }, { text: 'y', ordinal: 1 }),
      entry(1, 'create', null, { text: 'x' }),
    ]);
    expect(items.map((i) => i.changedFields)).toEqual([[], ['text'], ['text']]);
  });
});
