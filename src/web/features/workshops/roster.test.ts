import { describe, expect, it } from 'vitest';
import type { Schema } from '../../api/types.ts';
import { buildRoster, countStatuses, groupByOpd, heldOn, matches } from './roster.ts';

const position = (
  personId: string,
  fullName: string,
  opdId: string,
  extra: Partial<Schema<'OpdPosition'>> = {},
): Schema<'OpdPosition'> => ({
  id: `pos-${personId}-${opdId}`,
  personId,
  opdId,
  title: `Sekretaris ${opdId}`,
  role: 'secretary',
  startDate: '2020-01-06',
  endDate: null,
  createdAt: '',
  updatedAt: '',
  version: 1,
  person: { id: personId, fullName, email: null, phone: null },
  ...extra,
});

const record = (personId: string, opdId: string, status: Schema<'Attendance'>['status']) =>
  ({ id: `att-${personId}`, sessionId: 's', personId, opdId, status }) as Schema<'Attendance'>;

describe('the check-in roster', () => {
  const people = [
    { id: 'tiurma', fullName: 'Tiurma Marpaung' },
    { id: 'christina', fullName: 'Christina Purba' },
    { id: 'poltak', fullName: 'Poltak Hutabarat' },
  ];
  const positions = [
    position('tiurma', 'Tiurma Marpaung', 'dispar', { endDate: '2021-10-01' }),
    position('christina', 'Christina Purba', 'dispar', { startDate: '2021-10-04' }),
    position('poltak', 'Poltak Hutabarat', 'dispar', { role: 'program_head' }),
    position('poltak', 'Poltak Hutabarat', 'bappeda', { role: 'staff' }),
  ];

  it('lists who held a position on the session day, under their preferred position, by name', () => {
    const roster = buildRoster({ people, positions, records: [], day: '2021-08-12', everyone: false });
    expect(roster.map((e) => [e.fullName, e.opdId])).toEqual([
      ['Poltak Hutabarat', 'dispar'],
      ['Tiurma Marpaung', 'dispar'],
    ]);
  });

  it('lists a successor after the change, and everyone with any position when asked', () => {
    const after = buildRoster({ people, positions, records: [], day: '2021-11-18', everyone: false });
    expect(after.map((e) => e.personId)).toEqual(['christina', 'poltak']);
    const all = buildRoster({ people, positions, records: [], day: '2021-11-18', everyone: true });
    expect(all.map((e) => e.personId)).toEqual(['christina', 'poltak', 'tiurma']);
  });

  it('keeps everyone recorded, for the OPD recorded, even without a position that day', () => {
    const roster = buildRoster({
      people,
      positions,
      records: [record('tiurma', 'dispar', 'present'), record('poltak', 'bappeda', 'late')],
      day: '2021-11-18',
      everyone: false,
    });
    expect(roster.map((e) => [e.personId, e.opdId, e.record?.status])).toEqual([
      ['christina', 'dispar', undefined],
      ['poltak', 'bappeda', 'late'],
      ['tiurma', 'dispar', 'present'],
    ]);
    expect(roster.find((e) => e.personId === 'poltak')?.positionTitle).toBe('Sekretaris bappeda');
  });

  it('holds a position from its start to its end day, both included', () => {
    const p = { startDate: '2021-10-04', endDate: '2021-11-01' };
    expect([heldOn(p, '2021-10-03'), heldOn(p, '2021-10-04'), heldOn(p, '2021-11-01')]).toEqual([
      false,
      true,
      true,
    ]);
    expect(heldOn({ startDate: null, endDate: null }, '1999-01-01')).toBe(true);
  });
});

describe('finding a person at the door', () => {
  const entry = { personId: 'p', fullName: 'Togar Sitorus', opdId: 'o', positionTitle: null, record: null };
  const opd = { code: 'KEC-PAHAE-JAE', name: 'Kecamatan Pahae Jaé' };

  it('matches every word against the name, the OPD code and the OPD name, ignoring case and accents', () => {
    expect(matches(entry, opd, 'togar')).toBe(true);
    expect(matches(entry, opd, 'SITORUS pahae jae')).toBe(true);
    expect(matches(entry, opd, 'kec-pahae')).toBe(true);
    expect(matches(entry, opd, 'togar dinas')).toBe(false);
    expect(matches(entry, opd, '  ')).toBe(true);
  });
});

describe('grouping and counting', () => {
  it('groups by OPD in the region order, unknown OPDs last', () => {
    const groups = groupByOpd(
      [
        { opdId: 'x', n: 1 },
        { opdId: 'b', n: 2 },
        { opdId: 'a', n: 3 },
        { opdId: 'b', n: 4 },
      ],
      ['a', 'b'],
    );
    expect(groups.map((g) => [g.opdId, g.entries.map((e) => e.n)])).toEqual([
      ['a', [3]],
      ['b', [2, 4]],
      ['x', [1]],
    ]);
  });

  it('counts present and late as attended', () => {
    expect(countStatuses(['present', 'late', 'excused', null, 'present', 'absent'])).toEqual({
      present: 2,
      late: 1,
      excused: 1,
      absent: 1,
      unrecorded: 1,
      attended: 3,
      total: 6,
    });
  });
});
