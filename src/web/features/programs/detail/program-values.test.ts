import { describe, expect, it } from 'vitest';
import type { Program } from './api.ts';
import { changedFields, fieldsOf, formValuesOf } from './program-values.ts';

const program: Program = {
  id: 'p1',
  planId: 'plan',
  pillarId: 'pillar',
  pillarKey: 'governance',
  elementId: 'element',
  elementKey: 'public_service',
  code: 'GOV-01',
  title: 'Mal Pelayanan Publik',
  description: null,
  leadOpdId: 'opd-a',
  leadOpdCode: 'A',
  leadOpdName: 'Dinas A',
  supportingOpdIds: ['opd-c', 'opd-b'],
  missionId: null,
  rpjmdProgram: 'Program RPJMD',
  renstraProgram: null,
  horizon: 5,
  startYear: 2024,
  endYear: 2025,
  isQuickWin: false,
  innovation: null,
  output: 'Gedung MPP',
  outcome: null,
  reviewStatus: 'pending',
  kecamatanIds: [],
  budgets: [
    { year: 2024, source: 'apbd', amount: '1500000000.00' },
    { year: 2025, source: 'csr', amount: '250000.50' },
  ],
  targets: [{ year: 2024, target: 'Gedung selesai' }],
  budgetTotal: '1500250000.50',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  version: 3,
};

describe('the programme form values', () => {
  it('read back as the fields the API sent, normalised', () => {
    const fields = fieldsOf(formValuesOf(program));
    expect(fields).toMatchObject({
      code: 'GOV-01',
      description: null,
      supportingOpdIds: ['opd-b', 'opd-c'],
      horizon: 5,
      startYear: 2024,
      budgets: program.budgets,
      targets: program.targets,
    });
  });

  it('differ from the stored programme only where the user changed something', () => {
    const before = fieldsOf(formValuesOf(program));
    const values = formValuesOf(program);
    values.output = '  Gedung MPP dan aplikasi  ';
    values.budgets['2025'] = { ...values.budgets['2025'], apbd: 1000 };
    values.supportingOpdIds = ['opd-b', 'opd-c'];
    expect(changedFields(before, fieldsOf(values))).toEqual({
      output: 'Gedung MPP dan aplikasi',
      budgets: [
        { year: 2024, source: 'apbd', amount: '1500000000.00' },
        { year: 2025, source: 'apbd', amount: '1000.00' },
        { year: 2025, source: 'csr', amount: '250000.50' },
      ],
    });
  });

  it('send empty texts as null and drop the cells of years the programme no longer covers', () => {
    const values = formValuesOf(program);
    values.rpjmdProgram = '   ';
    values.startYear = '2025';
    values.budgets['2025'] = { ...values.budgets['2025'], csr: '' };
    const fields = fieldsOf(values);
    expect(fields.rpjmdProgram).toBeNull();
    expect(fields.budgets).toEqual([]);
    expect(fields.targets).toEqual([]);
  });
});
