import { describe, expect, it } from 'vitest';
import { planIndicatorFixture } from '../indicator-fixture.ts';
import { changedFields, fieldsOf, formValuesOf } from './indicator-values.ts';

const OPD_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OPD_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const stored = planIndicatorFixture({
  baselineYear: 2021,
  baselineValue: '1.980000',
  baselineSource: 'Evaluasi SPBE 2021',
  targets: [
    { year: 2023, value: '2.500000' },
    { year: 2022, value: '2.200000' },
  ],
  assessments: [
    { criterion: 'validity', score: 3, rationale: 'Belum mengukur kualitas' },
    { criterion: 'completeness', score: 5, rationale: null },
  ],
  availability: [
    { opdId: OPD_B, status: 'partial', note: null },
    { opdId: OPD_A, status: 'produced', note: 'Laporan tahunan' },
  ],
  programIds: ['p2', 'p1'],
});

describe('the indicator form’s values', () => {
  it('show stored values with the reader’s decimal mark and give them back unchanged', () => {
    const values = formValuesOf(stored, 'id');
    expect(values.baselineValue).toBe('1,98');
    expect(values.targets).toEqual({ 2022: '2,2', 2023: '2,5' });
    expect(values.assessments.validity).toEqual({ score: '3', rationale: 'Belum mengukur kualitas' });
    expect(values.assessments.simplicity).toEqual({ score: null, rationale: '' });
    const fields = fieldsOf(values);
    expect(fields).toMatchObject({
      baselineYear: 2021,
      baselineValue: '1.98',
      targets: [
        { year: 2022, value: '2.2' },
        { year: 2023, value: '2.5' },
      ],
      assessments: [
        { criterion: 'completeness', score: 5, rationale: null },
        { criterion: 'validity', score: 3, rationale: 'Belum mengukur kualitas' },
      ],
      availability: [
        { opdId: OPD_A, status: 'produced', note: 'Laporan tahunan' },
        { opdId: OPD_B, status: 'partial', note: null },
      ],
      programIds: ['p1', 'p2'],
    });
    expect(changedFields(fields, fieldsOf(formValuesOf(stored, 'en')))).toEqual({});
  });

  it('name only what changed, each list whole', () => {
    const values = formValuesOf(stored, 'id');
    values.targets['2024'] = '2,8';
    values.assessments.simplicity = { score: '4', rationale: ' Mudah dihitung ' };
    values.baselineSource = '  ';
    const changes = changedFields(fieldsOf(formValuesOf(stored, 'id')), fieldsOf(values));
    expect(Object.keys(changes).sort()).toEqual(['assessments', 'baselineSource', 'targets']);
    expect(changes.baselineSource).toBeNull();
    expect(changes.targets).toHaveLength(3);
    expect(changes.assessments).toContainEqual({
      criterion: 'simplicity',
      score: 4,
      rationale: 'Mudah dihitung',
    });
  });
});
