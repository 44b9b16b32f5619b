import { describe, expect, it } from 'vitest';
import { columnLetter, planLayout, sheetNames } from './layout.ts';
import { wordsFor } from './words.ts';

const pillar = (id: string, nameId: string, nameEn = nameId) => ({
  id,
  planId: 'plan',
  key: id,
  ordinal: 1,
  nameId,
  nameEn,
  description: null,
  createdAt: '',
  updatedAt: '',
  version: 1,
});
const element = (id: string, pillarId: string, name: string) => ({
  id,
  pillarId,
  key: id,
  nameId: name,
  nameEn: name,
});

describe('worksheet layout', () => {
  const state = {
    plan: { periodStart: 2025, periodEnd: 2029 },
    pillars: [
      pillar('a', 'Smart Governance'),
      pillar('b', 'Tata kelola: [data]/layanan*?'),
      pillar('c', 'Petunjuk'),
      pillar('d', 'smart governance'),
      pillar('e', 'Pilar dengan nama yang sangat panjang sekali melebihi batas'),
    ],
    elements: [
      element('e1', 'a', 'Pelayanan publik'),
      element('e2', 'a', 'Pelayanan publik'),
      element('e3', 'b', 'Data'),
    ],
    opds: [{ id: 'o', code: 'DINKES', name: 'Dinas Kesehatan' }],
    missions: [],
  } as unknown as Parameters<typeof planLayout>[0];

  it('names a sheet per pillar as Excel allows: unique without case, no forbidden characters, 31 characters', () => {
    const layout = planLayout(state, wordsFor('id'), 'id');
    expect(sheetNames(layout)).toEqual([
      'Petunjuk',
      'Smart Governance',
      'Tata kelola data layanan',
      'Petunjuk (2)',
      'smart governance (2)',
      'Pilar dengan nama yang sangat p',
      'Kesiapan',
      'Indikator',
      'Daftar',
    ]);
    for (const name of sheetNames(layout)) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('gives elements of the same name in one pillar labels of their own', () => {
    const layout = planLayout(state, wordsFor('en'), 'en');
    expect([...layout.elementLabels.values()]).toEqual([
      'Pelayanan publik (e1)',
      'Pelayanan publik (e2)',
      'Data',
    ]);
    const programs = layout.data[0];
    expect(programs?.columns.filter((c) => c.type === 'amount')).toHaveLength(5 * 7);
    expect(programs?.columns.at(-1)?.header).toBe('Target 2029');
  });

  it('letters columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
